#pragma once

#include <QByteArray>
#include <QCoreApplication>
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
    static QString write(const QString &path, const QByteArray &bytes);
};

} // namespace laatu
