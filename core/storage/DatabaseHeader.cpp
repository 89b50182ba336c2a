// What the first bytes of a file say about it, before SQLite opens it. Apart from
// Database.cpp, which opens, checks and migrates the file.
#include "Database.h"

#include "instrument/InputFile.h"

#include <QDir>
#include <QFile>

namespace laatu {

namespace {
// The file at `path` through InputFile (a FIFO, a device or a directory is refused before it
// is opened, so nothing waits on one) and its first `bytes` bytes.
InputFile::Problem readStart(const QString &path, qint64 bytes, QByteArray &start, QString &reason)
{
    QFile file;
    const InputFile::Problem problem = InputFile::open(path, file, reason);
    if (problem == InputFile::Problem::None)
        start = file.read(bytes);
    return problem;
}
} // namespace

StorageError Database::checkHeader(const QString &path)
{
    QByteArray header;
    QString reason;
    switch (readStart(path, 16, header, reason)) {
    case InputFile::Problem::None:
        break;
    case InputFile::Problem::Missing:
        return {StorageError::FileMissing,
                tr("There is no database at %1.").arg(QDir::toNativeSeparators(path))};
    case InputFile::Problem::Unreadable:
        return {StorageError::IoError, tr("%1 %2.").arg(QDir::toNativeSeparators(path), reason)};
    default: // not damage to repair from a backup: the name points at something else
        return {StorageError::IoError,
                tr("%1 %2, not a database file.").arg(QDir::toNativeSeparators(path), reason)};
    }
    if (header.isEmpty())
        return {StorageError::NotADatabase,
                tr("%1 is empty, not a Laatu database. If it should hold reviews, restore the "
                   "newest backup (laatu-cli restore).")
                    .arg(QDir::toNativeSeparators(path))};
    if (header != QByteArray("SQLite format 3\0", 16))
        return {StorageError::NotADatabase,
                tr("%1 is not a Laatu database (it is not an SQLite file). Choose another file, "
                   "or restore the newest backup if this one was damaged.")
                    .arg(QDir::toNativeSeparators(path))};
    return {};
}

bool Database::isInWalMode(const QString &path)
{
    // Bytes 18 and 19 of the header, the file format's write and read versions, are 2 in WAL
    // mode.
    QByteArray header;
    QString reason;
    return readStart(path, 100, header, reason) == InputFile::Problem::None && header.size() == 100
        && header.startsWith(QByteArray("SQLite format 3\0", 16)) && header.at(18) == 2
        && header.at(19) == 2;
}

} // namespace laatu
