#include "NewReviewWizard.h"

#include "ui_NewReviewWizard.h"

#include "gui/common/DisplayText.h"
#include "gui/common/MessageBox.h"
#include "i18n/DateText.h"

#include "i18n/Translator.h"
#include "instrument/Instrument.h"

#include <QDateTime>
#include <QUuid>

namespace laatu::gui {

namespace {
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

NewReviewWizard::NewReviewWizard(const QList<Site> &sites, const Instrument &instrument,
                                 SiteCreator createSite, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::NewReviewWizard>())
    , m_instrument(instrument)
    , m_createSite(std::move(createSite))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("newReviewWizard"));
    for (const Site &site : sites)
        if (!site.archived)
            m_sites << site;
    for (const Site &site : m_sites)
        m_ui->siteCombo->addItem(site.municipality.isEmpty()
                                     ? site.name
                                     : tr("%1 (%2)").arg(site.name, site.municipality),
                                 site.uuid);
    for (ReviewKind kind : {ReviewKind::External, ReviewKind::SelfAssessment})
        m_ui->kindCombo->addItem(DisplayText::reviewKind(kind), int(kind));
    for (QDateEdit *edit : {m_ui->startDate, m_ui->endDate})
        edit->setDisplayFormat(DateText::dateFormat());
    const QDate today = QDate::currentDate();
    m_ui->startDate->setDate(today);
    m_ui->endDate->setDate(today);
    connect(m_ui->startDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_ui->endDate->date() < date)
            m_ui->endDate->setDate(date);
    });
    m_ui->catalogLabel->setText(
        tr("%1, version %2")
            .arg(instrument.name().text(Translator::currentLanguage()), instrument.version()));
    connect(m_ui->newSiteButton, &QPushButton::clicked, this, &NewReviewWizard::addSite);
    setOption(QWizard::NoBackButtonOnStartPage);
}

NewReviewWizard::~NewReviewWizard() = default;

void NewReviewWizard::addSite()
{
    if (!m_createSite)
        return;
    const std::optional<Site> site = m_createSite();
    if (!site)
        return;
    m_sites << *site;
    m_ui->siteCombo->addItem(site->name, site->uuid);
    m_ui->siteCombo->setCurrentIndex(m_ui->siteCombo->count() - 1);
}

void NewReviewWizard::setSite(const QString &siteUuid)
{
    const int index = m_ui->siteCombo->findData(siteUuid);
    if (index >= 0)
        m_ui->siteCombo->setCurrentIndex(index);
}

void NewReviewWizard::setRaters(const QStringList &names)
{
    QLineEdit *edits[] = {m_ui->rater1Edit, m_ui->rater2Edit, m_ui->rater3Edit};
    for (int i = 0; i < 3; ++i)
        edits[i]->setText(names.value(i));
}

void NewReviewWizard::setKind(ReviewKind kind)
{
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
}

void NewReviewWizard::setVisit(const QDate &start, const QDate &end)
{
    m_ui->startDate->setDate(start);
    m_ui->endDate->setDate(end);
}

bool NewReviewWizard::validateCurrentPage()
{
    if (currentPage() == m_ui->visitPage && m_ui->siteCombo->currentIndex() < 0) {
        MessageBox::information(this, tr("Choose a Site"),
                                tr("Choose the site to review, or add it with New Site."));
        return false;
    }
    if (currentPage() == m_ui->ratersPage && m_ui->rater1Edit->text().trimmed().isEmpty()
        && m_ui->rater2Edit->text().trimmed().isEmpty()
        && m_ui->rater3Edit->text().trimmed().isEmpty()) {
        MessageBox::information(this, tr("Name a Reviewer"),
                                tr("A review needs at least one reviewer: write a name."));
        m_ui->rater1Edit->setFocus();
        return false;
    }
    return QWizard::validateCurrentPage();
}

ReviewDocument NewReviewWizard::document() const
{
    ReviewDocument document;
    const QString siteUuid = m_ui->siteCombo->currentData().toString();
    for (const Site &site : m_sites)
        if (site.uuid == siteUuid)
            document.site = site;
    document.review.uuid = newUuid();
    document.review.kind = static_cast<ReviewKind>(m_ui->kindCombo->currentData().toInt());
    document.review.visitStart = m_ui->startDate->date();
    document.review.visitEnd = m_ui->endDate->date();
    document.review.status = ReviewStatus::Draft;
    document.review.catalogId = m_instrument.id();
    document.review.catalogVersion = m_instrument.version();
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    document.review.createdAt = now;
    document.review.updatedAt = now;
    for (const QLineEdit *edit : {m_ui->rater1Edit, m_ui->rater2Edit, m_ui->rater3Edit}) {
        const QString name = edit->text().trimmed();
        if (!name.isEmpty())
            document.raters << Rater {newUuid(), name};
    }
    return document;
}

} // namespace laatu::gui
