#include "WriterLock.h"

#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
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

bool WriterLock::ownerIsGone(const QString &path)
{
#ifdef Q_OS_UNIX
    // QLockFile creates the file, takes a kernel lock (flock) on it, writes its name into it,
    // and keeps the file open with the kernel lock until it unlocks. So a lock file whose kernel
    // lock is free belongs to nobody, whatever it says: an owner killed before it wrote its
    // name left it empty, one killed later left its process id. That id is not proof of life:
    // Qt counts a process as running when /proc/PID/exe cannot be read, which is also true of
    // a zombie and of a kernel thread that was given the dead process's id (ids wrap at
    // pid_max, 32768 on many systems, and a test run starts thousands of processes).
    // The kernel lock is checked twice, 100 ms apart, so that an owner caught between creating
    // the file and locking it has long locked it at the second look. A lock naming another
    // host (a shared folder) is never taken over: its kernel lock says nothing here.
    for (int attempt = 0; attempt < 2; ++attempt) {
        qint64 pid = 0;
        QString host;
        QString application;
        if (QLockFile(path).getLockInfo(&pid, &host, &application) && !host.isEmpty()
            && host != QSysInfo::machineHostName())
            return false;
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
        && ownerIsGone(removalLock) && QFile::remove(removalLock) && takeLock())
        return true;
    if (m_lock.error() == QLockFile::LockFailedError && ownerIsGone(m_path)
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
