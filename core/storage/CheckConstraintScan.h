#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace laatu {

// The CHECK constraints of every table, verified row by row. SQLite's integrity_check does
// this only on a connection that may write (on a read-only one it does not even parse the
// constraints), so a read-only check (laatu-cli check, the check of a backup) would call a file
// with a status no Laatu writes "ok". This scan finds those rows on any connection: one finding
// per violated constraint, naming the table, the constraint and how many rows break it.
class CheckConstraintScan
{
    Q_DECLARE_TR_FUNCTIONS(CheckConstraintScan)

public:
    static StorageError scan(QSqlDatabase &db, QStringList &findings);
    // The expressions of the CHECK constraints in one CREATE TABLE statement, in order.
    static QStringList expressions(const QString &createTable);
};

} // namespace laatu
