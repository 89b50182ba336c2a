#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace laatu {

// The whole-file check of a database on demand (laatu-cli check, the check of every backup):
// quick_check, integrity_check, foreign_key_check and, on a read-only connection (whose
// integrity_check skips them), the CHECK constraints. `report` gets one line per check naming
// every row it returned; Corrupt, listing them all, when any returned a problem.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    static StorageError run(QSqlDatabase &db, bool readOnlyConnection, QStringList &report);
};

} // namespace laatu
