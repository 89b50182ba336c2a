#pragma once

#include <QCoreApplication>
#include <QString>

namespace laatu {

// Files and folders Laatu creates are the user's alone whatever the umask (reliability.md rule
// 9): files 0600, folders 0700. SQLite gives a database's -journal, -wal and -shm files the
// mode of the database file itself, so a database created 0600 keeps its journals 0600 too.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)

public:
    // Creates `path` and any missing parent folders, each created one mode 0700; folders that
    // were there already keep their mode. An empty string on success, else the reason.
    // `outermostCreated` gets the outermost folder it created (empty when none).
    static QString makeFolder(const QString &path, QString *outermostCreated = nullptr);
    // Removes `innermost` and its parents up to `outermost`, as far as they are empty: undoes
    // makeFolder() for a command that failed.
    static void removeEmptyFolders(const QString &innermost, const QString &outermost);
    // Creates an empty file that must not exist yet, mode 0600 from its first byte.
    static QString createEmpty(const QString &path);
    // Sets mode 0600 (files Laatu made through a library that takes the umask).
    static bool makePrivate(const QString &path);
    // Renames `from` over `to` in one step (rename(2)): `to` names the old file or the new
    // one at every instant, never nothing. QFile::rename() refuses an existing target.
    static QString replace(const QString &from, const QString &to);
    // A second name for the same file (link(2)); fails when `to` exists. False and `reason`
    // set on failure; `unsupported` when the file system has no hard links.
    static bool link(const QString &from, const QString &to, QString &reason, bool &unsupported);
    // Makes renames in the folder durable (fsync of the folder); best effort.
    static void syncFolder(const QString &folder);
    // Both names are the same file (same device and inode).
    static bool sameFile(const QString &a, const QString &b);
    // How many names the file has (st_nlink); 1 where the system cannot tell.
    static int linkCount(const QString &path);
};

} // namespace laatu
