// reliability.md: "One writer: a QLockFile beside the database; a second instance says who
// holds it (pid, host) and opens read-only. A lock left by a killed process is taken over on
// the same host." and "Two instances: exactly one writer."
#include "../cli/CliRun.h"
#include "ReliabilitySupport.h"

#include "exchange/ReviewFileIo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace laatu;
using namespace laatu::test;

namespace {
std::unique_ptr<Database> openDatabase(const QString &path)
{
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    return database;
}

QString ownPid()
{
    return QString::number(QCoreApplication::applicationPid());
}

// Who holds the lock file, as QLockFile reads it.
qint64 lockHolder(const QString &path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host;
    QString application;
    return lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

StorageError rateFirstCriterion(Database &database, int value)
{
    ReviewRepository repository(database);
    return repository.setConsensusRating(editableReview(repository),
                                         builtIn().criteria().first().id, value,
                                         QStringLiteral("agreed"));
}

int firstConsensusTotal(Database &database)
{
    ReviewRepository repository(database);
    const qint64 id = editableReview(repository);
    QList<ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));
    for (const ReviewSummary &summary : reviews) {
        if (summary.id == id)
            return summary.consensusTotal;
    }
    FAIL("the edited review is gone");
    return 0;
}
} // namespace

TEST_CASE("two instances in one process: exactly one writer, the other names the holder",
          "[reliability][instances]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 2, 2);

    std::unique_ptr<Database> first = openDatabase(path);
    CHECK_FALSE(first->isReadOnly());
    CHECK(first->readOnlyReason().isEmpty());
    CHECK(lockHolder(path) == QCoreApplication::applicationPid());

    std::unique_ptr<Database> second = openDatabase(path);
    CHECK(second->isReadOnly());
    const QString reason = second->readOnlyReason();
    CHECK(reason.contains(ownPid()));
    CHECK(reason.contains(QSysInfo::machineHostName()));

    const StorageError refused = rateFirstCriterion(*second, 1);
    CHECK(refused.code() == StorageError::ReadOnly);
    CHECK(refused.message().contains(ownPid()));

    // The writer writes; the reader sees each committed edit.
    REQUIRE_FALSE(rateFirstCriterion(*first, 1));
    const int afterFirst = firstConsensusTotal(*second);
    REQUIRE_FALSE(rateFirstCriterion(*first, 5));
    CHECK(firstConsensusTotal(*second) == afterFirst + 4);

    // When the writer is gone, a new instance writes (the reader stays a reader).
    first.reset();
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    std::unique_ptr<Database> third = openDatabase(path);
    CHECK_FALSE(third->isReadOnly());
    CHECK_FALSE(rateFirstCriterion(*third, 3));
    CHECK(second->isReadOnly());
    CHECK(rateFirstCriterion(*second, 2).code() == StorageError::ReadOnly);
    second.reset();
    third.reset();
    QStringList report;
    CHECK_FALSE(openDatabase(path)->check(report));
}

TEST_CASE("another process cannot write while Laatu holds the database and is told who holds it",
          "[reliability][instances][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 2, 2);
    const ReviewDocument incoming = demoReviews(1, 1, 4242u).first();
    const QString file = dir.filePath(QStringLiteral("incoming.json"));
    REQUIRE(ReviewFileIo::write(file, incoming) == QString());

    std::unique_ptr<Database> holder = openDatabase(path);
    REQUIRE_FALSE(holder->isReadOnly());
    ReviewRepository repository(*holder);
    const DataSnapshot before = takeSnapshot(repository);

    const CliResult refused
        = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), file});
    INFO("stdout: " << refused.out.toStdString() << "\nstderr: " << refused.err.toStdString());
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QLatin1String("read-only")));
    CHECK(refused.err.contains(ownPid()));
    CHECK(refused.err.contains(QSysInfo::machineHostName()));
    qint64 id = 0;
    CHECK(repository.findReview(incoming.review.uuid, id).code() == StorageError::NotFound);
    CHECK(sameData(before, takeSnapshot(repository)));

    // Reading in the other process still works while the lock is held.
    const CliResult listed = runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(before.documents.first().site.name));

    holder.reset();
    const CliResult imported
        = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), file});
    INFO("stdout: " << imported.out.toStdString() << "\nstderr: " << imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    std::unique_ptr<Database> after = openDatabase(path);
    ReviewRepository afterRepository(*after);
    CHECK_FALSE(afterRepository.findReview(incoming.review.uuid, id));
}

