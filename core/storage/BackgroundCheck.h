#pragma once

#include "StorageError.h"

#include <QString>

#include <atomic>
#include <thread>

namespace laatu {

// The whole-file check of a database (DatabaseCheck: integrity_check, foreign_key_check, the
// CHECK constraints and the schema) on a thread of its own, with its own read-only connection,
// so that a window can show at once over a database of any size. Its result decides whether the
// writer may write (Database::completeWriterChecks waits for it); until then nothing is written.
class BackgroundCheck
{
public:
    explicit BackgroundCheck(const QString &path);
    ~BackgroundCheck(); // waits for the check: the thread never outlives the object
    BackgroundCheck(const BackgroundCheck &) = delete;
    BackgroundCheck &operator=(const BackgroundCheck &) = delete;

    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }
    // Waits until the check has finished and returns what it found (none: the file passed).
    StorageError result();

private:
    void run();

    QString m_path;
    StorageError m_result; // written by the thread before m_finished, read after join()
    std::atomic<bool> m_finished {false};
    std::thread m_thread;
};

} // namespace laatu
