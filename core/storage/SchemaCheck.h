#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace laatu {

// Whether a database's schema is exactly the one Laatu made for its user_version: every
// table, index, view and trigger in sqlite_schema (type, name, table, SQL with its whitespace
// normalised) against the set the project's own migrations build in an in-memory database,
// so a new migration is covered the moment it exists. A trigger added by hand would run
// inside Laatu's transactions; a dropped audit_log or index would fail later or silently; a
// journal mode other than WAL gives up the crash safety the rules rest on. Each is refused
// before anything is written.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // `differences` gets one phrase per difference ("an extra trigger \"x\" on review");
    // an error only when the schema could not be read.
    static StorageError compare(QSqlDatabase &db, QStringList &differences);
    // The whole check for a connection that is about to write: the schema and the journal
    // mode. Corrupt with a message naming the file and every difference.
    static StorageError run(QSqlDatabase &db, const QString &nativePath);

    // O(1), from the file header: a journal mode other than WAL in a file with tables.
    static StorageError journalMode(QSqlDatabase &db, QStringList &differences);
    static StorageError refusal(const QString &nativePath, const QStringList &differences);

    // The SQL as compared: runs of whitespace as one space, no space inside parentheses.
    static QString normalised(const QString &sql);
};

} // namespace laatu
