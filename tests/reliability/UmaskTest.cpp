// reliability.md rule 9 and issue 12: everything Laatu creates is the user's alone whatever
// the umask: files 0600, folders 0700 (the database, its lock, -wal and -shm, the backup
// folder, backups, exported files, reports, a restored database and the file kept aside).
// The real laatu-cli runs every writing command under umask 000, and then nothing it made may
// be readable or writable by anyone else.
#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace {
struct Run
{
    int exitCode = -1;
    QString err;
};

Run runUnderUmask000(const QStringList &arguments)
{
    QProcess process;
    process.setChildProcessModifier([] { ::umask(0); });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LAATU_CLI_PATH), arguments);
    Run run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Every file and folder under `root` that group or others may read, write or enter.
QStringList notPrivate(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const int mode = info.permissions().toInt();
        const int groupAndOthers = 0x0077;
        if ((mode & groupAndOthers) != 0)
            found << QStringLiteral("%1 (%2)")
                         .arg(QDir(root).relativeFilePath(info.filePath()))
                         .arg(QString::number(mode & 0x0fff, 16));
    }
    return found;
}
} // namespace

TEST_CASE("under umask 000 every file and folder laatu-cli creates is private",
          "[reliability][umask]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString root = home.filePath(QStringLiteral("made"));
    REQUIRE(QDir().mkdir(root));
    QFile::setPermissions(root,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Folders that do not exist yet: Laatu makes them.
    const QString db = root + QStringLiteral("/data/laatu/laatu.db");
    const QString second = root + QStringLiteral("/other/laatu.db");
    const QString out = root + QStringLiteral("/review.json");
    const QString backups = root + QStringLiteral("/data/laatu/laatu-backups");

    const QList<QStringList> commands {
        {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("1"),
         QStringLiteral("--reviews-per-site"), QStringLiteral("2")},
        {QStringLiteral("backup")},
        {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), out},
        {QStringLiteral("export-csv"), QStringLiteral("--out"), root + QStringLiteral("/all.csv")},
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
         root + QStringLiteral("/report.pdf")},
        {QStringLiteral("import"), out},
        {QStringLiteral("backup"), QStringLiteral("--dir"), root + QStringLiteral("/mine/backups")},
    };
    for (const QStringList &command : commands) {
        const Run run = runUnderUmask000(QStringList {QStringLiteral("--db"), db} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QStringList open = notPrivate(root);
        INFO("readable by others: " << open.join(QStringLiteral(", ")).toStdString());
        REQUIRE(open.isEmpty());
    }
    // A database created by an import, and a restore over the first database.
    const QStringList made = QDir(backups).entryList({QStringLiteral("laatu-*.db")}, QDir::Files);
    REQUIRE_FALSE(made.isEmpty());
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("--db"), second, QStringLiteral("import"), out},
          QStringList {QStringLiteral("--db"), db, QStringLiteral("restore"),
                       QDir(backups).filePath(made.constFirst())}}) {
        const Run run = runUnderUmask000(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QStringList open = notPrivate(root);
        INFO("readable by others: " << open.join(QStringLiteral(", ")).toStdString());
        REQUIRE(open.isEmpty());
    }
    CHECK(QFileInfo::exists(second));
    CHECK_FALSE(QDir(QFileInfo(db).absolutePath())
                    .entryList({QStringLiteral("laatu.db.before-restore-*")}, QDir::Files)
                    .isEmpty());
}
