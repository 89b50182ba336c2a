#pragma once

#include "analysis/SiteHistory.h"

#include <QString>

namespace laatu {
class Instrument;
class ReviewRepository;
} // namespace laatu

namespace laatu::gui {

// What the parts of the site history view show: the chosen site's history, the language of
// the catalog texts, and the catalog each review was rated against (one site's reviews may be
// of different catalog versions). The repository must outlive it.
class ShownSiteHistory
{
public:
    explicit ShownSiteHistory(ReviewRepository &repository);

    const SiteHistory &history() const { return m_history; }
    void setHistory(const SiteHistory &history) { m_history = history; }
    const QString &language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    // Null for an index out of range or a review of an unknown catalog.
    const Instrument *instrumentOf(int entryIndex) const;
    int newestIndex() const { return int(m_history.entries().size()) - 1; }

private:
    ReviewRepository &m_repository;
    SiteHistory m_history;
    QString m_language;
};

} // namespace laatu::gui
