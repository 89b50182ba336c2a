#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace laatu {

class Database;

// Verified backups of the live database, made only through SQLite (VACUUM INTO a temporary
// file, integrity_check, then rename), private whatever the umask (files 0600, folders 0700),
// rotated by age, and restored without touching the damaged original: it is kept aside with
// its -wal/-shm files, never deleted (BackupRestore).
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // <folder of the database>/laatu-backups
    static QString defaultFolder(const QString &databasePath);
    static StorageError backup(Database &database, const QString &folder, QString &backupPath);
    // A backup when the newest one is older than `maxAge` seconds (or there is none).
    static StorageError backupIfDue(Database &database, const QString &folder, qint64 maxAge,
                                    QString &backupPath);
    // Keeps the newest backup of each of the last 7 days, 5 weeks and 12 months of those this
    // database wrote (its id in the name); nothing else in the folder is ever removed.
    static StorageError rotate(const QString &databasePath, const QString &folder,
                               QStringList &removed);
    // The id a backup's name carries: 12 hex digits of the database file's canonical path.
    static QString databaseId(const QString &databasePath);
    // laatu-<id>-<yyyyMMdd-HHmmss>[-N].db
    static QString fileName(const QString &databasePath, const QDateTime &time, int number);
    static QStringList backups(const QString &folder); // newest first
    // The file is an intact Laatu database this version can read.
    static StorageError verify(const QString &path);
    static StorageError restore(const QString &backupPath, const QString &databasePath,
                                QString &movedAsidePath);

private:
    static QDateTime timeOf(const QString &fileName);
    // Removes what killed backups left in the folder (laatu-*.db.partial and its journal).
    static StorageError removeUnfinished(const QString &folder);
};

} // namespace laatu
