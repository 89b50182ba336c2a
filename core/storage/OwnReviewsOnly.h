#pragma once

#include "StorageError.h"

#include <QCoreApplication>

namespace laatu {

class Database;

// Narrows one read-only connection to this laptop's own reviews, leaving the programme copy
// (pulled reviews) out: TEMP views named review and site shadow the tables for this
// connection only (SQLite resolves an unqualified name in temp first), so every query of the
// comparison, the history and the CSV sees own reviews only without SQL of its own.
class OwnReviewsOnly
{
    Q_DECLARE_TR_FUNCTIONS(OwnReviewsOnly)

public:
    static StorageError apply(Database &database);
};

} // namespace laatu
