#pragma once

#include "DailyBackup.h"

#include <QObject>
#include <QTimer>

namespace laatu::gui {

class MainWindow;

// After the window shows: the database's whole-file check runs on its own thread
// (Database::startBackgroundWriterChecks) while the user reads, with "Checking the database…" in
// the status bar. An edit made meanwhile waits for the result (Database::ensureWritable). Once
// it has passed, the daily backup is made on a thread of its own (DailyBackup); a file that
// fails goes read-only, with a message.
class WriterChecks : public QObject
{
    Q_OBJECT

public:
    explicit WriterChecks(MainWindow &window);
    void start();

private:
    void poll();
    void showBackupProblem(const QString &problem);

    MainWindow &m_window;
    QTimer m_timer;
    DailyBackup m_backup;
};

} // namespace laatu::gui
