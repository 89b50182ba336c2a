#include "ShownSiteHistory.h"

#include "storage/ReviewRepository.h"

namespace laatu::gui {

ShownSiteHistory::ShownSiteHistory(ReviewRepository &repository)
    : m_repository(repository)
{ }

const Instrument *ShownSiteHistory::instrumentOf(int entryIndex) const
{
    if (entryIndex < 0 || entryIndex >= m_history.entries().size())
        return nullptr;
    const SiteHistory::Entry &entry = m_history.entries().at(entryIndex);
    StorageError ignored; // a review of an unknown catalog is shown without catalog texts
    return m_repository.catalog(entry.catalogId, entry.catalogVersion, ignored);
}

} // namespace laatu::gui
