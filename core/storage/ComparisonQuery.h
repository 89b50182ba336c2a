#pragma once

#include "StorageError.h"

#include "review/ReviewEnums.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

class Database;

// One review of a county comparison with its consensus ratings, as read from the database.
struct ComparisonRow
{
    qint64 reviewId = 0;
    QString reviewUuid;
    qint64 siteId = 0;
    QString siteUuid;
    QString siteName;
    QString municipality;
    QDate visitStart;
    ReviewKind kind = ReviewKind::External;
    ReviewStatus status = ReviewStatus::Draft;
    QString catalogId;
    QString catalogVersion;
    QHash<QString, int> consensus; // criterion id -> consensus rating
};

// The reviews of the sites of one county in a period in one statement, one row per review with
// its consensus ratings: the latest final review per site (one indexed probe per site) or all
// of them. Read-only; its cost follows the number of rows it gives, not the file's history.
class ComparisonQuery
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonQuery)

public:
    struct Filter
    {
        QString county;
        QDate from; // visit start on or after; invalid: no lower bound
        QDate to; // visit start on or before; invalid: no upper bound
        bool latestPerSite = true;
        bool includeSelfAssessments = true;
        // With latestPerSite: the latest *final* review of each site, so that a review still
        // being rated or agreed never hides the site's last complete total; true takes the
        // latest review whatever its status. Every review in the period is listed without
        // latestPerSite, drafts included (each row has its status).
        bool includeUnfinished = false;
    };

    explicit ComparisonQuery(Database &database);

    // Rows by site name, site, visit date.
    StorageError load(const Filter &filter, QList<ComparisonRow> &rows);
    // The counties that have sites, sorted.
    StorageError counties(QStringList &counties);

private:
    Database &m_database;
};

} // namespace laatu
