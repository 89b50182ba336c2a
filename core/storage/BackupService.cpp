#include "BackupService.h"

#include "Database.h"
#include "SqlStatement.h"
#include "WriterLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace laatu {

namespace {
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

const QRegularExpression &backupName()
{
    static const QRegularExpression pattern(QStringLiteral("^laatu-(\\d{8}-\\d{6})(-\\d+)?\\.db$"));
    return pattern;
}

void makePrivate(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

QString BackupService::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/laatu-backups");
}

QDateTime BackupService::timeOf(const QString &fileName)
{
    const auto match = backupName().match(fileName);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), kTimeFormat);
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
        = [](const QString &name) { return backupName().match(name).captured(2).mid(1).toInt(); };
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
    if (!QDir().mkpath(folder))
        return {
            StorageError::IoError,
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder))};
    const QString stamp = QDateTime::currentDateTimeUtc().toString(kTimeFormat);
    QString target = QDir(folder).filePath(QStringLiteral("laatu-%1.db").arg(stamp));
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(QStringLiteral("laatu-%1-%2.db").arg(stamp).arg(n));
    const QString partial = target + QStringLiteral(".partial");
    if (QFileInfo::exists(partial) && !QFile::remove(partial))
        return {
            StorageError::IoError,
            tr("An unfinished backup %1 is in the way.").arg(QDir::toNativeSeparators(partial))};
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
    return rotate(folder, removed);
}

StorageError BackupService::rotate(const QString &folder, QStringList &removed)
{
    const QStringList all = backups(folder);
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
    if (StorageError error = verify(backupPath))
        return {error.code(), tr("The backup cannot be restored: %1").arg(error.message())};
    WriterLock lock(databasePath);
    if (!lock.tryLock())
        return {StorageError::Busy,
                tr("The database is open in Laatu; close it before restoring a backup.")};
    const QString stamp = QDateTime::currentDateTimeUtc().toString(kTimeFormat);
    const QStringList suffixes {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                QStringLiteral("-journal")};
    QList<std::pair<QString, QString>> moved;
    auto moveBack = [&moved] {
        for (const auto &[from, to] : moved)
            QFile::rename(to, from);
    };
    if (QFileInfo::exists(databasePath)) {
        // The current file (damaged or not) and its journal files stay together, renamed aside.
        movedAsidePath = QStringLiteral("%1.before-restore-%2").arg(databasePath, stamp);
        for (const QString &suffix : suffixes) {
            const QString from = databasePath + suffix;
            if (!QFileInfo::exists(from))
                continue;
            const QString to = movedAsidePath + suffix;
            if (!QFile::rename(from, to)) {
                moveBack();
                return {StorageError::IoError,
                        tr("%1 cannot be moved aside for the restore.")
                            .arg(QDir::toNativeSeparators(from))};
            }
            moved.append({from, to});
        }
    }
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    StorageError error;
    {
        std::unique_ptr<Database> source = Database::open(backupPath, options, error);
        if (source) {
            SqlStatement vacuum(source->sql(), QStringLiteral("VACUUM INTO ?"));
            vacuum.bind(databasePath);
            error = vacuum.exec(tr("restoring the backup"));
        }
    }
    if (!error) {
        makePrivate(databasePath);
        error = verify(databasePath);
    }
    if (error) {
        QFile::remove(databasePath); // our own incomplete copy, never the user's file
        moveBack();
        movedAsidePath.clear();
    }
    return error;
}

} // namespace laatu
