#include "SchemaCheck.h"

#include "SchemaMigrations.h"

#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace laatu {

namespace {
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
};
using Schema = QMap<QString, SchemaObject>; // by name: SQLite names are unique per schema

StorageError readSchema(QSqlDatabase &db, Schema &schema)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema")))
        return StorageError::fromSql(query.lastError(), SchemaCheck::tr("reading the schema"));
    while (query.next())
        schema.insert(query.value(1).toString(),
                      {query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(),
                       SchemaCheck::normalised(query.value(3).toString())});
    if (query.lastError().isValid())
        return StorageError::fromSql(query.lastError(), SchemaCheck::tr("reading the schema"));
    return {};
}

// What the migrations make for `version`, built once per version and process.
StorageError expectedSchema(int version, Schema &schema)
{
    static QMutex mutex;
    static QMap<int, Schema> built;
    const QMutexLocker locker(&mutex);
    if (const auto it = built.constFind(version); it != built.constEnd()) {
        schema = *it;
        return {};
    }
    const QString name = QStringLiteral("laatu-expected-schema-%1")
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    StorageError error;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (!memory.open())
            error
                = StorageError::fromSql(memory.lastError(), SchemaCheck::tr("building the schema"));
        for (int step = 1; !error && step <= version; ++step)
            error = SchemaMigrations::migrateTo(memory, step);
        if (!error)
            error = readSchema(memory, schema);
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error)
        built.insert(version, schema);
    return error;
}

QString describe(const SchemaObject &object)
{
    if (object.type == QLatin1String("table"))
        return SchemaCheck::tr("the table \"%1\"").arg(object.name);
    if (object.type == QLatin1String("index"))
        return SchemaCheck::tr("the index \"%1\" on %2").arg(object.name, object.table);
    if (object.type == QLatin1String("trigger"))
        return SchemaCheck::tr("the trigger \"%1\" on %2").arg(object.name, object.table);
    if (object.type == QLatin1String("view"))
        return SchemaCheck::tr("the view \"%1\"").arg(object.name);
    return SchemaCheck::tr("the %1 \"%2\"").arg(object.type, object.name);
}
} // namespace

QString SchemaCheck::normalised(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression afterOpen(QStringLiteral("\\( "));
    static const QRegularExpression beforeClose(QStringLiteral(" \\)"));
    QString result = sql;
    result.replace(space, QStringLiteral(" "));
    result.replace(afterOpen, QStringLiteral("("));
    result.replace(beforeClose, QStringLiteral(")"));
    return result.trimmed();
}

StorageError SchemaCheck::compare(QSqlDatabase &db, QStringList &differences)
{
    QSqlQuery versionQuery(db);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next())
        return StorageError::fromSql(versionQuery.lastError(), tr("reading the schema"));
    const int version = versionQuery.value(0).toInt();
    versionQuery.finish();
    Schema actual;
    Schema expected;
    if (StorageError error = readSchema(db, actual))
        return error;
    if (StorageError error = expectedSchema(version, expected))
        return error;
    for (const SchemaObject &object : expected) {
        const auto found = actual.constFind(object.name);
        if (found == actual.constEnd())
            differences << tr("%1 is missing").arg(describe(object));
        else if (found->type != object.type || found->table != object.table
                 || found->sql != object.sql)
            differences << tr("%1 is not as Laatu made it").arg(describe(*found));
    }
    for (const SchemaObject &object : actual)
        if (!expected.contains(object.name))
            differences << tr("%1 was added").arg(describe(object));
    return {};
}

StorageError SchemaCheck::journalMode(QSqlDatabase &db, QStringList &differences)
{
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode")) || !journal.next())
        return StorageError::fromSql(journal.lastError(), tr("reading the journal mode"));
    const QString mode = journal.value(0).toString();
    journal.finish();
    // A new, still empty file starts in SQLite's default mode; Laatu sets WAL before the
    // first table exists, and a file with our tables has had it ever since.
    QSqlQuery tables(db);
    const bool empty = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))
        && tables.next() && tables.value(0).toInt() == 0;
    tables.finish();
    if (mode != QLatin1String("wal") && !empty)
        differences << tr("the journal mode is \"%1\", not \"wal\"").arg(mode);
    return {};
}

StorageError SchemaCheck::refusal(const QString &nativePath, const QStringList &differences)
{
    return {StorageError::Corrupt,
            tr("%1 is damaged or has been changed outside Laatu (%2). Laatu does not write to "
               "it: restore the newest backup (laatu-cli restore).")
                .arg(nativePath, differences.join(QStringLiteral("; ")))};
}

StorageError SchemaCheck::run(QSqlDatabase &db, const QString &nativePath)
{
    QStringList differences;
    if (StorageError error = compare(db, differences))
        return error;
    if (StorageError error = journalMode(db, differences))
        return error;
    return differences.isEmpty() ? StorageError() : refusal(nativePath, differences);
}

} // namespace laatu
