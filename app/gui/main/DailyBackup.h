#pragma once

#include "storage/Database.h"

#include "gui/common/WorkerThread.h"

#include <QObject>

namespace laatu::gui {

// The day's backup (BackupService::backupIfDue) on a thread of its own, over a second
// connection to the database (Database::openCompanion), so that copying and verifying a long
// history never holds up the window. Ends before it is destroyed (WorkerThread).
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    explicit DailyBackup(QObject *parent = nullptr);

    bool isRunning() const;
    void start(const Database::CompanionTicket &database);
    // Waits for a backup still being made.
    void wait();

signals:
    // `problem` is empty when a backup was made or none was due.
    void finished(const QString &problem);

private:
    WorkerThread *m_worker;
};

} // namespace laatu::gui
