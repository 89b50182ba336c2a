#include "FindingsView.h"

#include "gui/common/DisplayText.h"
#include "gui/session/ReviewSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace laatu::gui {

namespace {
constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kCriterionIdRole = Qt::UserRole + 2;
enum ActionColumn { WhatColumn, WhoColumn, DueColumn, StatusColumn };

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    label->setFont(bold);
    return label;
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
    return box;
}
} // namespace

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_findingsLabel(heading(this))
    , m_findings(new QTreeWidget(this))
    , m_addStrength(new QPushButton(this))
    , m_addRecommendation(new QPushButton(this))
    , m_removeFinding(new QPushButton(this))
    , m_actionsLabel(heading(this))
    , m_actions(new QTableWidget(this))
    , m_addAction(new QPushButton(this))
    , m_removeAction(new QPushButton(this))
    , m_previousLabel(heading(this))
    , m_previous(new QTableWidget(this))
    , m_carryOver(new QPushButton(this))
{
    setObjectName(QStringLiteral("findingsView"));
    m_findings->setObjectName(QStringLiteral("findingsTree"));
    m_actions->setObjectName(QStringLiteral("actionTable"));
    m_previous->setObjectName(QStringLiteral("previousActionTable"));
    m_findings->setColumnCount(3);
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setEditTriggers(QAbstractItemView::DoubleClicked
                                | QAbstractItemView::EditKeyPressed);
    m_findings->header()->setStretchLastSection(true);
    m_actions->setColumnCount(4);
    m_actions->verticalHeader()->hide();
    m_actions->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
    m_actions->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
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
    for (QLabel *label : {m_findingsLabel, m_actionsLabel, m_previousLabel})
        label->setBuddy(label == m_findingsLabel      ? static_cast<QWidget *>(m_findings)
                            : label == m_actionsLabel ? static_cast<QWidget *>(m_actions)
                                                      : static_cast<QWidget *>(m_previous));

    connect(m_addStrength, &QPushButton::clicked, this,
            [this] { addFinding(int(FindingKind::Strength)); });
    connect(m_addRecommendation, &QPushButton::clicked, this,
            [this] { addFinding(int(FindingKind::Recommendation)); });
    connect(m_removeFinding, &QPushButton::clicked, this, &FindingsView::removeCurrentFinding);
    connect(m_addAction, &QPushButton::clicked, this, &FindingsView::addAction);
    connect(m_removeAction, &QPushButton::clicked, this, &FindingsView::removeCurrentAction);
    connect(m_carryOver, &QPushButton::clicked, this, &FindingsView::carryOverActions);
    connect(m_findings, &QTreeWidget::itemChanged, this, &FindingsView::findingEdited);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) {
        const QString id = item->data(0, kCriterionIdRole).toString();
        if (!id.isEmpty() && !(item->flags() & Qt::ItemIsEditable))
            emit criterionActivated(id);
    });
    connect(m_actions, &QTableWidget::itemChanged, this, &FindingsView::actionEdited);
    retranslate();
}

void FindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsView::retranslate()
{
    m_findingsLabel->setText(tr("&Strengths and recommendations"));
    m_findings->setHeaderLabels({tr("Criterion"), tr("Kind"), tr("Text")});
    m_findings->setAccessibleName(tr("Strengths and recommendations"));
    m_addStrength->setText(tr("Add S&trength"));
    m_addRecommendation->setText(tr("Add Reco&mmendation"));
    m_removeFinding->setText(tr("Remove"));
    m_removeFinding->setAccessibleName(tr("Remove the finding"));
    m_actionsLabel->setText(tr("Action &plan"));
    m_actions->setHorizontalHeaderLabels({tr("What"), tr("Who"), tr("By when"), tr("Status")});
    m_actions->setAccessibleName(tr("Action plan"));
    m_addAction->setText(tr("Add &Action"));
    m_removeAction->setText(tr("Remove"));
    m_removeAction->setAccessibleName(tr("Remove the action item"));
    m_previous->setHorizontalHeaderLabels({tr("What"), tr("Who"), tr("By when"), tr("Status")});
    m_previous->setAccessibleName(tr("Actions of the previous review"));
    m_carryOver->setText(tr("&Carry Over Open Actions"));
    refresh();
}

