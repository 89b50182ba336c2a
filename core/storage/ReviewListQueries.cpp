#include "ReviewListQueries.h"

#include "Database.h"
#include "SqlStatement.h"

#include <QCollator>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace laatu {

namespace {
// The texts come as their UTF-8 bytes (CAST AS BLOB) and are decoded here: SQLite's own
// conversion to the UTF-16 that QtSql asks for took a third of the whole start-up at 4,000
// sites. An empty column reads as the empty text it is, as through QtSql's own conversion
// (never a null string).
QString textOf(const QVariant &bytes)
{
    QString decoded = QString::fromUtf8(bytes.toByteArray());
    return decoded.isNull() ? QStringLiteral("") : decoded;
}
} // namespace

// The messages are the repositories' own (already translated).
ReviewListQueries::ReviewListQueries(Database &database)
    : m_database(database)
{ }

ReviewListQueries::Listing ReviewListQueries::readListing(const QLocale &collation)
{
    Listing listing;
    listing.path = m_database.path();
    listing.error = listSites(listing.sites);
    if (!listing.error)
        listing.error = countReviews(listing.total);
    if (listing.error)
        listing.sites.clear(); // a read that failed half-way lists nothing
    else
        sortForList(listing.sites, collation);
    return listing;
}

std::future<ReviewListQueries::Listing>
ReviewListQueries::readListingInBackground(const Database::CompanionTicket &ticket,
                                           const QLocale &collation)
{
    return std::async(std::launch::async, [ticket, collation] {
        // The connection is made, used and closed on this thread, to which it belongs.
        StorageError error;
        std::unique_ptr<Database> reader = Database::openCompanion(ticket, error);
        if (!reader) {
            Listing failed;
            failed.path = ticket.path;
            failed.error = error;
            return failed;
        }
        return ReviewListQueries(*reader).readListing(collation);
    });
}

std::future<ReviewListQueries::Listing>
ReviewListQueries::readListingAhead(const QString &path, const QLocale &collation)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || !Database::isInWalMode(canonical))
        return {};
    return readListingInBackground({canonical, true}, collation);
}

void ReviewListQueries::sortForList(QList<ListedSite> &sites, const QLocale &collation)
{
    // Sorted by collation keys, made once per text: comparing with localeAwareCompare at each
    // step made sorting 4,000 sites cost as much as reading them. A few counties are ranked by
    // comparing them; thousands of names by their keys.
    QCollator collator(collation);
    // "Site 2" before "Site 10", as a person counts.
    collator.setNumericMode(true);
    QStringList countyNames;
    QList<QCollatorSortKey> nameKeys;
    nameKeys.reserve(sites.size());
    for (const ListedSite &entry : std::as_const(sites)) {
        if (!countyNames.contains(entry.site.county))
            countyNames << entry.site.county;
        nameKeys << collator.sortKey(entry.site.name);
    }
    std::stable_sort(
        countyNames.begin(), countyNames.end(),
        [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QHash<QString, int> countyRank;
    for (int rank = 0; rank < countyNames.size(); ++rank)
        countyRank.insert(countyNames.at(rank), rank);
    QList<int> countyOf(sites.size());
    for (int i = 0; i < sites.size(); ++i)
        countyOf[i] = countyRank.value(sites.at(i).site.county);
    QList<int> order(sites.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (countyOf.at(a) != countyOf.at(b))
            return countyOf.at(a) < countyOf.at(b);
        return nameKeys.at(a).compare(nameKeys.at(b)) < 0;
    });
    QList<ListedSite> sorted;
    sorted.reserve(sites.size());
    for (const int from : std::as_const(order))
        sorted << sites.at(from);
    sites = std::move(sorted);
}

StorageError ReviewListQueries::listSites(QList<ListedSite> &sites)
{
    sites.clear();
    const QString what = QCoreApplication::translate("SiteRepository", "listing the sites");
    // No ORDER BY: the list sorts the sites as the user's language sorts text, which SQL cannot.
    // Only what the rows show: each column more is a twentieth of the window's start at
    // 4,000 sites.
    // Whether the site is archived and whether it has reviews come as one number (a value less
    // through QtSql per site), and a county's text is decoded once: the sites of one county
    // share it.
    SqlStatement query(
        m_database.sql(),
        QStringLiteral("SELECT s.id, CAST(s.uuid AS BLOB), CAST(s.name AS BLOB),"
                       " CAST(s.county AS BLOB),"
                       " (CAST(s.archived AS INTEGER) <> 0) + 2 * EXISTS (SELECT 1 FROM review r"
                       "  WHERE r.site_id = s.id)"
                       " FROM site s"));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    QHash<QByteArray, QString> counties;
    while (query.next()) {
        ListedSite entry;
        entry.site.id = query.value(0).toLongLong();
        entry.site.uuid = textOf(query.value(1));
        entry.site.name = textOf(query.value(2));
        const QByteArray county = query.value(3).toByteArray();
        auto known = counties.constFind(county);
        if (known == counties.cend())
            known = counties.insert(county, textOf(county));
        entry.site.county = known.value();
        const int flags = query.value(4).toInt();
        entry.site.archived = (flags & 1) != 0;
        entry.hasReviews = (flags & 2) != 0;
        sites << entry;
    }
    return m_database.markIfDamaged(query.readError(what));
}

StorageError ReviewListQueries::completeSites(QList<ListedSite> &sites)
{
    const QString what = QCoreApplication::translate("SiteRepository", "listing the sites");
    QHash<qint64, int> positions;
    positions.reserve(sites.size());
    for (int i = 0; i < sites.size(); ++i)
        positions.insert(sites.at(i).site.id, i);
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT id, CAST(organisation AS BLOB), CAST(unit AS BLOB),"
                                      " CAST(municipality AS BLOB) FROM site"));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    while (query.next()) {
        const auto it = positions.constFind(query.value(0).toLongLong());
        if (it == positions.cend())
            continue; // added since the list was read: it comes with the next read
        Site &site = sites[it.value()].site;
        site.organisation = textOf(query.value(1));
        site.unit = textOf(query.value(2));
        site.municipality = textOf(query.value(3));
    }
    return m_database.markIfDamaged(query.readError(what));
}

StorageError ReviewListQueries::countSiteReviews(qint64 siteId, int &count)
{
    count = 0;
    const QString what = QCoreApplication::translate("ReviewRepository", "counting the reviews");
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT count(*) FROM review WHERE site_id = ?"));
    query.bind(siteId);
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    if (query.next())
        count = query.value(0).toInt();
    return m_database.markIfDamaged(query.readError(what));
}

StorageError ReviewListQueries::countReviews(int &total)
{
    total = 0;
    const QString what = QCoreApplication::translate("ReviewRepository", "counting the reviews");
    SqlStatement query(m_database.sql(), QStringLiteral("SELECT count(*) FROM review"));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    if (query.next())
        total = query.value(0).toInt();
    return m_database.markIfDamaged(query.readError(what));
}

} // namespace laatu
