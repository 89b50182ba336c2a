#include "InputFile.h"

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace laatu {

InputFile::Problem InputFile::open(const QString &path, QFile &file, QString &reason)
{
    reason.clear();
    if (path.isEmpty()) {
        reason = tr("does not exist (no file name was given)");
        return Problem::Missing;
    }
#ifdef Q_OS_UNIX
    if (!path.startsWith(QLatin1Char(':'))) {
        // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a
        // writer; fstat then tells what was opened. O_NOCTTY: a terminal device never becomes
        // the controlling terminal.
        const int fd = ::open(QFile::encodeName(path).constData(),
                              O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd < 0) {
            const int code = errno;
            if (code == ENOENT || code == ENOTDIR) {
                reason = tr("does not exist");
                return Problem::Missing;
            }
            reason = tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(code)));
            return Problem::Unreadable;
        }
        struct stat status = {};
        Problem problem = Problem::None;
        if (::fstat(fd, &status) != 0) {
            reason = tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            problem = Problem::Unreadable;
        } else if (S_ISDIR(status.st_mode)) {
            reason = tr("is a directory");
            problem = Problem::Directory;
        } else if (!S_ISREG(status.st_mode)) {
            reason = tr("is not a regular file (a FIFO, a device or a socket)");
            problem = Problem::NotRegular;
        } else if (const int flags = ::fcntl(fd, F_GETFL);
                   flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
            reason = tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            problem = Problem::Unreadable;
        }
        if (problem != Problem::None) {
            ::close(fd);
            return problem;
        }
        file.setFileName(path);
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            reason = tr("cannot be read: %1").arg(file.errorString());
            return Problem::Unreadable;
        }
        return Problem::None;
    }
#endif
    file.setFileName(path);
    if (!file.exists()) {
        reason = tr("does not exist");
        return Problem::Missing;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        reason = tr("cannot be read: %1").arg(file.errorString());
        return Problem::Unreadable;
    }
    return Problem::None;
}

} // namespace laatu
