#pragma once

#include "storage/OutboxRepository.h"

#include <QIcon>

namespace laatu::gui {

// The small icon beside a review's status in the list that says where it stands with the
// programme server: an arrow up (sent, or still to send), a check (on the server as it is
// here), a mark (changed since, or a conflict), an arrow down (pulled from the programme).
// Painted, like StateIcons, so it is crisp at any scale; the words are in the row's tooltip
// and accessible text, never in the colour alone.
class PublicationIcons
{
public:
    static QIcon icon(OutboxRepository::Publication publication);
    // As wide as the others and empty: a draft's status lines up with the final ones'.
    static QIcon blank();
};

} // namespace laatu::gui
