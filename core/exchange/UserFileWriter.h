#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace laatu {

// Writes a file the user asked for (a review file, a CSV, a report) so that it is either
// whole or not there: through QSaveFile (a temporary file renamed into place), readable by the
// user alone, and read back to catch a failing disk. An existing file is replaced only by a
// complete new one.
class UserFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(UserFileWriter)

public:
    // An empty string when the file was written; otherwise what went wrong, naming the file.
    // A symbolic link, a folder or another non-regular file at `path` is refused.
    static QString write(const QString &path, const QByteArray &bytes);
    // Why `path` may not be written (a link, a folder, a device), or empty.
    static QString targetProblem(const QString &path);
    // The reason a write of `needed` bytes failed, in words ("the disk is full ..."); call it
    // right after the call that failed (it reads errno).
    static QString failure(const QFileDevice &file, const QString &path, qint64 needed);
};

} // namespace laatu
