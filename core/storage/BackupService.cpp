#include "BackupService.h"

#include "BackupRestore.h"
#include "Database.h"
#include "PrivateFiles.h"
#include "SqlStatement.h"
#include "WriterLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace laatu {

namespace {
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString kPartial = QStringLiteral(".partial");

// laatu-<database id>-<time>[-N].db; backups of older versions have no id.
const QRegularExpression &backupName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^laatu-(?:([0-9a-f]{12})-)?(\\d{8}-\\d{6})(-\\d+)?\\.db$"));
    return pattern;
}

void makePrivate(const QString &path)
{
    PrivateFiles::makePrivate(path);
}
} // namespace

QString BackupService::databaseId(const QString &databasePath)
{
    // The file's own path (symlinks resolved): two databases sharing a backup folder never
    // share an id, so rotation never takes the other's backups.
    const QFileInfo info(databasePath);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

QString BackupService::fileName(const QString &databasePath, const QDateTime &time, int number)
{
    const QString stamp = time.toUTC().toString(kTimeFormat);
    return number == 0
        ? QStringLiteral("laatu-%1-%2.db").arg(databaseId(databasePath), stamp)
        : QStringLiteral("laatu-%1-%2-%3.db").arg(databaseId(databasePath), stamp).arg(number);
}

QString BackupService::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/laatu-backups");
}

QDateTime BackupService::timeOf(const QString &fileName)
{
    const auto match = backupName().match(fileName);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(2), kTimeFormat);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QStringList BackupService::backups(const QString &folder)
{
    QStringList names;
    for (const QString &name :
         QDir(folder).entryList({QStringLiteral("laatu-*.db")}, QDir::Files)) {
        if (timeOf(name).isValid())
            names << name;
    }
    // Newest first: by the time in the name, then by the -N suffix of a second backup made in
    // the same second (plain string order would put "x.db" after "x-1.db").
    const auto suffix
        = [](const QString &name) { return backupName().match(name).captured(3).mid(1).toInt(); };
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const QDateTime ta = timeOf(a);
        const QDateTime tb = timeOf(b);
        return ta != tb ? ta > tb : suffix(a) > suffix(b);
    });
    QStringList paths;
    for (const QString &name : names)
        paths << QDir(folder).filePath(name);
    return paths;
}

StorageError BackupService::verify(const QString &path)
{
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    options.allowOlderSchema = true; // the backup made before an upgrade is of the older schema
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, options, error);
    if (!database)
        return error;
    QStringList report;
    return database->check(report);
}

StorageError BackupService::backup(Database &database, const QString &folder, QString &backupPath)
{
    const QString what = tr("making a backup");
    const QString native = QDir::toNativeSeparators(folder);
    if (folder.isEmpty())
        return {StorageError::InvalidInput, tr("No backup folder was given.")};
    // The folder beside the database is Laatu's own: a symlink there (which Laatu never
    // makes) would send the backups, and the rotation, somewhere else. A folder the user names
    // is theirs to choose, link or not.
    const QString ownFolder = defaultFolder(database.path());
    if (QFileInfo(QDir::cleanPath(QFileInfo(folder).absoluteFilePath())).isSymLink()
        && QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) == QDir::cleanPath(ownFolder))
        return {StorageError::IoError,
                tr("No backup was made: %1 is a symbolic link to %2, not a folder Laatu made. "
                   "Remove the link, or name the folder you want with --dir.")
                    .arg(native, QDir::toNativeSeparators(QFileInfo(folder).symLinkTarget()))};
    QString created;
    if (const QString reason = PrivateFiles::makeFolder(folder, &created); !reason.isEmpty())
        return {StorageError::IoError,
                tr("The backup folder %1 cannot be created: %2.").arg(native, reason)};
    // A backup that fails leaves no folder it made behind.
    struct FolderGuard
    {
        QString folder;
        QString created;
        bool keep = false;
        ~FolderGuard()
        {
            if (!keep)
                PrivateFiles::removeEmptyFolders(folder, created);
        }
    } guard {folder, created};
    // The folder Laatu makes beside the database is private even when an older Laatu made it
    // under a lax umask; a folder the user chose keeps the mode the user gave it.
    if (QFileInfo(folder).canonicalFilePath()
        == QFileInfo(defaultFolder(database.path())).canonicalFilePath())
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // One backup at a time in a folder: with the folder's lock held, an unfinished backup
    // found there belongs to a Laatu that was killed and is removed.
    WriterLock folderLock(QDir(folder).filePath(QStringLiteral("laatu-backup")));
    if (!folderLock.tryLock())
        return {StorageError::Busy,
                tr("No backup was made in %1: %2.").arg(native, folderLock.holder())};
    if (StorageError error = removeUnfinished(folder))
        return error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString target = QDir(folder).filePath(fileName(database.path(), now, 0));
    for (int n = 1; QFileInfo::exists(target) || QFileInfo(target).isSymLink(); ++n)
        target = QDir(folder).filePath(fileName(database.path(), now, n));
    const QString partial = target + kPartial;
    // Empty and 0600 before SQLite writes a byte into it; its journal takes the same mode.
    if (const QString reason = PrivateFiles::createEmpty(partial); !reason.isEmpty())
        return {StorageError::IoError,
                tr("The backup %1 cannot be written: %2.")
                    .arg(QDir::toNativeSeparators(partial), reason)};
    SqlStatement vacuum(database.sql(), QStringLiteral("VACUUM INTO ?"));
    vacuum.bind(partial);
    if (StorageError error = vacuum.exec(what)) {
        QFile::remove(partial);
        return error;
    }
    makePrivate(partial);
    if (StorageError error = verify(partial)) {
        QFile::remove(partial);
        return {StorageError::Corrupt,
                tr("The new backup did not pass its check (%1); it was discarded.")
                    .arg(error.message())};
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return {StorageError::IoError,
                tr("The backup could not be named %1.").arg(QDir::toNativeSeparators(target))};
    }
    backupPath = target;
    guard.keep = true;
    return {};
}

