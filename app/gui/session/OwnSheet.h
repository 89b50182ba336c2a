#pragma once

#include <QString>

namespace laatu::gui {

// Whose sheet a review opens on, on this laptop. A review handed out to a co-reviewer opens on
// the co-reviewer's own sheet, not on the first reviewer's; the choice is kept in the user's
// settings, per review, since it belongs to this laptop and not to the review.
class OwnSheet
{
public:
    // The rater UUID remembered for the review, or empty.
    static QString of(const QString &reviewUuid);
    static void remember(const QString &reviewUuid, const QString &raterUuid);
};

} // namespace laatu::gui