void FindingsView::setSession(ReviewSession *session, const QString &language)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_language = language;
    if (m_session)
        // Queued: an edit made from inside a table signal must not rebuild that table under it.
        connect(m_session, &ReviewSession::changed, this, &FindingsView::refresh,
                Qt::QueuedConnection);
    refresh();
}

void FindingsView::refresh()
{
    m_filling = true;
    m_findings->clear();
    m_actions->setRowCount(0);
    m_previous->setRowCount(0);
    if (!m_session) {
        m_filling = false;
        return;
    }
    const bool editable = m_session->isEditable();
    const Instrument &instrument = m_session->instrument();
    // Findings in catalog order, the whole-service ones first.
    QList<Finding> findings = m_session->document().findings;
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        const Criterion *ca = instrument.criterion(a.criterionId);
        const Criterion *cb = instrument.criterion(b.criterionId);
        return (ca ? ca->number : 0) < (cb ? cb->number : 0);
    });
    for (const Finding &finding : findings) {
        const Criterion *criterion = instrument.criterion(finding.criterionId);
        auto *item = new QTreeWidgetItem(m_findings,
                                         {criterion ? QStringLiteral("%1. %2")
                                                          .arg(criterion->number)
                                                          .arg(criterion->title.text(m_language))
                                                    : tr("Whole service"),
                                          DisplayText::findingKind(finding.kind), finding.text});
        item->setData(0, kUuidRole, finding.uuid);
        item->setData(0, kCriterionIdRole, finding.criterionId);
        item->setToolTip(2, finding.text);
        if (editable)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_findings->setColumnWidth(0, 260);
    m_findings->resizeColumnToContents(1);

    const QList<ActionItem> &actions = m_session->document().actions;
    m_actions->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const ActionItem &action = actions.at(row);
        auto *what = new QTableWidgetItem(action.what);
        what->setData(kUuidRole, action.uuid);
        m_actions->setItem(row, WhatColumn, what);
        m_actions->setItem(row, WhoColumn, new QTableWidgetItem(action.who));
        auto *due = new QTableWidgetItem;
        due->setData(Qt::EditRole, action.due.isValid() ? QVariant(action.due) : QVariant());
        m_actions->setItem(row, DueColumn, due);
        auto *status = new QComboBox(m_actions);
        for (ActionStatus value : DisplayText::actionStatuses())
            status->addItem(DisplayText::actionStatus(value), int(value));
        status->setCurrentIndex(status->findData(int(action.status)));
        status->setAccessibleName(tr("Status of \"%1\"").arg(action.what));
        status->setEnabled(editable);
        const QString uuid = action.uuid;
        connect(status, &QComboBox::activated, this, [this, uuid, status](int index) {
            statusChosen(uuid, status->itemData(index).toInt());
        });
        m_actions->setCellWidget(row, StatusColumn, status);
        m_actions->setItem(row, StatusColumn, new QTableWidgetItem);
        for (int column = 0; column < 4; ++column) {
            QTableWidgetItem *cell = m_actions->item(row, column);
            if (!editable || column == StatusColumn)
                cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
        }
    }
    m_actions->resizeColumnToContents(WhoColumn);
    m_actions->resizeColumnToContents(DueColumn);
    m_actions->resizeColumnToContents(StatusColumn);

    const std::optional<ReviewDocument> &previous = m_session->previousReview();
    if (previous) {
        m_previousLabel->setText(
            tr("From the previous review (%1)")
                .arg(QLocale().toString(previous->review.visitStart, QLocale::ShortFormat)));
        m_previous->setRowCount(int(previous->actions.size()));
        for (int row = 0; row < previous->actions.size(); ++row) {
            const ActionItem &action = previous->actions.at(row);
            m_previous->setItem(row, WhatColumn, new QTableWidgetItem(action.what));
            m_previous->setItem(row, WhoColumn, new QTableWidgetItem(action.who));
            m_previous->setItem(
                row, DueColumn,
                new QTableWidgetItem(QLocale().toString(action.due, QLocale::ShortFormat)));
            m_previous->setItem(row, StatusColumn,
                                new QTableWidgetItem(DisplayText::actionStatus(action.status)));
        }
        m_previous->resizeColumnToContents(WhoColumn);
        m_previous->resizeColumnToContents(DueColumn);
        m_previous->resizeColumnToContents(StatusColumn);
    } else {
        m_previousLabel->setText(tr("No earlier review of this site"));
    }
    m_carryOver->setEnabled(editable && previous && !previous->actions.isEmpty());
    for (QPushButton *button :
         {m_addStrength, m_addRecommendation, m_removeFinding, m_addAction, m_removeAction})
        button->setEnabled(editable);
    m_filling = false;
}

