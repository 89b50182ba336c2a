#pragma once

#include "StorageError.h"

#include "review/SiteOutcome.h"

#include <QCoreApplication>
#include <QList>

namespace laatu {

class Database;

// Outcomes per site and period (site_outcome, schema version 2). Setting the same period
// again replaces its figures; each change is one short transaction.
class OutcomeRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeRepository)

public:
    explicit OutcomeRepository(Database &database);

    // Checks the figures (dates, end not before start, 0 <= employed <= coached) before writing.
    StorageError setOutcome(qint64 siteId, const SiteOutcome &outcome);
    StorageError removeOutcome(qint64 siteId, const QDate &periodStart, const QDate &periodEnd);
    // The site's outcomes by period start.
    StorageError listOutcomes(qint64 siteId, QList<SiteOutcome> &outcomes);

    // Why the figures cannot be stored, or empty when they can.
    static QString problem(const SiteOutcome &outcome);

private:
    Database &m_database;
};

} // namespace laatu
