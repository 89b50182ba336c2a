#pragma once

#include "Database.h"
#include "StorageError.h"

#include "review/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <future>

namespace laatu {

// The lean reads of the review list (issue 13): what its first frame shows, and one site's
// count when it is asked for, each through an index, so the window's start does not grow with
// the history. The reviews of a site come from ReviewRepository::listSiteReviews.
class ReviewListQueries
{
public:
    struct ListedSite
    {
        // Its id, uuid, name, county and whether it is archived; the organisation, unit and
        // municipality only once completeSites() read them.
        Site site;
        bool hasReviews = false;
    };

    // What the list's first frame needs: every site, in list order (sortForList), and how
    // many reviews there are.
    struct Listing
    {
        QString path; // of the database read
        QList<ListedSite> sites;
        int total = 0;
        StorageError error;
    };
    // By county, then name, as `collation` sorts text (the user's language; SQL cannot), with
    // numbers in names in their numeric order.
    static void sortForList(QList<ListedSite> &sites, const QLocale &collation);

    explicit ReviewListQueries(Database &database);

    // The sites sorted for `collation` (the system's: the list's order for the whole process).
    Listing readListing(const QLocale &collation);
    // readListing() on a thread of its own over its own read-only connection (`ticket` from
    // Database::readerTicket), so that the window is made meanwhile: at 4,000 sites reading
    // and sorting take about as long as making the window.
    static std::future<Listing> readListingInBackground(const Database::CompanionTicket &ticket,
                                                        const QLocale &collation);
    // The same read started before the database at `path` is opened, so that it runs while the
    // file is opened and checked, not only while the window is made. Only for a file in WAL
    // mode (its header says so), where a reader never holds up the opening writer; otherwise,
    // and when there is no file, no read is started (the future is not valid). The caller takes
    // the listing only for the file it then opened as it was read: not put back from a backup,
    // not upgraded (Database::upgradedAtOpen), and at the same path (Listing::path is canonical,
    // as Database::path() is).
    static std::future<Listing> readListingAhead(const QString &path, const QLocale &collation);

    // The organisation, unit and municipality of every site listSites() gave (the filter and
    // the site dialogs need them; the first frame does not).
    StorageError completeSites(QList<ListedSite> &sites);
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
