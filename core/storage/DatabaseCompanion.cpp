// A worker thread's second connection to the database this process has open for writing.
// Apart from Database.cpp, which opens, checks and migrates the file.
#include "Database.h"

#include "BackgroundCheck.h"
#include "WriterLock.h"

#include <QDir>
#include <QFileInfo>

namespace laatu {

StorageError Database::companionTicket(const QString &what, CompanionTicket &ticket)
{
    // The full checks first: a worker writes nothing to a file that has not passed them.
    if (StorageError error = ensureWritable(what))
        return error;
    ticket.path = m_path;
    return {};
}

std::unique_ptr<Database> Database::openCompanion(const CompanionTicket &ticket,
                                                  StorageError &error)
{
    if (ticket.path.isEmpty() || !QFileInfo(ticket.path).isFile()) {
        error = {StorageError::FileMissing,
                 tr("There is no database at %1.").arg(QDir::toNativeSeparators(ticket.path))};
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database());
    database->m_path = ticket.path;
    database->m_companion = true;
    database->m_readOnly = ticket.readOnly;
    // A reader may come before the whole-file checks: its pages are checked as they are read.
    if ((error = database->connect(ticket.readOnly))
        || (error = database->applyPragmas(ticket.readOnly)))
        return nullptr;
    database->m_verified = true;
    return database;
}

} // namespace laatu
