#include "FindingsView.h"

#include "ActionPlanTable.h"
#include "FindingsList.h"

#include "gui/common/DisplayText.h"
#include "gui/session/ReviewSession.h"
#include "i18n/DateText.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStatusTipEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laatu::gui {

namespace {
enum PreviousColumn { WhatColumn, WhoColumn, DueColumn, StatusColumn };

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    label->setFont(bold);
    return label;
}

QPushButton *button(const char *name, QWidget *parent)
{
    auto *result = new QPushButton(parent);
    result->setObjectName(QLatin1String(name));
    return result;
}

QWidget *section(QLabel *title, QWidget *body, const QList<QPushButton *> &buttons, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    for (QPushButton *button : buttons)
        top->addWidget(button);
    layout->addLayout(top);
    layout->addWidget(body, 1);
    title->setBuddy(body);
    return box;
}
} // namespace

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_findingsLabel(heading(this))
    , m_findings(new FindingsList(this))
    , m_addStrength(button("addStrengthButton", this))
    , m_addRecommendation(button("addRecommendationButton", this))
    , m_removeFinding(button("removeFindingButton", this))
    , m_actionsLabel(heading(this))
    , m_actions(new ActionPlanTable(this))
    , m_addAction(button("addActionButton", this))
    , m_removeAction(button("removeActionButton", this))
    , m_previousLabel(heading(this))
    , m_previous(new QTableWidget(this))
    , m_carryOver(button("carryOverButton", this))
{
    setObjectName(QStringLiteral("findingsView"));
    m_previous->setObjectName(QStringLiteral("previousActionTable"));
    m_previous->setColumnCount(4);
    m_previous->verticalHeader()->hide();
    m_previous->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previous->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(m_findingsLabel, m_findings,
                                {m_addStrength, m_addRecommendation, m_removeFinding}, splitter));
    splitter->addWidget(
        section(m_actionsLabel, m_actions, {m_addAction, m_removeAction}, splitter));
    splitter->addWidget(section(m_previousLabel, m_previous, {m_carryOver}, splitter));
    splitter->setSizes({300, 220, 160});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    // Tab follows the page: each section's buttons, then its list.
    const QList<QWidget *> order {m_addStrength, m_addRecommendation, m_removeFinding,
                                  m_findings,    m_addAction,         m_removeAction,
                                  m_actions,     m_carryOver,         m_previous};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_addStrength, &QPushButton::clicked, this,
            [this] { addFinding(int(FindingKind::Strength)); });
    connect(m_addRecommendation, &QPushButton::clicked, this,
            [this] { addFinding(int(FindingKind::Recommendation)); });
    connect(m_removeFinding, &QPushButton::clicked, this, &FindingsView::removeCurrentFinding);
    connect(m_addAction, &QPushButton::clicked, this, &FindingsView::addAction);
    connect(m_removeAction, &QPushButton::clicked, this, &FindingsView::removeCurrentAction);
    connect(m_carryOver, &QPushButton::clicked, this, &FindingsView::carryOverActions);
    connect(m_findings, &FindingsList::reported, this, &FindingsView::report);
    connect(m_findings, &FindingsList::criterionActivated, this, &FindingsView::criterionActivated);
    connect(m_actions, &ActionPlanTable::reported, this, &FindingsView::report);
    retranslate();
}

QTreeWidget *FindingsView::findings() const
{
    return m_findings;
}

QTableWidget *FindingsView::actions() const
{
    return m_actions;
}

void FindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsView::retranslate()
{
    // The mnemonics are unique in the window with this page shown (menus and tabs included).
    m_findingsLabel->setText(tr("Stren&gths and recommendations"));
    m_addStrength->setText(tr("Add S&trength"));
    m_addRecommendation->setText(tr("Add Reco&mmendation"));
    m_removeFinding->setText(tr("Remove"));
    m_removeFinding->setAccessibleName(tr("Remove the finding"));
    m_actionsLabel->setText(tr("Action &plan"));
    m_addAction->setText(tr("Add Actio&n"));
    m_removeAction->setText(tr("Remove"));
    m_removeAction->setAccessibleName(tr("Remove the action item"));
    m_previous->setHorizontalHeaderLabels({tr("What"), tr("Who"), tr("By when"), tr("Status")});
    m_previous->setAccessibleName(tr("Actions of the previous review"));
    m_carryOver->setText(tr("Carry O&ver Open Actions"));
    m_findings->retranslate();
    m_actions->retranslate();
    refresh();
}

