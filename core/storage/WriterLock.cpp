#include "WriterLock.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
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

bool WriterLock::ownerDiedWhileLocking(const QString &path)
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
        if (QLockFile(path).getLockInfo(&pid, &host, &application))
            return false; // readable: QLockFile's own stale check decides
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
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
    Q_UNUSED(path)
    return false;
#endif
}

bool WriterLock::takeLock()
{
#ifdef Q_OS_UNIX
    // QLockFile creates its file with mode 0666 less the umask; the lock names this host and
    // process, so it is the user's alone like every file Laatu makes (reliability.md rule 9).
    // The umask is narrowed only for the moment of creation: narrowing can only make a file
    // another thread creates meanwhile more private, never less.
    const mode_t previous = ::umask(077);
    const bool locked = m_lock.tryLock(0);
    ::umask(previous);
#else
    const bool locked = m_lock.tryLock(0);
#endif
    if (locked)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return locked;
}

bool WriterLock::tryLock()
{
    if (takeLock())
        return true;
    // QLockFile removes a stale lock only while holding "<lock>.rmlock", a lock file of its
    // own; one left empty by a process killed as it made it blocks every takeover for 30 s.
    const QString removalLock = m_path + QStringLiteral(".rmlock");
    if (m_lock.error() == QLockFile::LockFailedError && QFileInfo::exists(removalLock)
        && ownerDiedWhileLocking(removalLock) && QFile::remove(removalLock) && takeLock())
        return true;
    if (m_lock.error() == QLockFile::LockFailedError && ownerDiedWhileLocking(m_path)
        && m_lock.removeStaleLockFile() && takeLock())
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
