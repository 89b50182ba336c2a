#include "DailyBackup.h"

#include "storage/BackupService.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace laatu::gui {

namespace {
constexpr qint64 kDay = 24 * 3600;
} // namespace

DailyBackup::DailyBackup(QObject *parent)
    : QObject(parent)
{ }

DailyBackup::~DailyBackup()
{
    wait();
    delete m_thread;
}

void DailyBackup::wait()
{
    if (m_thread)
        m_thread->wait();
}

void DailyBackup::start(const Database::CompanionTicket &database)
{
    if (m_thread)
        return;
    QPointer<DailyBackup> self(this);
    m_thread = QThread::create([self, database] {
        QString problem;
        StorageError error;
        if (std::unique_ptr<Database> companion = Database::openCompanion(database, error)) {
            QString backup;
            error = BackupService::backupIfDue(
                *companion, BackupService::defaultFolder(database.path), kDay, backup);
        }
        if (error)
            problem = error.message();
        QMetaObject::invokeMethod(
            qApp,
            [self, problem] {
                if (!self)
                    return;
                if (self->m_thread) {
                    self->m_thread->wait();
                    self->m_thread->deleteLater();
                    self->m_thread = nullptr;
                }
                emit self->finished(problem);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace laatu::gui