void FindingsView::setSession(ReviewSession *session, const QString &language)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        // Queued: an edit made from inside a table signal must not change that table under it.
        connect(m_session, &ReviewSession::changed, this, &FindingsView::refresh,
                Qt::QueuedConnection);
    m_findings->setSession(session, language);
    m_actions->setSession(session);
    refresh();
}

void FindingsView::refresh()
{
    m_findings->refresh();
    m_actions->refresh();
    m_previous->setRowCount(0);
    const bool editable = m_session && m_session->isEditable();
    const std::optional<ReviewDocument> *previous
        = m_session ? &m_session->previousReview() : nullptr;
    if (previous && *previous) {
        const ReviewDocument &review = **previous;
        m_previousLabel->setText(
            tr("From the previous review (%1)").arg(DateText::date(review.review.visitStart)));
        m_previous->setRowCount(int(review.actions.size()));
        for (int row = 0; row < review.actions.size(); ++row) {
            const ActionItem &action = review.actions.at(row);
            m_previous->setItem(row, WhatColumn, new QTableWidgetItem(action.what));
            m_previous->setItem(row, WhoColumn, new QTableWidgetItem(action.who));
            m_previous->setItem(row, DueColumn, new QTableWidgetItem(DateText::date(action.due)));
            m_previous->setItem(row, StatusColumn,
                                new QTableWidgetItem(DisplayText::actionStatus(action.status)));
        }
        m_previous->resizeColumnToContents(WhoColumn);
        m_previous->resizeColumnToContents(DueColumn);
        m_previous->resizeColumnToContents(StatusColumn);
    } else {
        m_previousLabel->setText(m_session ? tr("No earlier review of this site") : QString());
    }
    m_carryOver->setEnabled(editable && previous && *previous && !(*previous)->actions.isEmpty());
    for (QPushButton *button :
         {m_addStrength, m_addRecommendation, m_removeFinding, m_addAction, m_removeAction})
        button->setEnabled(editable);
}

void FindingsView::addFinding(int kind)
{
    m_findings->startNewFinding(static_cast<FindingKind>(kind));
}

void FindingsView::removeCurrentFinding()
{
    m_findings->removeCurrentFinding();
}

void FindingsView::addAction()
{
    m_actions->startNewAction();
}

void FindingsView::removeCurrentAction()
{
    m_actions->removeCurrentAction();
}

int FindingsView::carryOverActions()
{
    if (!m_session || !m_session->isEditable())
        return 0;
    if (!m_session->previousReview()) {
        report(tr("Nothing carried over: there is no earlier review of this site"));
        return 0;
    }
    QList<ActionItem> toCarry;
    int open = 0;
    for (const ActionItem &old : m_session->previousReview()->actions) {
        if (old.status == ActionStatus::Done || old.status == ActionStatus::Dropped)
            continue;
        ++open;
        const QList<ActionItem> &current = m_session->document().actions;
        const auto same = [&](const ActionItem &a) { return a.what == old.what; };
        if (std::none_of(current.cbegin(), current.cend(), same)
            && std::none_of(toCarry.cbegin(), toCarry.cend(), same))
            toCarry.append(old);
    }
    if (toCarry.isEmpty()) {
        report(open == 0
                   ? tr("Nothing carried over: the previous review has no open actions")
                   : tr("Nothing carried over: the previous review's open actions are already "
                        "in this plan"));
        return 0;
    }
    int carried = 0;
    m_session->undoStack()->beginMacro(tr("Carry over open actions"));
    for (ActionItem copy : toCarry) {
        copy.uuid.clear();
        if (!m_session->saveAction(copy))
            break;
        ++carried;
    }
    m_session->undoStack()->endMacro();
    report(tr("%n open action(s) carried over from the previous review", nullptr, carried));
    return carried;
}

void FindingsView::report(const QString &message)
{
    // The main window shows a status tip in its status bar, as it shows what the session saved.
    QStatusTipEvent tip(message);
    QCoreApplication::sendEvent(this, &tip);
}

} // namespace laatu::gui
