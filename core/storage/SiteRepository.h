#pragma once

#include "StorageError.h"

#include "review/Site.h"

#include <QCoreApplication>
#include <QList>

namespace laatu {

class Database;

// The services that are reviewed, also those without a review yet: listed, added, renamed and
// archived apart from their reviews. Each change is one short transaction.
class SiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)

public:
    explicit SiteRepository(Database &database);

    // Every site, archived ones included, by county and name.
    StorageError listSites(QList<Site> &sites);
    // Adds the site (by its UUID) or updates its details; sets site.id.
    StorageError saveSite(Site &site);
    // The site with this UUID (`found` false when there is none) and how many of its reviews
    // are final: a final review's site is as locked as the review.
    StorageError findSite(const QString &uuid, Site &site, bool &found, int &finalReviews);

private:
    Database &m_database;
};

} // namespace laatu
