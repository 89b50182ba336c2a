#include "StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace laatu {

StorageError::Code StorageError::codeForSqliteResult(int resultCode)
{
    switch (resultCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Busy;
    case 8: // SQLITE_READONLY
        return ReadOnly;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return IoError;
    case 11: // SQLITE_CORRUPT
        return Corrupt;
    case 13: // SQLITE_FULL
        return DiskFull;
    case 19: // SQLITE_CONSTRAINT
        return Constraint;
    case 26: // SQLITE_NOTADB
        return NotADatabase;
    default:
        return Other;
    }
}

StorageError StorageError::noSuchReview(const QString &idOrUuid)
{
    return {NotFound, tr("There is no review %1 in the database.").arg(idOrUuid)};
}

StorageError StorageError::fromSql(const QSqlError &error, const QString &what)
{
    bool numeric = false;
    const int result = error.nativeErrorCode().toInt(&numeric);
    const Code code = numeric ? codeForSqliteResult(result) : Other;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    StorageError mappedError = mapped(code, what, detail);
    mappedError.m_detail = detail;
    return mappedError;
}

StorageError StorageError::onFullDisk(const StorageError &error, const QString &databasePath)
{
    if (error.code() != IoError)
        return error;
    const QStorageInfo storage(QFileInfo(databasePath).absolutePath());
    // SQLite's shared-memory file alone takes 32 KiB; below 1 MiB free a reader or a writer
    // may fail for want of room.
    if (!storage.isValid() || storage.bytesAvailable() < 0
        || storage.bytesAvailable() >= 1024 * 1024)
        return error;
    StorageError full {DiskFull,
                       tr("The disk holding %1 is full (%2 KiB free): SQLite needs room beside "
                          "the database even to read it. Free some disk space and try again; "
                          "nothing was changed.")
                           .arg(QDir::toNativeSeparators(databasePath))
                           .arg(storage.bytesAvailable() / 1024)};
    full.m_detail = error.detail();
    return full;
}

StorageError StorageError::mapped(Code code, const QString &what, const QString &detail)
{
    switch (code) {
    case DiskFull:
        return {code,
                tr("The disk is full, so %1 did not happen. Free some disk space and try "
                   "again; everything saved before is intact.")
                    .arg(what)};
    case ReadOnly:
        return {code,
                tr("The database cannot be written (%1), so %2 did not happen.").arg(detail, what)};
    case Busy:
        return {code,
                tr("The database is busy in another program, so %1 did not happen. Try "
                   "again in a moment.")
                    .arg(what)};
    case Corrupt:
    case NotADatabase:
        return {code,
                tr("The database file is damaged (%1). Laatu stopped writing to it: restore "
                   "the newest backup (laatu-cli restore).")
                    .arg(detail)};
    case IoError:
        return {code,
                tr("The disk reported an error while %1 (%2). Check the disk; everything "
                   "saved before is intact.")
                    .arg(what, detail)};
    case Constraint:
        return {code, tr("The data was refused while %1: %2.").arg(what, detail)};
    default:
        return {Other, tr("Database error while %1: %2.").arg(what, detail)};
    }
}

} // namespace laatu
