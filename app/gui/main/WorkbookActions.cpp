#include "WorkbookActions.h"

#include "gui/common/MessageBox.h"
#include "gui/main/ReviewHost.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/visit/VisitPlanView.h"
#include "gui/workbook/WorkbookView.h"

#include <QAction>
#include <QEvent>
#include <QTabWidget>

namespace laatu::gui {

WorkbookActions::WorkbookActions(ReviewHost &host, QObject *window)
    : QObject(window)
    , m_host(host)
    , m_showPlan(new QAction(this))
    , m_show(new QAction(this))
    , m_clear(new QAction(this))
{
    m_showPlan->setObjectName(QStringLiteral("showVisitPlanAction"));
    m_showPlan->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_show->setObjectName(QStringLiteral("showWorkbookAction"));
    m_show->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_clear->setObjectName(QStringLiteral("clearRecordSampleAction"));
    connect(m_showPlan, &QAction::triggered, this, [this] {
        m_host.workspace()->tabs()->setCurrentWidget(m_host.workspace()->visitPlan());
    });
    connect(m_show, &QAction::triggered, this, [this] {
        m_host.workspace()->tabs()->setCurrentWidget(m_host.workspace()->workbook());
    });
    connect(m_clear, &QAction::triggered, this, &WorkbookActions::clearRecordSample);
    if (window)
        window->installEventFilter(this);
    retranslate();
    updateActions();
}

bool WorkbookActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void WorkbookActions::retranslate()
{
    m_showPlan->setText(tr("Visit &Plan"));
    m_show->setText(tr("&Workbook"));
    m_clear->setText(tr("Clear Record Sa&mple…"));
    m_clear->setToolTip(tr("Deletes the final review's record rows and keeps the figures they "
                           "gave; the review log records it."));
}

int WorkbookActions::recordRows() const
{
    const ReviewSession *session = m_host.session();
    return session ? int(session->document().workbook.records.size()) : 0;
}

bool WorkbookActions::canClear() const
{
    const ReviewSession *session = m_host.session();
    // A pulled review is the programme's copy, not this laptop's own.
    return session && session->isFinal() && m_host.isWritable() && recordRows() > 0
        && m_host.reviewList()->publication(session->reviewId())
        != OutboxRepository::Publication::Pulled;
}

void WorkbookActions::updateActions()
{
    m_showPlan->setEnabled(m_host.session() != nullptr);
    m_show->setEnabled(m_host.session() != nullptr);
    m_clear->setEnabled(canClear());
}

void WorkbookActions::offerClearing(qint64 reviewId)
{
    const ReviewSession *session = m_host.session();
    if (!session || session->reviewId() != reviewId || !canClear())
        return;
    const QString question
        = tr("The review is final. Its workbook still holds %n record rows.", nullptr, recordRows())
        + QStringLiteral("\n\n")
        + tr("Clear them now and keep only the figures they gave? The figures stay on the "
             "criterion pages as typed figures and the review log records the clearing. You can "
             "also do it later: Review → Clear Record Sample….");
    // No, the default, keeps them for now.
    if (MessageBox::question(m_host.dialogParent(), tr("Clear the Record Sample?"), question)
        != QMessageBox::Yes)
        return;
    clear();
}

void WorkbookActions::clearRecordSample()
{
    if (!canClear())
        return;
    const QString question
        = tr("Delete the %n record rows of this review for good and keep only the figures they "
             "gave, as typed figures?",
             nullptr, recordRows())
        + QStringLiteral("\n\n")
        + tr("This cannot be undone; the review log records it. Backups made from now on hold "
             "no record codes.");
    if (MessageBox::question(m_host.dialogParent(), tr("Clear Record Sample"), question)
        != QMessageBox::Yes)
        return;
    clear();
}

void WorkbookActions::clear()
{
    ReviewSession *session = m_host.session();
    if (!session)
        return;
    // The session reads the review back and tells every view (the criterion pages show the
    // kept figures as typed, the workbook says the sample was cleared).
    session->clearRecordSample();
    m_host.updateActions();
}

} // namespace laatu::gui
