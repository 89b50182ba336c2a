#include "ReviewHost.h"

#include "storage/Database.h"

namespace laatu::gui {

bool ReviewHost::isWritable() const
{
    return database() && !database()->isReadOnly();
}

} // namespace laatu::gui
