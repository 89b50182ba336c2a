#include "ReviewWorkspace.h"

#include "gui/common/DisplayText.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/findings/FindingsView.h"
#include "gui/session/ReviewSession.h"
#include "gui/visit/VisitPlanView.h"
#include "gui/walk/CriterionWalk.h"
#include "gui/workbook/WorkbookView.h"
#include "i18n/DateText.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStatusTipEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace laatu::gui {

ReviewWorkspace::ReviewWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_state(new QLabel(this))
    , m_finalise(new QPushButton(this))
    , m_reopen(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_visitPlan(new VisitPlanView(m_tabs))
    , m_workbook(new WorkbookView(m_tabs))
    , m_walk(new CriterionWalk(m_tabs))
    , m_consensus(new ConsensusView(m_tabs))
    , m_findings(new FindingsView(m_tabs))
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    m_finalise->setObjectName(QStringLiteral("finaliseButton"));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    for (QLabel *label : {m_title, m_details, m_state})
        label->setTextFormat(Qt::PlainText);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 12, 4);
    header->addLayout(titles, 1);
    header->addWidget(m_state);
    header->addWidget(m_finalise);
    header->addWidget(m_reopen);
    header->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    // The tabs follow the visit: the agenda agreed beforehand, the workbook's rows read on
    // site, then the criteria they give figures to, the consensus and the findings. A review
    // still opens on the walk.
    m_tabs->addTab(m_visitPlan, QString());
    m_tabs->addTab(m_workbook, QString());
    m_tabs->addTab(m_walk, QString());
    m_tabs->addTab(m_consensus, QString());
    m_tabs->addTab(m_findings, QString());
    m_tabs->setDocumentMode(true);
    m_tabs->setCurrentWidget(m_walk);

    connect(m_finalise, &QPushButton::clicked, this, &ReviewWorkspace::finaliseRequested);
    connect(m_reopen, &QPushButton::clicked, this, &ReviewWorkspace::reopenRequested);
    connect(m_close, &QPushButton::clicked, this, &ReviewWorkspace::closeRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { flush(); });
    connect(m_consensus, &ConsensusView::criterionActivated, this,
            &ReviewWorkspace::showCriterionOnConsensus);
    connect(m_visitPlan, &VisitPlanView::reported, this, [this](const QString &message) {
        // Shown in the main window's status bar, as the other views' status tips are.
        QStatusTipEvent tip(message);
        QApplication::sendEvent(this, &tip);
    });
    connect(m_walk, &CriterionWalk::rowsBehindFiguresRequested, this,
            &ReviewWorkspace::showRowsBehind);
    connect(m_findings, &FindingsView::criterionActivated, this, [this](const QString &id) {
        m_tabs->setCurrentWidget(m_walk);
        m_walk->showCriterion(id);
    });
    retranslate();
}

void ReviewWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewWorkspace::retranslate()
{
    m_tabs->setAccessibleName(tr("Review views"));
    // The tab bar takes the focus; the frame around the pages is no stop of its own.
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->setTabText(m_tabs->indexOf(m_visitPlan), tr("V&isit Plan"));
    m_tabs->setTabText(m_tabs->indexOf(m_workbook), tr("&Workbook"));
    m_tabs->setTabText(m_tabs->indexOf(m_walk), tr("&Criteria"));
    m_tabs->setTabText(m_tabs->indexOf(m_consensus), tr("C&onsensus"));
    m_tabs->setTabText(m_tabs->indexOf(m_findings), tr("Fin&dings and Actions"));
    m_finalise->setText(tr("Finalise…"));
    m_finalise->setToolTip(tr("Locks the review: every criterion has a consensus rating and the "
                              "reasons are written."));
    m_reopen->setText(tr("Reopen…"));
    m_close->setText(tr("Close Review"));
    refreshHeader();
}

void ReviewWorkspace::setSession(ReviewSession *session, const QString &language)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_language = language;
    if (m_session)
        connect(m_session, &ReviewSession::changed, this, &ReviewWorkspace::refreshHeader);
    m_visitPlan->setSession(session, language);
    m_workbook->setSession(session, language);
    m_walk->setSession(session, language);
    m_consensus->setSession(session, language);
    m_findings->setSession(session, language);
    refreshHeader();
}

void ReviewWorkspace::flush()
{
    m_walk->flush();
}

void ReviewWorkspace::showCriterionOnConsensus(const QString &criterionId)
{
    m_tabs->setCurrentWidget(m_walk);
    m_walk->setSheet({});
    m_walk->showCriterion(criterionId);
}

void ReviewWorkspace::showRowsBehind(const QString &criterionId)
{
    flush(); // a figure being typed on the page is saved first
    m_tabs->setCurrentWidget(m_workbook);
    m_workbook->showRowsBehind(criterionId);
}

void ReviewWorkspace::refreshHeader()
{
    if (!m_session)
        return;
    const ReviewDocument &document = m_session->document();
    const QLocale locale;
    m_title->setText(document.site.name);
    QStringList raters;
    for (const Rater &rater : document.raters)
        raters << rater.name;
    const QString dates = document.review.visitEnd.isValid()
            && document.review.visitEnd != document.review.visitStart
        ? tr("%1–%2").arg(DateText::date(document.review.visitStart, locale),
                          DateText::date(document.review.visitEnd, locale))
        : DateText::date(document.review.visitStart, locale);
    m_details->setText(tr("%1 · %2 · %3 · reviewers: %4")
                           .arg(DisplayText::reviewKind(document.review.kind), dates,
                                document.site.municipality.isEmpty() ? document.site.county
                                                                     : document.site.municipality,
                                raters.isEmpty() ? tr("none") : raters.join(QStringLiteral(", "))));
    const bool final = m_session->isFinal();
    m_state->setText(final ? tr("Final: read-only")
                           : DisplayText::reviewStatus(document.review.status));
    m_finalise->setVisible(!final);
    m_reopen->setVisible(final);
    m_finalise->setEnabled(m_session->isEditable());
}

} // namespace laatu::gui
