#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace laatu {

// The schema, built step by step: migrateTo(db, N) turns version N-1 into N. Each step runs
// inside the caller's transaction, which also sets PRAGMA user_version. SQL here is the only
// dialect-specific part of storage besides the connection opener.
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrations)

public:
    static StorageError migrateTo(QSqlDatabase &db, int version);

private:
    static StorageError migrateTo1(QSqlDatabase &db);
    static StorageError migrateTo2(QSqlDatabase &db);
    static StorageError migrateTo3(QSqlDatabase &db);
    static StorageError migrateTo4(QSqlDatabase &db);
    static StorageError migrateTo5(QSqlDatabase &db);
};

} // namespace laatu
