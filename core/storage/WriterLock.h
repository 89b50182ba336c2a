#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace laatu {

// The one-writer lock of a database: a QLockFile beside it. A lock left by a process that is
// gone (same host) is taken over, whether or not its owner had written its name into the lock
// file, and whatever process now has the id it names. Otherwise holder() says who has the database
// open. The lock file is mode 0600 whatever the umask.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(WriterLock)

public:
    explicit WriterLock(const QString &databasePath);
    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    bool tryLock();
    void unlock();
    // Why tryLock() failed, as a phrase: "laatu on host (process 123) has it open for writing".
    const QString &holder() const { return m_holder; }

private:
    bool takeLock();
    // The lock file at `path` is held by no process of this host (its kernel lock is free).
    static bool ownerIsGone(const QString &path);

    QString m_path;
    QLockFile m_lock;
    QString m_holder;
};

} // namespace laatu
