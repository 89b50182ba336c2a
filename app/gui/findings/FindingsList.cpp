#include "FindingsList.h"

#include "gui/common/DisplayText.h"
#include "gui/session/ReviewSession.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace laatu::gui {

namespace {
constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kCriterionIdRole = Qt::UserRole + 2;

// Only what differs is set: setting a cell under an open editor would overwrite its typing.
void setCell(QTreeWidgetItem *item, int column, const QString &text)
{
    if (item->text(column) != text)
        item->setText(column, text);
    if (column == FindingsList::TextColumn && item->toolTip(column) != text)
        item->setToolTip(column, text);
}
} // namespace

FindingsList::FindingsList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("findingsTree"));
    setColumnCount(3);
    setRootIsDecorated(false);
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(CriterionColumn, QHeaderView::Interactive);
    setColumnWidth(CriterionColumn, 260);
    connect(this, &QTreeWidget::itemChanged, this, &FindingsList::itemEdited);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) {
        const QString id = item->data(0, kCriterionIdRole).toString();
        if (!id.isEmpty() && !(item->flags() & Qt::ItemIsEditable))
            emit criterionActivated(id);
    });
}

void FindingsList::setSession(ReviewSession *session, const QString &language)
{
    m_session = session;
    m_language = language;
    m_newUuid.clear(); // a row being typed for another review goes with it
    refresh();
}

void FindingsList::retranslate()
{
    setHeaderLabels({tr("Criterion"), tr("Kind"), tr("Text")});
    setAccessibleName(tr("Strengths and recommendations"));
    refresh();
}

QList<Finding> FindingsList::sortedFindings() const
{
    if (!m_session)
        return {};
    const Instrument &instrument = m_session->instrument();
    QList<Finding> findings = m_session->document().findings;
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        const Criterion *ca = instrument.criterion(a.criterionId);
        const Criterion *cb = instrument.criterion(b.criterionId);
        return (ca ? ca->number : 0) < (cb ? cb->number : 0);
    });
    return findings;
}

void FindingsList::showFinding(QTreeWidgetItem *item, const Finding &finding, bool editable)
{
    const Criterion *criterion
        = m_session ? m_session->instrument().criterion(finding.criterionId) : nullptr;
    setCell(
        item, CriterionColumn,
        criterion
            ? QStringLiteral("%1. %2").arg(criterion->number).arg(criterion->title.text(m_language))
            : tr("Whole service"));
    setCell(item, KindColumn, DisplayText::findingKind(finding.kind));
    setCell(item, TextColumn, finding.text);
    if (item->data(0, kUuidRole).toString() != finding.uuid)
        item->setData(0, kUuidRole, finding.uuid);
    if (item->data(0, kCriterionIdRole).toString() != finding.criterionId)
        item->setData(0, kCriterionIdRole, finding.criterionId);
    const Qt::ItemFlags flags
        = editable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable;
    if (flags != item->flags())
        item->setFlags(flags);
}

QTreeWidgetItem *FindingsList::newItem() const
{
    for (int i = 0; !m_newUuid.isEmpty() && i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, kUuidRole).toString() == m_newUuid)
            return topLevelItem(i);
    return nullptr;
}

void FindingsList::refresh()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    const bool editable = m_session && m_session->isEditable();
    if (!editable)
        m_newUuid.clear();
    const QList<Finding> findings = sortedFindings();
    QSet<QString> stored;
    for (const Finding &finding : findings)
        stored.insert(finding.uuid);
    // Rows no longer stored go; the others keep their items (and an open editor).
    for (int i = topLevelItemCount() - 1; i >= 0; --i) {
        const QString uuid = topLevelItem(i)->data(0, kUuidRole).toString();
        if (uuid != m_newUuid && !stored.contains(uuid))
            delete takeTopLevelItem(i);
    }
    int index = 0;
    for (const Finding &finding : findings) {
        if (index < topLevelItemCount()
            && topLevelItem(index)->data(0, kUuidRole).toString() == m_newUuid)
            ++index; // the row being typed keeps its place
        int found = -1;
        for (int i = index; found < 0 && i < topLevelItemCount(); ++i)
            if (topLevelItem(i)->data(0, kUuidRole).toString() == finding.uuid)
                found = i;
        if (found != index) {
            if (found > index)
                delete takeTopLevelItem(found);
            insertTopLevelItem(index, new QTreeWidgetItem);
        }
        showFinding(topLevelItem(index), finding, editable);
        ++index;
    }
    if (QTreeWidgetItem *item = newItem())
        showFinding(item, {m_newUuid, {}, m_newKind, item->text(TextColumn)}, true);
    resizeColumnToContents(KindColumn);
}

