#pragma once

#include <QObject>

class QAction;
class QMenu;
class QUndoGroup;
class QUndoStack;

namespace laatu::gui {

// Edit → Undo and Redo, following whichever review is open (each review has its own stack).
class UndoActions : public QObject
{
    Q_OBJECT

public:
    // Adds Undo and Redo to `menu`.
    explicit UndoActions(QMenu *menu);

    // Undo and redo now act on `stack` (the open review's).
    void follow(QUndoStack *stack);
    void retranslate();
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

signals:
    // After an undo or redo: what was undone or redone, for the status bar.
    void stepped(const QString &message);

private:
    static QString inSentence(const QString &text);

    QUndoGroup *m_group;
    QAction *m_undoAction;
    QAction *m_redoAction;
};

} // namespace laatu::gui