TEST_CASE("a lock left by a process killed with SIGKILL is taken over", "[reliability][instances]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 1, 1);
    const QString lockPath = path + QStringLiteral(".lock");

    // The child takes the lock the way Database does and dies without releasing it.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            ::_exit(3);
        ::raise(SIGKILL);
        ::_exit(4);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(WTERMSIG(status) == SIGKILL);
    REQUIRE(QFileInfo::exists(lockPath));
    REQUIRE(lockHolder(path) == child);

    std::unique_ptr<Database> database = openDatabase(path);
    CHECK_FALSE(database->isReadOnly());
    CHECK(database->readOnlyReason().isEmpty());
    CHECK(lockHolder(path) == QCoreApplication::applicationPid());
    CHECK_FALSE(rateFirstCriterion(*database, 4));
}

TEST_CASE("a lock naming a process that does not exist here is taken over, another host's "
          "lock is respected",
          "[reliability][instances]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 1, 1);
    const QString lockPath = path + QStringLiteral(".lock");

    SECTION("same host, no such process")
    {
        // Above the largest pid Linux hands out (4194304).
        writeFile(lockPath, "2147483000\nlaatu\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        std::unique_ptr<Database> database = openDatabase(path);
        CHECK_FALSE(database->isReadOnly());
        CHECK(lockHolder(path) == QCoreApplication::applicationPid());
    }
    SECTION("same host, no such process, and the removal lock of a process killed as it "
            "made it")
    {
        // QLockFile removes a stale lock only under "<lock>.rmlock"; an empty one (its maker
        // was killed before writing its name) would block the takeover for 30 seconds.
        writeFile(lockPath, "2147483000\nlaatu\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        writeFile(lockPath + QStringLiteral(".rmlock"), QByteArray());
        std::unique_ptr<Database> database = openDatabase(path);
        CHECK_FALSE(database->isReadOnly());
        CHECK(lockHolder(path) == QCoreApplication::applicationPid());
        CHECK_FALSE(QFileInfo::exists(lockPath + QStringLiteral(".rmlock")));
    }
    SECTION("another host: the process may be alive there, so the lock stands")
    {
        const QByteArray content = "4711\nlaatu\nlaptop-of-a-colleague.invalid\n";
        writeFile(lockPath, content);
        std::unique_ptr<Database> database = openDatabase(path);
        CHECK(database->isReadOnly());
        CHECK(database->readOnlyReason().contains(QLatin1String("laptop-of-a-colleague.invalid")));
        CHECK(database->readOnlyReason().contains(QLatin1String("4711")));
        CHECK(rateFirstCriterion(*database, 2).code() == StorageError::ReadOnly);
        database.reset();
        CHECK(readFile(lockPath) == content);
    }
}

TEST_CASE("a lock whose process id now belongs to a live process, but whose kernel lock is free, "
          "is taken over",
          "[reliability][instances]")
{
    // A killed laatu-cli's id is handed to another process soon where ids wrap (pid_max 32768)
    // and tests start thousands of processes: then Qt's own check counts the lock's owner as
    // alive. A kernel thread (no /proc/PID/exe to read) or another laatu of the same name was
    // given the id. The owner's kernel lock on the file died with it, and that decides.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 1, 1);
    const QString lockPath = path + QStringLiteral(".lock");
    const QByteArray host = QSysInfo::machineHostName().toUtf8();
    const QByteArray self = QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8();

    SECTION("the id of a running process of the same name (this test itself)")
    {
        writeFile(lockPath,
                  QByteArray::number(QCoreApplication::applicationPid()) + "\n" + self + "\n" + host
                      + "\n");
        // Qt's own check calls that owner alive: without the kernel lock's word the lock stands.
        QLockFile qtAlone(lockPath);
        qtAlone.setStaleLockTime(0);
        REQUIRE_FALSE(qtAlone.tryLock(0));
        std::unique_ptr<Database> database = openDatabase(path);
        CHECK_FALSE(database->isReadOnly());
    }
    SECTION("the id of a kernel thread")
    {
        writeFile(lockPath, "2\nlaatu-cli\n" + host + "\n");
        std::unique_ptr<Database> database = openDatabase(path);
        CHECK_FALSE(database->isReadOnly());
        CHECK(lockHolder(path) == QCoreApplication::applicationPid());
    }
    SECTION("a lock still held, in this very process, is never taken over")
    {
        std::unique_ptr<Database> first = openDatabase(path);
        REQUIRE_FALSE(first->isReadOnly());
        std::unique_ptr<Database> second = openDatabase(path);
        CHECK(second->isReadOnly());
        CHECK(lockHolder(path) == QCoreApplication::applicationPid());
    }
}
