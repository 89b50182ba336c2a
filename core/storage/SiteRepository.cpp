#include "SiteRepository.h"

#include "Database.h"
#include "ReviewDocumentWriter.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include "review/ReviewTextCheck.h"

namespace laatu {

SiteRepository::SiteRepository(Database &database)
    : m_database(database)
{ }

StorageError SiteRepository::listSites(QList<Site> &sites)
{
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT id, uuid, name, organisation, unit, municipality,"
                                      " county, archived FROM site ORDER BY county, name, id"));
    if (StorageError error = query.exec(tr("listing the sites")))
        return error;
    while (query.next()) {
        Site site;
        site.id = query.value(0).toLongLong();
        site.uuid = query.value(1).toString();
        site.name = query.value(2).toString();
        site.organisation = query.value(3).toString();
        site.unit = query.value(4).toString();
        site.municipality = query.value(5).toString();
        site.county = query.value(6).toString();
        site.archived = query.value(7).toInt() != 0;
        sites << site;
    }
    return query.readError(tr("listing the sites"));
}

StorageError SiteRepository::findSite(const QString &uuid, Site &site, bool &found,
                                      int &finalReviews)
{
    const QString what = tr("reading the site %1").arg(uuid);
    found = false;
    finalReviews = 0;
    SqlStatement query(
        m_database.sql(),
        QStringLiteral("SELECT s.id, s.uuid, s.name, s.organisation, s.unit, s.municipality,"
                       " s.county, s.archived,"
                       " (SELECT count(*) FROM review r WHERE r.site_id = s.id"
                       " AND r.status = 'final') FROM site s WHERE s.uuid = ?"));
    query.bind(uuid);
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    if (!query.next())
        return m_database.markIfDamaged(query.readError(what));
    found = true;
    site.id = query.value(0).toLongLong();
    site.uuid = query.value(1).toString();
    site.name = query.value(2).toString();
    site.organisation = query.value(3).toString();
    site.unit = query.value(4).toString();
    site.municipality = query.value(5).toString();
    site.county = query.value(6).toString();
    site.archived = query.value(7).toInt() != 0;
    finalReviews = query.value(8).toInt();
    return {};
}

StorageError SiteRepository::saveSite(Site &site)
{
    const QString what = tr("saving the site %1").arg(site.name);
    if (site.uuid.isEmpty() || site.name.trimmed().isEmpty())
        return {StorageError::InvalidInput, tr("A site needs a name.")};
    // The site dialog, the review wizard and review files all end here: one rule for names.
    if (const QStringList problems = ReviewTextCheck::siteProblems(site); !problems.isEmpty())
        return {StorageError::InvalidInput, problems.join(QLatin1Char('\n'))};
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    ReviewDocumentWriter writer(m_database.sql());
    if (StorageError error = writer.upsertSite(site))
        return m_database.markIfDamaged(error);
    return m_database.markIfDamaged(transaction.commit(what));
}

} // namespace laatu
