// Hand-made schema changes are noticed (issue 12, item 12): opening for writing compares
// sqlite_schema with what Laatu's own migrations make for the file's user_version and refuses
// an added trigger, view, index or table, a missing one, an altered table, and a journal mode
// other than WAL, with a message naming the difference; the file is left as it was. Read-only
// commands still open in O(1). The tampers are generated over every table and index of the
// schema, so a table added by a new migration is covered without touching this test.
#include "ReliabilitySupport.h"

#include "storage/SchemaCheck.h"

#include <QTemporaryDir>

using namespace laatu;
using namespace laatu::test;

namespace {

struct Tamper
{
    QString label;
    QStringList statements;
    QString named; // what the refusal must name
};

QStringList queryColumn(const QString &path, const QString &sql)
{
    QStringList names;
    const QString connection = QStringLiteral("schema-names");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        while (query.next())
            names << query.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

QStringList schemaNames(const QString &path, const QString &type)
{
    return queryColumn(path,
                       QStringLiteral("SELECT name FROM sqlite_schema WHERE type = '%1' AND "
                                      "name NOT LIKE 'sqlite_%' ORDER BY name")
                           .arg(type));
}

QList<Tamper> tampers(const QString &path)
{
    QList<Tamper> result;
    const QStringList tables = schemaNames(path, QStringLiteral("table"));
    REQUIRE(tables.contains(QStringLiteral("audit_log")));
    for (const QString &table : tables) {
        const QString trigger = QStringLiteral("sneaky_%1").arg(table);
        result.append({QStringLiteral("trigger on ") + table,
                       {QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN SELECT 1; END")
                            .arg(trigger, table)},
                       trigger});
        const QString index = QStringLiteral("extra_%1").arg(table);
        result.append({QStringLiteral("index on ") + table,
                       {QStringLiteral("CREATE INDEX %1 ON %2(%3)")
                            .arg(index, table,
                                 queryColumn(path,
                                             QStringLiteral("SELECT name FROM "
                                                            "pragma_table_info('%1')")
                                                 .arg(table))
                                     .value(0))},
                       index});
        result.append({QStringLiteral("column added to ") + table,
                       {QStringLiteral("ALTER TABLE %1 ADD COLUMN extra TEXT").arg(table)},
                       table});
        result.append({QStringLiteral("table dropped: ") + table,
                       {QStringLiteral("PRAGMA foreign_keys = OFF"),
                        QStringLiteral("DROP TABLE %1").arg(table)},
                       table});
    }
    for (const QString &index : schemaNames(path, QStringLiteral("index")))
        result.append({QStringLiteral("index dropped: ") + index,
                       {QStringLiteral("DROP INDEX %1").arg(index)},
                       index});
    result.append({QStringLiteral("view added"),
                   {QStringLiteral("CREATE VIEW peek AS SELECT * FROM site")},
                   QStringLiteral("peek")});
    result.append({QStringLiteral("table added"),
                   {QStringLiteral("CREATE TABLE stash (x)")},
                   QStringLiteral("stash")});
    result.append({QStringLiteral("journal mode changed"),
                   {QStringLiteral("PRAGMA journal_mode = DELETE")},
                   QStringLiteral("journal mode")});
    return result;
}

} // namespace

TEST_CASE("a schema changed by hand is refused for writing, named, and left as it is",
          "[reliability][schema]")
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.db"));
    makeDemoDatabase(pristine, 1, 2);
    int refused = 0;
    for (const Tamper &tamper : tampers(pristine)) {
        INFO(tamper.label.toStdString());
        const QString path = dir.filePath(QStringLiteral("tampered.db"));
        QFile::remove(path);
        REQUIRE(QFile::copy(pristine, path));
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString problem = runRawSql(path, tamper.statements);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        const QByteArray before = sha256Of(path);

        StorageError error;
        {
            const std::unique_ptr<Database> writer = Database::open(path, {}, error);
            CHECK_FALSE(writer);
        }
        INFO(error.message().toStdString());
        CHECK(error.code() == StorageError::Corrupt);
        // A dropped table that others refer to is found by the foreign-key check first.
        CHECK(error.message().contains(QStringLiteral("damaged")));
        CHECK(error.message().contains(tamper.named));
        CHECK(sha256Of(path) == before);

        // The deferred writer checks (the GUI's) refuse at the first write.
        {
            Database::Options deferred;
            deferred.deferWriterChecks = true;
            std::unique_ptr<Database> writer = Database::open(path, deferred, error);
            if (writer) {
                CHECK(writer->completeWriterChecks().code() == StorageError::Corrupt);
                CHECK(writer->isReadOnly());
            }
        }
        // laatu-cli check names it too.
        {
            Database::Options readOnly;
            readOnly.readOnly = true;
            std::unique_ptr<Database> reader = Database::open(path, readOnly, error);
            REQUIRE(reader);
            QStringList report;
            const StorageError checked = reader->check(report);
            if (!tamper.named.contains(QLatin1String("journal"))) {
                CHECK(checked.code() == StorageError::Corrupt);
                CHECK(report.join(QLatin1Char('\n')).contains(tamper.named));
            }
        }
        CHECK(sha256Of(path) == before);
        ++refused;
    }
    CHECK(refused > 40);

    // The untouched file opens for writing, and its check says the schema is ok.
    StorageError error;
    std::unique_ptr<Database> writer = Database::open(pristine, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(writer);
    QStringList report;
    CHECK_FALSE(writer->check(report));
    CHECK(report.contains(QStringLiteral("schema: ok")));
}

TEST_CASE("schema comparison ignores only whitespace", "[reliability][schema]")
{
    CHECK(SchemaCheck::normalised(QStringLiteral("CREATE TABLE a (\n  x  INTEGER ,\ty )"))
          == QStringLiteral("CREATE TABLE a (x INTEGER , y)"));
    CHECK(SchemaCheck::normalised(QStringLiteral("CREATE TABLE a (x)"))
          != SchemaCheck::normalised(QStringLiteral("CREATE TABLE a (x, y)")));
}