void FindingsView::addFinding(int kind)
{
    if (!m_session)
        return;
    const auto findingKind = static_cast<FindingKind>(kind);
    Finding finding;
    finding.kind = findingKind;
    finding.text
        = findingKind == FindingKind::Strength ? tr("New strength") : tr("New recommendation");
    if (!m_session->saveFinding(finding))
        return;
    // The new one is last among the whole-service findings: edit its text at once.
    const QString uuid = m_session->document().findings.constLast().uuid;
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_findings->topLevelItem(i);
        if (item->data(0, kUuidRole).toString() == uuid) {
            m_findings->setCurrentItem(item, 2);
            m_findings->editItem(item, 2);
        }
    }
}

void FindingsView::removeCurrentFinding()
{
    if (QTreeWidgetItem *item = m_findings->currentItem())
        m_session->removeFinding(item->data(0, kUuidRole).toString());
}

void FindingsView::findingEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling || !m_session || column != 2)
        return;
    const QString uuid = item->data(0, kUuidRole).toString();
    for (Finding finding : m_session->document().findings) {
        if (finding.uuid != uuid)
            continue;
        finding.text = item->text(2).trimmed();
        if (finding.text.isEmpty())
            m_session->removeFinding(uuid);
        else
            m_session->saveFinding(finding);
        return;
    }
}

void FindingsView::addAction()
{
    if (!m_session)
        return;
    ActionItem action;
    action.what = tr("New action");
    action.due = QDate::currentDate().addMonths(3);
    if (!m_session->saveAction(action))
        return;
    const int row = m_actions->rowCount() - 1;
    m_actions->setCurrentCell(row, WhatColumn);
    m_actions->editItem(m_actions->item(row, WhatColumn));
}

void FindingsView::removeCurrentAction()
{
    const int row = m_actions->currentRow();
    if (row >= 0 && m_session && row < m_session->document().actions.size())
        m_session->removeAction(m_session->document().actions.at(row).uuid);
}

void FindingsView::actionEdited(QTableWidgetItem *item)
{
    if (m_filling || !m_session || item->row() >= m_session->document().actions.size())
        return;
    ActionItem action = m_session->document().actions.at(item->row());
    switch (item->column()) {
    case WhatColumn:
        action.what = item->text().trimmed();
        if (action.what.isEmpty()) {
            refresh(); // an action needs a text: show the stored one again
            return;
        }
        break;
    case WhoColumn:
        action.who = item->text().trimmed();
        break;
    case DueColumn:
        action.due = item->data(Qt::EditRole).toDate();
        break;
    default:
        return;
    }
    m_session->saveAction(action);
}

void FindingsView::statusChosen(const QString &uuid, int status)
{
    for (ActionItem action : m_session->document().actions) {
        if (action.uuid == uuid) {
            action.status = static_cast<ActionStatus>(status);
            m_session->saveAction(action);
            return;
        }
    }
}

int FindingsView::carryOverActions()
{
    if (!m_session || !m_session->previousReview())
        return 0;
    int carried = 0;
    m_session->undoStack()->beginMacro(tr("Carry over open actions"));
    for (const ActionItem &old : m_session->previousReview()->actions) {
        if (old.status == ActionStatus::Done || old.status == ActionStatus::Dropped)
            continue;
        const QList<ActionItem> &current = m_session->document().actions;
        const bool already = std::any_of(current.cbegin(), current.cend(),
                                         [&](const ActionItem &a) { return a.what == old.what; });
        if (already)
            continue;
        ActionItem copy = old;
        copy.uuid.clear();
        if (!m_session->saveAction(copy))
            break;
        ++carried;
    }
    m_session->undoStack()->endMacro();
    return carried;
}

} // namespace laatu::gui
