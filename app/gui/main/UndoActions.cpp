#include "UndoActions.h"

#include <QMenu>
#include <QUndoGroup>

namespace laatu::gui {

UndoActions::UndoActions(QMenu *menu)
    : QObject(menu)
    , m_group(new QUndoGroup(this))
    , m_undoAction(m_group->createUndoAction(menu))
    , m_redoAction(m_group->createRedoAction(menu))
{
    m_undoAction->setShortcut(QKeySequence::Undo);
    // Both common redo keys, whatever the platform's own binding is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(keys))
            redoKeys << keys;
    m_redoAction->setShortcuts(redoKeys);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    menu->addAction(m_undoAction);
    menu->addAction(m_redoAction);
}

void UndoActions::follow(QUndoStack *stack)
{
    m_group->addStack(stack);
    m_group->setActiveStack(stack);
}

void UndoActions::retranslate()
{
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
}

} // namespace laatu::gui
