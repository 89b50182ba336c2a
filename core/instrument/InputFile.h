#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace laatu {

// The one way Laatu opens a file it was given to read (a catalog, a review file, a database
// or a backup): only a regular file is read (reliability.md rule 9). A FIFO is refused at once
// instead of waiting forever for a writer, a directory or a device says what it is, and the
// check and the reading are of the same open file, not of whatever the name points at later.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    enum class Problem { None, Missing, Directory, NotRegular, Unreadable };

    // Opens `path` read-only into `file`. On failure `reason` is a phrase for after the file's
    // name ("is a directory", "is not a regular file (a FIFO, a device or a socket)",
    // "cannot be read: Permission denied"); Missing leaves the wording to the caller.
    // Qt resource paths (":/...") are opened as they are.
    static Problem open(const QString &path, QFile &file, QString &reason);
};

} // namespace laatu
