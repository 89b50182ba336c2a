#pragma once

#include "StorageError.h"

#include "review/Site.h"

#include <QCoreApplication>
#include <QList>

namespace laatu {

class Database;

// The lean reads of the review list (issue 13): what its first frame shows, and one site's
// count when it is asked for, each through an index, so the window's start does not grow with
// the history. The reviews of a site come from ReviewRepository::listSiteReviews.
class ReviewListQueries
{
public:
    struct ListedSite
    {
        Site site;
        bool hasReviews = false;
    };

    explicit ReviewListQueries(Database &database);

    // Every site, archived ones too, each with whether it has any review (one probe of the
    // index review_by_site per site: no review is counted). In no particular order: the list
    // sorts them as the user's language sorts text, which SQL cannot.
    StorageError listSites(QList<ListedSite> &sites);
    // How many reviews the site has (a range of the index review_by_site).
    StorageError countSiteReviews(qint64 siteId, int &count);
    // How many reviews the database holds (SQLite counts the smallest index).
    StorageError countReviews(int &total);

private:
    Database &m_database;
};

} // namespace laatu
