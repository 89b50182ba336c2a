#include "SessionEditCommand.h"

namespace laatu::gui {

SessionEditCommand::SessionEditCommand(const QString &text, Apply redo, Apply undo, int mergeId,
                                       QString mergeKey)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_mergeId(mergeId)
    , m_mergeKey(std::move(mergeKey))
{ }

void SessionEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    m_redo();
}

void SessionEditCommand::undo()
{
    m_undo();
}

bool SessionEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SessionEditCommand *>(other);
    if (m_mergeId < 0 || edit->m_mergeKey != m_mergeKey)
        return false;
    // Keep this command's undo (the text before typing began) and take the newer redo.
    m_redo = edit->m_redo;
    return true;
}

} // namespace laatu::gui
