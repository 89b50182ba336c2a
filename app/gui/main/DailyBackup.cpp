#include "DailyBackup.h"

#include "storage/BackupService.h"

#include <memory>

namespace laatu::gui {

namespace {
constexpr qint64 kDay = 24 * 3600;
} // namespace

DailyBackup::DailyBackup(QObject *parent)
    : QObject(parent)
    , m_worker(new WorkerThread(this))
{ }

bool DailyBackup::isRunning() const
{
    return m_worker->isRunning();
}

void DailyBackup::wait()
{
    m_worker->wait();
}

void DailyBackup::start(const Database::CompanionTicket &database)
{
    auto problem = std::make_shared<QString>();
    m_worker->start(
        [database, problem] {
            StorageError error;
            if (std::unique_ptr<Database> companion = Database::openCompanion(database, error)) {
                QString backup;
                error = BackupService::backupIfDue(
                    *companion, BackupService::defaultFolder(database.path), kDay, backup);
            }
            if (error)
                *problem = error.message();
        },
        [this, problem] { emit finished(*problem); });
}

} // namespace laatu::gui