void FindingsList::startNewFinding(FindingKind kind)
{
    if (!m_session || !m_session->isEditable())
        return;
    // Text typed in an open editor is saved first, as when the user clicks elsewhere.
    if (state() == EditingState)
        if (QWidget *editor = indexWidget(currentIndex())) {
            commitData(editor);
            closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    delete newItem(); // an empty one: one with text was stored when its editor closed
    m_newUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_newKind = kind;
    // Last among the whole-service findings, where it is when stored.
    int index = 0;
    while (index < topLevelItemCount()
           && topLevelItem(index)->data(0, kCriterionIdRole).toString().isEmpty())
        ++index;
    auto *item = new QTreeWidgetItem;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        insertTopLevelItem(index, item);
        showFinding(item, {m_newUuid, {}, kind, {}}, true);
    }
    setFocus(Qt::OtherFocusReason);
    setCurrentItem(item, TextColumn);
    scrollToItem(item);
    editItem(item, TextColumn);
    emit reported(kind == FindingKind::Strength
                      ? tr("New strength: type it and press Enter to save it (Esc leaves it out)")
                      : tr("New recommendation: type it and press Enter to save it (Esc leaves "
                           "it out)"));
}

void FindingsList::removeCurrentFinding()
{
    QTreeWidgetItem *item = currentItem();
    if (!item || !m_session) {
        emit reported(tr("Choose the finding to remove first"));
        return;
    }
    if (item == newItem()) {
        const QString message = droppedMessage();
        m_newUuid.clear();
        delete item;
        emit reported(message);
        return;
    }
    m_session->removeFinding(item->data(0, kUuidRole).toString()); // says "Finding removed"
}

void FindingsList::itemEdited(QTreeWidgetItem *item, int column)
{
    if (m_filling || !m_session || column != TextColumn)
        return;
    const QString uuid = item->data(0, kUuidRole).toString();
    const QString text = item->text(TextColumn).trimmed();
    if (uuid == m_newUuid) {
        if (text.isEmpty())
            return; // not stored; it goes when its editor closes
        m_newUuid.clear();
        m_session->saveFinding({uuid, {}, m_newKind, text});
        return;
    }
    for (Finding finding : m_session->document().findings) {
        if (finding.uuid != uuid)
            continue;
        finding.text = text;
        if (finding.text.isEmpty())
            m_session->removeFinding(uuid);
        else
            m_session->saveFinding(finding);
        return;
    }
}

void FindingsList::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTreeWidget::closeEditor(editor, hint);
    if (!m_newUuid.isEmpty())
        // After the view has moved on (Tab may open the next editor).
        QTimer::singleShot(0, this, &FindingsList::dropNewItemIfLeft);
}

void FindingsList::dropNewItemIfLeft()
{
    QTreeWidgetItem *item = newItem();
    if (!item || (state() == EditingState && currentItem() == item))
        return;
    const QString message = droppedMessage();
    m_newUuid.clear();
    delete item;
    emit reported(message);
}

QString FindingsList::droppedMessage() const
{
    return m_newKind == FindingKind::Strength
        ? tr("The new strength had no text and was not saved")
        : tr("The new recommendation had no text and was not saved");
}

} // namespace laatu::gui
