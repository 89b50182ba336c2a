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
    // The step's text inside the menu entry ("Undo rating 4 for criterion 2"), in lower case
    // after the verb as a sentence has it; connected after the group's own, so it wins.
    connect(m_group, &QUndoGroup::undoTextChanged, this, [this] { retranslate(); });
    connect(m_group, &QUndoGroup::redoTextChanged, this, [this] { retranslate(); });
    // Undo and redo say in the status bar what they did.
    // These run after the step: what was undone is now the one to redo, and the other way.
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (!m_group->redoText().isEmpty())
            emit stepped(tr("Undone: %1").arg(m_group->redoText()));
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (!m_group->undoText().isEmpty())
            emit stepped(tr("Redone: %1").arg(m_group->undoText()));
    });
}

QString UndoActions::inSentence(const QString &text)
{
    // Only a capital that starts a word of the sentence: not "IPS" or a name.
    if (text.size() < 2 || !text.at(0).isUpper() || text.at(1).isUpper())
        return text;
    return text.at(0).toLower() + text.mid(1);
}

void UndoActions::follow(QUndoStack *stack)
{
    m_group->addStack(stack);
    m_group->setActiveStack(stack);
}

void UndoActions::retranslate()
{
    const QString undo = m_group->undoText();
    const QString redo = m_group->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(inSentence(undo)));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(inSentence(redo)));
}

} // namespace laatu::gui
