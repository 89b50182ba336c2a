#pragma once

#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace laatu::gui {

// Opens the user's database; when the file turns out to be damaged and a verified backup is
// there, offers to put the newest backup back (the damaged file is kept aside, never deleted)
// and opens that (`putBack`, when given, then says so). Everything else is reported as it is.
class DatabaseRecovery
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRecovery)

public:
    static std::unique_ptr<Database> open(const QString &path, const Database::Options &options,
                                          QWidget *parent, StorageError &error,
                                          bool *putBack = nullptr);

    // For a file found damaged after it was opened (the background checks): whether there is a
    // verified backup and the user wants it put back; `newest` then names it.
    static bool askToPutBack(const QString &path, const StorageError &damage, QWidget *parent,
                             QString &newest);
    // Puts `newest` back in place of the (closed) damaged file, keeping that aside, and opens
    // the result.
    static std::unique_ptr<Database> putBack(const QString &newest, const QString &path,
                                             const Database::Options &options, QWidget *parent,
                                             StorageError &error);
};

} // namespace laatu::gui
