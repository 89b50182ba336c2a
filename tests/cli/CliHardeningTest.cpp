// Messages and exit codes of issue 12 (items 5 and 11), as a user meets them: an output file
// that is a symlink is refused and its target left alone; a full disk (here a file size limit,
// RLIMIT_FSIZE, with SIGXFSZ ignored) is named on export, CSV, report and demo, which then
// leave nothing behind; a NUL byte, an empty site name and a final review refusing
// replacement get their own message and exit code.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using laatu::test::CliResult;
using laatu::test::readAll;
using laatu::test::runCli;
using laatu::test::withDb;

namespace {

// laatu-cli under a file size limit of `blocks` (dash: 512-byte blocks), as on a disk that
// fills up.
CliResult runLimited(int blocks, const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &argument : arguments)
        quoted << QLatin1Char('\'') + argument + QLatin1Char('\'');
    QProcess process;
    process.setProcessEnvironment([] {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return environment;
    }());
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("trap '' XFSZ; ulimit -f %1; exec '%2' %3")
                       .arg(blocks)
                       .arg(QStringLiteral(LAATU_CLI_PATH), quoted.join(QLatin1Char(' ')))});
    CliResult result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString demoDatabase(QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("laatu.db"));
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("2"),
                           QStringLiteral("--reviews-per-site"), QStringLiteral("2")}))
                .exitCode
            == 0);
    return db;
}

} // namespace

