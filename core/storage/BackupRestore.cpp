#include "BackupRestore.h"

#include "BackupService.h"
#include "Database.h"
#include "PrivateFiles.h"
#include "SqlStatement.h"
#include "WriterLock.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <memory>

namespace laatu {

namespace {
const QString kRestoring = QStringLiteral(".restoring-");
const QString kBeforeRestore = QStringLiteral(".before-restore-");
const QStringList &journalSuffixes()
{
    static const QStringList suffixes {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal")};
    return suffixes;
}
QAtomicInteger<quint64> s_foldCounter;
} // namespace

StorageError BackupRestore::restore(const QString &backupPath, const QString &databasePath,
                                    QString &movedAsidePath)
{
    movedAsidePath.clear();
    if (StorageError error = BackupService::verify(backupPath))
        return {error.code(), tr("The backup cannot be restored: %1").arg(error.message())};
    // The file itself, not a symlink to it: the lock and the replaced name are those the
    // database is opened under (Database::open uses the canonical path).
    const QFileInfo info(databasePath);
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (info.exists() && !info.isFile())
        return {StorageError::IoError,
                tr("%1 is not a regular file; nothing was restored.")
                    .arg(QDir::toNativeSeparators(databasePath))};
    WriterLock lock(target);
    if (!lock.tryLock())
        return {StorageError::Busy,
                tr("The database is open in Laatu; close it before restoring a backup.")};
    removeLeftovers(target);

    QTemporaryFile temporary(target + kRestoring + QStringLiteral("XXXXXX"));
    if (!temporary.open()) // mode 0600, a name no other restore has
        return {StorageError::IoError,
                tr("The restored database cannot be written beside %1: %2.")
                    .arg(QDir::toNativeSeparators(target), temporary.errorString())};
    temporary.close();
    if (StorageError error = build(backupPath, temporary.fileName()))
        return error;

    bool linked = false;
    if (QFileInfo::exists(target)) {
        foldJournals(target);
        if (StorageError error = moveAside(target, movedAsidePath, linked))
            return error;
    }
    if (const QString reason = PrivateFiles::replace(temporary.fileName(), target);
        !reason.isEmpty()) {
        if (!movedAsidePath.isEmpty())
            undoMoveAside(target, movedAsidePath, linked);
        movedAsidePath.clear();
        return {StorageError::IoError,
                tr("The restored database cannot be named %1: %2.")
                    .arg(QDir::toNativeSeparators(target), reason)};
    }
    temporary.setAutoRemove(false); // it is the database now
    PrivateFiles::syncFolder(QFileInfo(target).absolutePath());
    return {};
}

void BackupRestore::removeLeftovers(const QString &databasePath)
{
    // Called with the writer lock held: no other restore of this database is under way, so a
    // temporary file of one is a leftover of a restore that was killed.
    const QFileInfo info(databasePath);
    const QDir folder = info.absoluteDir();
    const QString name = info.fileName();
    for (const QString &file : folder.entryList({name + kRestoring + QLatin1Char('*')},
                                                QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(folder.filePath(file));
    // A restore killed between keeping the old file under its second name and the rename
    // leaves that name as a second link to the live database, not a copy of anything.
    for (const QString &file :
         folder.entryList({name + kBeforeRestore + QLatin1Char('*')}, QDir::Files)) {
        const QString path = folder.filePath(file);
        if (QFileInfo::exists(databasePath) && PrivateFiles::sameFile(path, databasePath))
            QFile::remove(path);
    }
}

void BackupRestore::foldJournals(const QString &databasePath)
{
    bool any = false;
    for (const QString &suffix : journalSuffixes())
        any = any || QFileInfo::exists(databasePath + suffix);
    if (!any)
        return;
    // Opening the file is what any later user of it does first: SQLite rolls back a hot
    // journal, and the last connection to close checkpoints the write-ahead log into the file
    // and removes it. Nothing of the content changes. A damaged file may refuse; its journal
    // files are then moved aside with it.
    const QString name
        = QStringLiteral("laatu-restore-fold-%1").arg(s_foldCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next()) {
                query.finish();
                query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

namespace {
StorageError useWriteAheadLog(const QString &path)
{
    const QString name = QStringLiteral("laatu-restore-wal-%1")
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    StorageError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error
                = StorageError::fromSql(db.lastError(), BackupRestore::tr("restoring the backup"));
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
                error = StorageError::fromSql(query.lastError(),
                                              BackupRestore::tr("restoring the backup"));
            else if (query.value(0).toString() != QLatin1String("wal"))
                error = {StorageError::IoError,
                         BackupRestore::tr("The restored database cannot use write-ahead logging "
                                           "on this disk (it reports \"%1\").")
                             .arg(query.value(0).toString())};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

StorageError BackupRestore::build(const QString &backupPath, const QString &temporary)
{
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    options.allowOlderSchema = true;
    StorageError error;
    {
        std::unique_ptr<Database> source = Database::open(backupPath, options, error);
        if (source) {
            // Into the empty 0600 file: SQLite writes it (and its journal, which takes the
            // file's mode) without ever making it readable by others.
            SqlStatement vacuum(source->sql(), QStringLiteral("VACUUM INTO ?"));
            vacuum.bind(temporary);
            error = vacuum.exec(tr("restoring the backup"));
        }
    }
    if (!error && !PrivateFiles::makePrivate(temporary))
        error = {StorageError::IoError,
                 tr("The restored database %1 cannot be made private.")
                     .arg(QDir::toNativeSeparators(temporary))};
    if (!error)
        error = BackupService::verify(temporary);
    // VACUUM INTO writes a rollback-journal file; the live database is WAL, and a writer
    // refuses any other journal mode (SchemaCheck), so the restored file is made WAL here,
    // after its check (which then leaves no -wal or -shm behind) and before the rename.
    if (!error)
        error = useWriteAheadLog(temporary);
    if (error)
        return {error.code(), tr("The backup cannot be restored: %1").arg(error.message())};
    return {};
}

StorageError BackupRestore::moveAside(const QString &databasePath, QString &asidePath, bool &linked)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const auto taken = [](const QString &name) {
        if (QFileInfo::exists(name) || QFileInfo(name).isSymLink())
            return true;
        for (const QString &suffix : journalSuffixes())
            if (QFileInfo::exists(name + suffix))
                return true;
        return false;
    };
    // A second restore in the same second gets the next free number; link() never replaces,
    // so two names can never be the same.
    for (int n = 0; n < 1000 && asidePath.isEmpty(); ++n) {
        const QString name = databasePath + kBeforeRestore + stamp
            + (n == 0 ? QString() : QStringLiteral("-%1").arg(n));
        if (taken(name))
            continue;
        QString reason;
        bool unsupported = false;
        if (PrivateFiles::link(databasePath, name, reason, unsupported)) {
            linked = true;
            asidePath = name;
        } else if (unsupported) {
            // No hard links here (a FAT stick): the old file is renamed aside, and for the
            // moment until the rename the path names no file.
            if (!QFile::rename(databasePath, name))
                return {StorageError::IoError,
                        tr("%1 cannot be moved aside for the restore.")
                            .arg(QDir::toNativeSeparators(databasePath))};
            asidePath = name;
        } else if (!QFileInfo::exists(name)) {
            return {StorageError::IoError,
                    tr("%1 cannot be kept aside for the restore: %2.")
                        .arg(QDir::toNativeSeparators(databasePath), reason)};
        }
    }
    if (asidePath.isEmpty())
        return {StorageError::IoError,
                tr("%1 cannot be kept aside for the restore: no free name.")
                    .arg(QDir::toNativeSeparators(databasePath))};
    // The journal files belong with the old file; they must not stay beside the new one.
    for (const QString &suffix : journalSuffixes()) {
        const QString from = databasePath + suffix;
        if (QFileInfo::exists(from) && !QFile::rename(from, asidePath + suffix)) {
            undoMoveAside(databasePath, asidePath, linked);
            asidePath.clear();
            return {StorageError::IoError,
                    tr("%1 cannot be moved aside for the restore.")
                        .arg(QDir::toNativeSeparators(from))};
        }
    }
    return {};
}

void BackupRestore::undoMoveAside(const QString &databasePath, const QString &asidePath,
                                  bool linked)
{
    for (const QString &suffix : journalSuffixes())
        if (QFileInfo::exists(asidePath + suffix))
            QFile::rename(asidePath + suffix, databasePath + suffix);
    if (linked)
        QFile::remove(asidePath); // the second name only; the file is still at the path
    else
        QFile::rename(asidePath, databasePath);
}

} // namespace laatu
