#pragma once

#include <QUndoCommand>

#include <functional>

namespace laatu::gui {

// One saved edit of the open review, undoable. The edit is written to the database before the
// command is pushed (so a refused write never reaches the stack); redo() therefore skips its
// first call. Consecutive edits of the same text field merge into one step, as in an editor.
class SessionEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<bool()>;

    SessionEditCommand(const QString &text, Apply redo, Apply undo, int mergeId = -1,
                       QString mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Apply m_redo;
    Apply m_undo;
    int m_mergeId;
    QString m_mergeKey;
    bool m_firstRedo = true;
};

} // namespace laatu::gui
