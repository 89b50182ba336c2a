#include "ComparisonFilterBar.h"

#include "gui/analysis/ReviewScopeChoice.h"

#include "i18n/DateText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace laatu::gui {

namespace {
// The earliest date of the period choosers stands for "no bound".
const QDate kNoBound(2000, 1, 1);
} // namespace

ComparisonFilterBar::ComparisonFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_countyLabel(new QLabel(this))
    , m_county(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_latest(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_selfAssessments(new QCheckBox(this))
    , m_scope(new ReviewScopeChoice(this))
{
    m_county->setObjectName(QStringLiteral("comparisonCounty"));
    m_from->setObjectName(QStringLiteral("comparisonFrom"));
    m_to->setObjectName(QStringLiteral("comparisonTo"));
    m_latest->setObjectName(QStringLiteral("comparisonLatest"));
    m_all->setObjectName(QStringLiteral("comparisonAll"));

    m_county->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_countyLabel->setBuddy(m_county);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoBound);
        edit->setDate(kNoBound);
        edit->setDisplayFormat(DateText::dateFormat());
    }
    m_latest->setChecked(true);
    m_selfAssessments->setChecked(true);

    // Two rows: which reviews (county, period) above how to count them, so that the longer
    // Finnish and Swedish texts fit a 1024-pixel-wide window.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // laid out as a part of the view, without a frame
    auto *which = new QHBoxLayout;
    which->addWidget(m_countyLabel);
    which->addWidget(m_county);
    which->addSpacing(12);
    which->addWidget(m_fromLabel);
    which->addWidget(m_from);
    which->addWidget(m_toLabel);
    which->addWidget(m_to);
    which->addStretch(1);
    auto *counted = new QHBoxLayout;
    counted->addWidget(m_latest);
    counted->addWidget(m_all);
    counted->addSpacing(12);
    counted->addWidget(m_selfAssessments);
    counted->addStretch(1);
    layout->addLayout(which);
    layout->addLayout(counted);
    // Whose reviews, on a row of its own below (the programme's entry names the time of the
    // pull, too long for either row in Swedish); hidden, it takes no room.
    layout->addWidget(m_scope, 0, Qt::AlignLeft);

    const auto changed = [this] {
        if (!m_filling)
            emit filterChanged();
    };
    connect(m_county, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    // Choosing "all reviews" unchecks "latest": one signal for the pair.
    connect(m_latest, &QRadioButton::toggled, this, changed);
    connect(m_selfAssessments, &QCheckBox::toggled, this, changed);
}

void ComparisonFilterBar::retranslate()
{
    m_countyLabel->setText(tr("&County:"));
    m_county->setAccessibleName(tr("Wellbeing services county"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setSpecialValueText(tr("any time"));
    m_to->setSpecialValueText(tr("any time"));
    // Room for the words ("milloin tahansa"), which the date format alone would not give.
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->specialValueText())
                              + 4 * edit->fontMetrics().averageCharWidth() + 24);
    m_from->setAccessibleName(tr("Visits from"));
    m_to->setAccessibleName(tr("Visits until"));
    m_latest->setText(tr("&Latest final review per site"));
    m_all->setText(tr("All re&views"));
    m_selfAssessments->setText(tr("Include &self-assessments"));
    m_scope->retranslate();
}

void ComparisonFilterBar::setCounties(const QStringList &counties)
{
    const QString current = county();
    m_filling = true;
    m_county->clear();
    m_county->addItems(counties);
    const int index = m_county->findText(current);
    m_county->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

bool ComparisonFilterBar::setCounty(const QString &county)
{
    const int index = m_county->findText(county);
    if (index < 0)
        return false;
    m_county->setCurrentIndex(index);
    return true;
}

QString ComparisonFilterBar::county() const
{
    return m_county->currentText();
}

void ComparisonFilterBar::setPeriod(const QDate &from, const QDate &to)
{
    m_filling = true;
    m_from->setDate(from.isValid() ? from : kNoBound);
    m_to->setDate(to.isValid() ? to : kNoBound);
    m_filling = false;
    emit filterChanged();
}

void ComparisonFilterBar::setLatestPerSite(bool latestPerSite)
{
    (latestPerSite ? m_latest : m_all)->setChecked(true);
}

ComparisonQuery::Filter ComparisonFilterBar::filter() const
{
    ComparisonQuery::Filter filter;
    filter.county = county();
    filter.from = m_from->date() == kNoBound ? QDate() : m_from->date();
    filter.to = m_to->date() == kNoBound ? QDate() : m_to->date();
    filter.latestPerSite = m_latest->isChecked();
    filter.includeSelfAssessments = m_selfAssessments->isChecked();
    return filter;
}

} // namespace laatu::gui