StorageError BackupService::removeUnfinished(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name :
         dir.entryList({QStringLiteral("laatu-*.db") + kPartial + QLatin1Char('*')},
                       QDir::Files | QDir::Hidden | QDir::System)) {
        if (!backupName().match(name.left(name.indexOf(kPartial))).hasMatch())
            continue;
        if (!QFile::remove(dir.filePath(name)))
            return {StorageError::IoError,
                    tr("An unfinished backup %1 is in the way.")
                        .arg(QDir::toNativeSeparators(dir.filePath(name)))};
    }
    return {};
}

StorageError BackupService::backupIfDue(Database &database, const QString &folder, qint64 maxAge,
                                        QString &backupPath)
{
    const QStringList existing = backups(folder);
    if (!existing.isEmpty()
        && timeOf(QFileInfo(existing.constFirst()).fileName())
                .secsTo(QDateTime::currentDateTimeUtc())
            < maxAge)
        return {};
    if (StorageError error = backup(database, folder, backupPath))
        return error;
    QStringList removed;
    return rotate(database.path(), folder, removed);
}

StorageError BackupService::rotate(const QString &databasePath, const QString &folder,
                                   QStringList &removed)
{
    // Only backups this database wrote: its id in the name, a regular file (not a link to
    // something elsewhere). Older backups without an id, other databases' backups and
    // anything else in the folder are never deleted.
    const QString id = databaseId(databasePath);
    QStringList all;
    for (const QString &path : backups(folder)) {
        const QFileInfo info(path);
        if (backupName().match(info.fileName()).captured(1) == id && !info.isSymLink()
            && info.isFile())
            all << path;
    }
    QSet<QString> keep;
    struct Period
    {
        int count;
        std::function<QString(const QDate &)> key;
    };
    const QList<Period> periods {
        {7, [](const QDate &d) { return d.toString(Qt::ISODate); }},
        {5,
         [](const QDate &d) {
             int year = 0;
             const int week = d.weekNumber(&year);
             return QStringLiteral("%1-W%2").arg(year).arg(week);
         }},
        {12, [](const QDate &d) { return d.toString(QStringLiteral("yyyy-MM")); }},
    };
    for (const Period &period : periods) {
        QSet<QString> seen;
        for (const QString &path : all) {
            const QString key = period.key(timeOf(QFileInfo(path).fileName()).date());
            if (seen.contains(key))
                continue;
            if (seen.size() == period.count)
                break;
            seen.insert(key);
            keep.insert(path); // the newest backup of that day, week or month
        }
    }
    for (const QString &path : all) {
        if (keep.contains(path))
            continue;
        if (!QFile::remove(path))
            return {StorageError::IoError,
                    tr("The old backup %1 cannot be removed.").arg(QDir::toNativeSeparators(path))};
        removed << path;
    }
    return {};
}

StorageError BackupService::restore(const QString &backupPath, const QString &databasePath,
                                    QString &movedAsidePath)
{
    return BackupRestore::restore(backupPath, databasePath, movedAsidePath);
}

} // namespace laatu
