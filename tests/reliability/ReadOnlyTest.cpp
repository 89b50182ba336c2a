// reliability.md: "Read-only file and directory: opens read-only, edits refused with a message."
//
// Root is not bound by file modes (a 0444 file is writable for root), so when the suite runs
// as root the real read-only file and folder are opened by this same test executable run as
// user nobody (the hidden test case at the end); as an ordinary user they are opened here.
#include "ReadOnlyChecks.h"
#include "ReliabilitySupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace laatu;
using namespace laatu::test;

namespace {
constexpr uid_t kNobody = 65534;
constexpr int kReviews = 4;
constexpr int kCannotDropPrivileges = 77;

enum class Where { File, Folder };

struct Layout
{
    QString folder;
    QString path;
};

// <temp>/<name>/laatu.db with a demo database, the temp dir open for others to pass through.
Layout makeLayout(const QTemporaryDir &dir, const char *name)
{
    REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    Layout layout {dir.filePath(QLatin1String(name)), {}};
    REQUIRE(QDir().mkpath(layout.folder));
    layout.path = layout.folder + QStringLiteral("/laatu.db");
    makeDemoDatabase(layout.path, 2, 2);
    return layout;
}

// Makes the file (or its folder) read-only for the user who will open it: this user, or nobody
// when running as root.
void protect(const Layout &layout, Where where, bool forNobody)
{
    const QByteArray file = QFile::encodeName(layout.path);
    const QByteArray folder = QFile::encodeName(layout.folder);
    if (forNobody) {
        // File case: nobody's own folder, root's 0444 file. Folder case: nobody's own 0600
        // file in root's 0555 folder.
        REQUIRE(
            ::chown(where == Where::File ? folder.constData() : file.constData(), kNobody, kNobody)
            == 0);
    }
    if (where == Where::File)
        REQUIRE(::chmod(file.constData(), 0444) == 0);
    else
        REQUIRE(::chmod(folder.constData(), 0555) == 0);
}

void unprotect(const Layout &layout)
{
    ::chmod(QFile::encodeName(layout.folder).constData(), 0755);
    ::chmod(QFile::encodeName(layout.path).constData(), 0600);
}

// Whether every folder above `path` lets other users pass (a build or temp folder inside a
// private home does not).
bool reachableByOthers(const QString &path)
{
    for (QDir folder = QFileInfo(path).absoluteDir(); !folder.isRoot(); folder.cdUp()) {
        if (!(QFileInfo(folder.absolutePath()).permissions() & QFileDevice::ExeOther))
            return false;
    }
    return true;
}

// Runs the hidden test case below as user nobody; false (with a warning) when this process
// cannot switch users or nobody cannot reach the executable or the database.
bool runAsNobody(const Layout &layout, Where where)
{
    const char *place = where == Where::File ? "file" : "folder";
    if (!reachableByOthers(QCoreApplication::applicationFilePath())
        || !reachableByOthers(layout.folder)) {
        WARN("running as root, and user nobody cannot reach the test executable or "
             << layout.folder.toStdString() << ": the read-only " << place
             << " case was not tested");
        return false;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LAATU_READONLY_DB"), layout.path);
    environment.insert(QStringLiteral("LAATU_READONLY_WHERE"),
                       where == Where::File ? QStringLiteral("file") : QStringLiteral("folder"));
    environment.insert(QStringLiteral("HOME"), layout.folder);
    child.setProcessEnvironment(environment);
    child.setWorkingDirectory(QStringLiteral("/"));
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.setChildProcessModifier([] {
        if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
            ::_exit(kCannotDropPrivileges);
    });
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[readonly-child]")});
    REQUIRE(child.waitForFinished(30000));
    const QString output = QString::fromUtf8(child.readAll());
    if (child.exitStatus() == QProcess::NormalExit && child.exitCode() == kCannotDropPrivileges) {
        WARN("running as root and cannot switch to user nobody: the read-only "
             << place << " case was not tested");
        return false;
    }
    INFO("as nobody:\n" << output.toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    // The child really ran the checks (a test spec matching nothing also exits 0).
    CHECK(output.contains(QLatin1String("All tests passed")));
    return true;
}

void testReadOnlyPlace(Where where)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Layout layout = makeLayout(dir, where == Where::File ? "file" : "folder");
    const QByteArray hashBefore = sha256Of(layout.path);
    // Undone on every exit, so the temporary folder can be removed even after a failure.
    const auto restore = qScopeGuard([&layout] { unprotect(layout); });
    protect(layout, where, isRoot());
    if (isRoot()) {
        runAsNobody(layout, where);
    } else {
        StorageError error;
        std::unique_ptr<Database> database = Database::open(layout.path, {}, error);
        INFO(error.message().toStdString());
        REQUIRE(database);
        CHECK(database->readOnlyReason().contains(where == Where::File
                                                      ? QLatin1String("is read-only")
                                                      : QLatin1String("cannot be written")));
        checkReadOnlyDatabase(*database, kReviews);
    }
    CHECK(sha256Of(layout.path) == hashBefore);
    CHECK_FALSE(filesBeside(layout.path).contains(QStringLiteral("laatu.db.lock")));
}
} // namespace

TEST_CASE("a read-only database file opens read-only: reading works, every edit is refused",
          "[reliability][readonly]")
{
    testReadOnlyPlace(Where::File);
}

TEST_CASE("a database in a read-only folder opens read-only: reading works, edits are refused",
          "[reliability][readonly]")
{
    testReadOnlyPlace(Where::Folder);
}

TEST_CASE("opened read-only on request: reading works, every edit is refused, file unchanged",
          "[reliability][readonly]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 2, 2);
    const QByteArray hashBefore = sha256Of(path);
    {
        Database::Options options;
        options.readOnly = true;
        StorageError error;
        std::unique_ptr<Database> database = Database::open(path, options, error);
        INFO(error.message().toStdString());
        REQUIRE(database);
        checkReadOnlyDatabase(*database, kReviews);
        // A reader takes no writer's lock: another instance may still write.
        CHECK_FALSE(filesBeside(path).contains(QStringLiteral("laatu.db.lock")));
        std::unique_ptr<Database> writer = Database::open(path, {}, error);
        REQUIRE(writer);
        CHECK_FALSE(writer->isReadOnly());
    }
    CHECK(sha256Of(path) == hashBefore);
    CHECK_FALSE(filesBeside(path).contains(QStringLiteral("laatu.db.lock")));
}

TEST_CASE("a missing file is not created when opening read-only", "[reliability][readonly]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("none.db"));
    Database::Options options;
    options.readOnly = true;
    StorageError error;
    CHECK_FALSE(Database::open(path, options, error));
    CHECK(error.code() == StorageError::FileMissing);
    CHECK_FALSE(QFileInfo::exists(path));
}

// Run by runAsNobody() in a child process; hidden, so a normal run skips it.
TEST_CASE("read-only place opened by an ordinary user (child process)", "[.][readonly-child]")
{
    const QString path = qEnvironmentVariable("LAATU_READONLY_DB");
    if (path.isEmpty()) {
        WARN("only meaningful when started by the read-only tests (LAATU_READONLY_DB unset)");
        return;
    }
    const bool file = qEnvironmentVariable("LAATU_READONLY_WHERE") == QLatin1String("file");
    REQUIRE(::geteuid() != 0);
    CHECK_FALSE(QFileInfo(file ? path : QFileInfo(path).absolutePath()).isWritable());
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    INFO("reason: " << database->readOnlyReason().toStdString());
    CHECK(database->readOnlyReason().contains(file ? QLatin1String("is read-only")
                                                   : QLatin1String("cannot be written")));
    checkReadOnlyDatabase(*database, kReviews);
}
