#include "WriterLock.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace laatu {

WriterLock::WriterLock(const QString &databasePath)
    : m_path(databasePath + QStringLiteral(".lock"))
    , m_lock(m_path)
{
    // 0: a lock is stale only when its process is gone (same host), never by age.
    m_lock.setStaleLockTime(0);
}

WriterLock::~WriterLock()
{
    unlock();
}

bool WriterLock::ownerDiedWhileLocking() const
{
#ifdef Q_OS_UNIX
    // QLockFile creates the file, takes a kernel lock (flock) on it, then writes its pid. An
    // owner killed in between leaves a file without a readable owner. A live owner holds the
    // kernel lock and writes its name within microseconds; so a file that stays unreadable
    // while its kernel lock is free belongs to a process that is gone.
    for (int attempt = 0; attempt < 2; ++attempt) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock.getLockInfo(&pid, &host, &application))
            return false; // readable: QLockFile's own stale check decides
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        ::close(fd); // also releases the probe's flock
        if (!free)
            return false;
        if (attempt == 0)
            QThread::msleep(100);
    }
    return true;
#else
    return false;
#endif
}

bool WriterLock::tryLock()
{
    if (m_lock.tryLock(0))
        return true;
    if (m_lock.error() == QLockFile::LockFailedError && ownerDiedWhileLocking()
        && m_lock.removeStaleLockFile() && m_lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock.error() == QLockFile::LockFailedError
        && m_lock.getLockInfo(&pid, &host, &application))
        m_holder
            = tr("%1 on %2 (process %3) has it open for writing").arg(application, host).arg(pid);
    else if (m_lock.error() == QLockFile::LockFailedError)
        m_holder = tr("another program is opening it for writing");
    else
        m_holder = tr("the folder %1 cannot be written")
                       .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
    return false;
}

void WriterLock::unlock()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

} // namespace laatu
