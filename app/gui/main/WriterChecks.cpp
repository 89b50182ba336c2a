#include "WriterChecks.h"

#include "gui/common/MessageBox.h"
#include "gui/main/DatabaseRecovery.h"
#include "gui/main/MainWindow.h"

#include "storage/Database.h"

namespace laatu::gui {

WriterChecks::WriterChecks(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &WriterChecks::poll);
    connect(&m_backup, &DailyBackup::finished, this, &WriterChecks::showBackupProblem);
}

void WriterChecks::start()
{
    Database *database = m_window.database();
    if (!database || database->isReadOnly() || !database->writerChecksPending())
        return;
    database->startBackgroundWriterChecks();
    m_window.showStatusMessage(tr("Checking the database…"));
    m_timer.start();
}

void WriterChecks::poll()
{
    Database *database = m_window.database();
    if (database && database->writerChecksRunning())
        return;
    m_timer.stop();
    // Another database may have been opened meanwhile; its own checks ran when it was.
    if (!database || database->isReadOnly() || !database->writerChecksPending())
        return;
    if (StorageError error = database->completeWriterChecks()) {
        m_window.updateActions();
        m_window.showStatusMessage(tr("The database is damaged: nothing more is saved."));
        const QString path = database->path();
        QString newest;
        if (!DatabaseRecovery::askToPutBack(path, error, &m_window, newest)) {
            MessageBox::critical(&m_window, tr("Database Damaged"), error.message());
            return;
        }
        // The damaged file is closed before the backup takes its place, then checked anew.
        m_window.setDatabase(nullptr);
        Database::Options options;
        options.deferWriterChecks = true;
        StorageError reopenError;
        std::unique_ptr<Database> restored
            = DatabaseRecovery::putBack(newest, path, options, &m_window, reopenError);
        if (!restored)
            MessageBox::critical(&m_window, tr("Backup Not Put Back"), reopenError.message());
        m_window.setDatabase(std::move(restored));
        start();
        return;
    }
    m_window.showStatusMessage(tr("Database checked."));
    // Off the GUI thread: at the day's first start the copy and its verification take a
    // moment that grows with the history.
    Database::CompanionTicket ticket;
    if (StorageError error = database->companionTicket(tr("making the daily backup"), ticket)) {
        MessageBox::critical(&m_window, tr("Backup Failed"), error.message());
        return;
    }
    m_backup.start(ticket);
}

void WriterChecks::showBackupProblem(const QString &problem)
{
    if (!problem.isEmpty())
        MessageBox::critical(&m_window, tr("Backup Failed"), problem);
}

} // namespace laatu::gui
