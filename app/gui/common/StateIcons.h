#pragma once

#include <QIcon>

namespace laatu::gui {

// The small icons that say a criterion's state in the side list: painted, so they are crisp
// at any scale and need no image files.
class StateIcons
{
public:
    enum class State { Unrated, Rated, RatersDiffer, RatersDifferByTwo };

    static QIcon icon(State state, bool hasNotes, const QColor &accent);
};

} // namespace laatu::gui
