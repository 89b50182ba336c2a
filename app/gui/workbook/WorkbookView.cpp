#include "WorkbookView.h"

#include "gui/session/ReviewSession.h"
#include "gui/workbook/WorkbookTablePanel.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QStatusTipEvent>
#include <QVBoxLayout>

namespace laatu::gui {

WorkbookView::WorkbookView(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_coaches(new WorkbookTablePanel(WorkbookTable::Coaches, m_splitter))
    , m_records(new WorkbookTablePanel(WorkbookTable::Records, m_splitter))
{
    setObjectName(QStringLiteral("workbookView"));
    m_intro->setObjectName(QStringLiteral("workbookIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_coaches);
    m_splitter->addWidget(m_records);
    // Fewer coaches than records, but the coaches' header holds ten long labels: even halves.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_intro);
    layout->addWidget(m_splitter, 1);
    for (WorkbookTablePanel *panel : {m_coaches, m_records})
        connect(panel, &WorkbookTablePanel::reported, this, &WorkbookView::report);
    retranslate();
}

void WorkbookView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkbookView::retranslate()
{
    m_intro->setText(tr("The numeric criteria take their figures from these rows as they are "
                        "typed; a figure typed on a criterion page is used instead."));
    m_coaches->retranslate();
    m_records->retranslate();
}

void WorkbookView::setSession(ReviewSession *session, const QString &language)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_language = language;
    m_coaches->setSession(session, language);
    m_records->setSession(session, language);
    if (m_session)
        connect(m_session, &ReviewSession::changed, this, &WorkbookView::refresh);
}

void WorkbookView::refresh()
{
    m_coaches->refresh();
    m_records->refresh();
}

bool WorkbookView::showRowsBehind(const QString &criterionId)
{
    const Criterion *criterion
        = m_session ? m_session->instrument().criterion(criterionId) : nullptr;
    if (!criterion || criterion->figures.isEmpty())
        return false;
    // Both figures of a criterion come from one table (the catalog checks it).
    const WorkbookTable table = criterion->figures.constFirst().table;
    WorkbookTablePanel *panel = table == WorkbookTable::Coaches ? m_coaches : m_records;
    QStringList fields;
    for (const FigureSource &source : criterion->figures)
        for (const QString &field : source.fields)
            if (!fields.contains(field))
                fields << field;
    if (table == WorkbookTable::Records && m_session->document().workbook.recordsCleared) {
        report(tr("The record sample was cleared: the figures of criterion %1 are kept as typed")
                   .arg(criterion->number));
        return false;
    }
    if (panel->selectRows(fields)) {
        report(
            tr("The rows behind the figures of criterion %1 are selected").arg(criterion->number));
        return true;
    }
    report(tr("No row holds the figures of criterion %1 yet").arg(criterion->number));
    return false;
}

void WorkbookView::report(const QString &message)
{
    // The main window shows a status tip in its status bar, as it shows what the session saved.
    QStatusTipEvent tip(message);
    QApplication::sendEvent(this, &tip);
}

} // namespace laatu::gui