TEST_CASE("files asked for are never written through a symlink, whatever the command",
          "[cli][links]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString target = dir.filePath(QStringLiteral("precious.txt"));
    const QList<QStringList> commands {
        {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out")},
        {QStringLiteral("export-csv"), QStringLiteral("--out")},
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out")},
        {QStringLiteral("export-mine"), QStringLiteral("1"), QStringLiteral("--rater"),
         QStringLiteral("Anna Arvioija"), QStringLiteral("--out")}};
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        {
            QFile file(target);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("keep me");
        }
        REQUIRE(QFile::setPermissions(
            target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const QString link = dir.filePath(QStringLiteral("out.file"));
        QFile::remove(link);
        REQUIRE(QFile::link(target, link));
        const CliResult result = runCli(withDb(db, QStringList(command) << link));
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(QStringLiteral("symbolic link")));
        CHECK(readAll(target) == QByteArray("keep me"));
        CHECK(QFileInfo(target).permissions().testFlag(QFileDevice::ReadOther));
        CHECK(QFileInfo(link).isSymLink());
    }
}

TEST_CASE("a full disk is named on CSV, report and demo, and nothing is left", "[cli][disk-full]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("laatu.db"));
    REQUIRE(runCli(withDb(db, {QStringLiteral("demo")})).exitCode == 0);
    // A reader needs SQLite's 32 KiB shared-memory file: made here, so the limit below hits
    // the output file only.
    REQUIRE(runCli(withDb(db, {QStringLiteral("list")})).exitCode == 0);
    const QList<QStringList> outputs {
        {QStringLiteral("export-csv"), QStringLiteral("--out")},
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out")}};
    for (const QStringList &command : outputs) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const QString out = dir.filePath(QStringLiteral("big.out"));
        const CliResult result = runLimited(80, withDb(db, QStringList(command) << out));
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(QStringLiteral("big.out")));
        CHECK_FALSE(result.err.contains(QStringLiteral("Unknown error")));
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(QDir(dir.path())
                  .entryList({QStringLiteral("big.out*")}, QDir::Files | QDir::Hidden)
                  .isEmpty());
    }
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
    const CliResult demo = runLimited(24, withDb(fresh, {QStringLiteral("demo")}));
    INFO(demo.err.toStdString());
    CHECK(demo.exitCode == 4);
    CHECK_FALSE(demo.err.contains(QStringLiteral("upgrading")));
    CHECK(demo.err.contains(QStringLiteral("new database")));
    CHECK(QDir(dir.path())
              .entryList({QStringLiteral("fresh.db*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("a read command on a disk with a few KiB free says the disk is full", "[cli][disk-full]")
{
    // A real full disk: a 1 MiB tmpfs in a mount namespace of its own (so nothing stays
    // mounted), filled up to 4 KiB. Needs unshare and the right to mount; skipped otherwise.
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    const QString fallocate = QStandardPaths::findExecutable(QStringLiteral("fallocate"));
    if (unshare.isEmpty() || fallocate.isEmpty()) {
        WARN("unshare or fallocate missing: full-disk read not tested");
        return;
    }
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    REQUIRE(QDir().mkpath(mountPoint));
    const QString script
        = QStringLiteral("mount -t tmpfs -o size=1m tmpfs '%1' || exit 99; cp '%2' '%1/laatu.db'; "
                         "free=$(df -B1 --output=avail '%1' | tail -1); "
                         "%3 -l $((free - 4096)) '%1/fill'; '%4' --db '%1/laatu.db' list")
              .arg(mountPoint, db, fallocate, QStringLiteral(LAATU_CLI_PATH));
    QProcess process;
    process.start(unshare,
                  {QStringLiteral("-m"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), script});
    REQUIRE(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() == 99 || err.contains(QStringLiteral("unshare"))) {
        WARN("cannot mount a small disk here: full-disk read not tested (" << err.toStdString()
                                                                           << ")");
        return;
    }
    INFO(err.toStdString());
    CHECK(process.exitCode() == 4);
    CHECK(err.contains(QStringLiteral("is full")));
    CHECK_FALSE(err.contains(QStringLiteral("disk I/O error")));
}

TEST_CASE("clear messages: NUL byte, empty site, huge scale, final review replaced",
          "[cli][messages]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString file = dir.filePath(QStringLiteral("review.json"));
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                           file}))
                .exitCode
            == 0);
    QByteArray bytes = readAll(file);
    const qsizetype at = bytes.indexOf("\"uuid\"") + 9;
    QByteArray withNul = bytes;
    withNul[at] = '\0';
    const QString nulFile = dir.filePath(QStringLiteral("nul.json"));
    {
        QFile out(nulFile);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(withNul);
    }
    const CliResult nul = runCli(withDb(db, {QStringLiteral("import"), nulFile}));
    CHECK(nul.exitCode == 3);
    CHECK(nul.err.contains(QStringLiteral("NUL byte at byte %1").arg(at)));

    CHECK(runCli(withDb(db, {QStringLiteral("history"), QString()})).exitCode == 2);
    CHECK(runCli(withDb(db, {QStringLiteral("history"), QStringLiteral("  ")})).exitCode == 2);

    // A changed file of a final review is refused as input, exit 3.
    const QString finalFile = dir.filePath(QStringLiteral("final.json"));
    for (int id = 1; id <= 4; ++id) {
        const CliResult exported = runCli(withDb(
            db,
            {QStringLiteral("export"), QString::number(id), QStringLiteral("--out"), finalFile}));
        REQUIRE(exported.exitCode == 0);
        QJsonObject review = QJsonDocument::fromJson(readAll(finalFile)).object();
        if (review.value(QStringLiteral("review")).toObject().value(QStringLiteral("status"))
            != QStringLiteral("final"))
            continue;
        QJsonObject header = review.value(QStringLiteral("review")).toObject();
        header.insert(QStringLiteral("visitEnd"), header.value(QStringLiteral("visitStart")));
        review.insert(QStringLiteral("review"), header);
        QFile out(finalFile);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(review).toJson());
        out.close();
        const CliResult replaced = runCli(withDb(db, {QStringLiteral("import"), finalFile}));
        INFO(replaced.err.toStdString());
        CHECK(replaced.exitCode == 3);
        CHECK(replaced.err.contains(QStringLiteral("final")));
        break;
    }

    // A rating scale too large to be a number says so.
    QFile builtIn(QStringLiteral(LAATU_SOURCE_DIR "/resources/instruments/fi-thl-ips25.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QJsonObject catalog = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonObject scale = catalog.value(QStringLiteral("ratingScale")).toObject();
    scale.insert(QStringLiteral("max"), 1e300);
    catalog.insert(QStringLiteral("ratingScale"), scale);
    const QString catalogFile = dir.filePath(QStringLiteral("catalog.json"));
    QFile out(catalogFile);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(catalog).toJson());
    out.close();
    const CliResult huge = runCli({QStringLiteral("catalog"), QStringLiteral("--check"),
                                   QStringLiteral("--file"), catalogFile});
    CHECK(huge.exitCode == 3);
    CHECK(huge.err.contains(QStringLiteral("too large")));
}
