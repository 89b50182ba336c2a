// reliability.md rule 2 and issue 12: every row of integrity_check and foreign_key_check
// counts, a CHECK constraint bypassed (another program writing with ignore_check_constraints)
// is found also by a read-only check, a backup of such a file is not called checked, and a
// value read back that is none of Laatu's is an error, never quietly a draft.
#include "../cli/CliRun.h"
#include "ReliabilitySupport.h"

#include "storage/BackupService.h"
#include "storage/CheckConstraintScan.h"

#include <QTemporaryDir>

using namespace laatu;
using laatu::test::runCli;
using laatu::test::withDb;

namespace {
QString damagedBy(QTemporaryDir &dir, const QStringList &statements)
{
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    test::makeDemoDatabase(path, 2, 2);
    REQUIRE(test::runRawSql(path, statements).isEmpty());
    return path;
}
} // namespace

TEST_CASE("the CHECK constraints of a CREATE TABLE are found whatever surrounds them",
          "[reliability][check]")
{
    CHECK(CheckConstraintScan::expressions(
              QStringLiteral("CREATE TABLE t (a TEXT NOT NULL CHECK (a IN ('x)', 'y''(')),"
                             " -- CHECK (commented)\n b INTEGER /* CHECK (no) */ check(b >= (0)),"
                             " \"check\" INTEGER, CONSTRAINT named CHECK(b <= a))"))
          == QStringList {QStringLiteral("a IN ('x)', 'y''(')"), QStringLiteral("b >= (0)"),
                          QStringLiteral("b <= a")});
    CHECK(CheckConstraintScan::expressions(QStringLiteral("CREATE TABLE t (a, b)")).isEmpty());
}

TEST_CASE("a status written past the CHECK constraint fails check, backup and every reader",
          "[reliability][check]")
{
    QTemporaryDir dir;
    const QString path
        = damagedBy(dir,
                    {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                     QStringLiteral("UPDATE review SET status = 'bogus' WHERE id = 1")});

    const test::CliResult check = runCli(withDb(path, {QStringLiteral("check")}));
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 4);
    CHECK(check.out.contains(QStringLiteral("CHECK constraint failed in review")));
    CHECK_FALSE(check.out.contains(QStringLiteral("no problems found")));

    // The backup is made, checked, found wanting and not kept.
    const test::CliResult backup = runCli(withDb(path, {QStringLiteral("backup")}));
    INFO(backup.out.toStdString() << backup.err.toStdString());
    CHECK(backup.exitCode == 4);
    CHECK_FALSE(backup.out.contains(QStringLiteral("written and checked")));
    CHECK(backup.err.contains(QStringLiteral("did not pass its check")));
    CHECK_FALSE(QFileInfo::exists(BackupService::defaultFolder(path))); // nothing left

    // The readers name the row and the value instead of showing a draft.
    const QString out = dir.filePath(QStringLiteral("review.json"));
    for (const QStringList &command : {QStringList {QStringLiteral("list")},
                                       QStringList {QStringLiteral("show"), QStringLiteral("1")},
                                       QStringList {QStringLiteral("export"), QStringLiteral("1"),
                                                    QStringLiteral("--out"), out}}) {
        const test::CliResult run = runCli(withDb(path, command));
        INFO(command.join(QLatin1Char(' ')).toStdString()
             << ": " << run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 4);
        CHECK(run.err.contains(QStringLiteral("the status \"bogus\"")));
        CHECK_FALSE(run.out.contains(QStringLiteral("draft")));
    }
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("check names every row foreign_key_check returns", "[reliability][check]")
{
    QTemporaryDir dir;
    const QString path = damagedBy(
        dir, {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DELETE FROM site")});
    const test::CliResult check = runCli(withDb(path, {QStringLiteral("check")}));
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 4);
    // Four reviews lost their sites: four rows, each reported.
    CHECK(check.out.count(QStringLiteral("a row of review refers to a missing row of site")) == 4);
    CHECK(check.err.contains(QStringLiteral("problem")));
}

TEST_CASE("a finding kind or action status none of Laatu's is an error when read",
          "[reliability][check]")
{
    QTemporaryDir dir;
    const QString path = damagedBy(dir,
                                   {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                    QStringLiteral("UPDATE finding SET kind = 'praise'"),
                                    QStringLiteral("UPDATE action_item SET status = 'later'")});
    const test::CliResult show
        = runCli(withDb(path, {QStringLiteral("show"), QStringLiteral("1")}));
    INFO(show.out.toStdString() << show.err.toStdString());
    CHECK(show.exitCode == 4);
    CHECK((show.err.contains(QStringLiteral("\"praise\""))
           || show.err.contains(QStringLiteral("\"later\""))));
}

TEST_CASE("a damaged database is described once, not a message inside a message",
          "[reliability][check]")
{
    QTemporaryDir dir;
    const QString lostVersion
        = damagedBy(dir, {QStringLiteral("PRAGMA user_version = 0")}); // laatu.db
    QTemporaryDir other;
    const QString malformed = other.filePath(QStringLiteral("malformed.db"));
    test::makeDemoDatabase(malformed, 1, 1);
    {
        QFile file(malformed);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(100); // the first page's b-tree header, just after the file header
        file.write(QByteArray(200, '\xff'));
    }
    for (const QString &path : {lostVersion, malformed}) {
        const test::CliResult list = runCli(withDb(path, {QStringLiteral("list")}));
        INFO(list.err.toStdString());
        CHECK(list.exitCode == 4);
        CHECK(list.err.count(QStringLiteral("restore the newest backup")) == 1);
        CHECK(list.err.count(QStringLiteral("damaged")) == 1);
    }
}
