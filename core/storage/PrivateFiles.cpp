#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace laatu {

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

QString PrivateFiles::makeFolder(const QString &path, QString *outermostCreated)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(absolute);
    if (info.isDir())
        return {};
    if (info.exists() || info.isSymLink())
        return tr("%1 is not a folder").arg(QDir::toNativeSeparators(absolute));
    const QString parent = info.absolutePath();
    if (parent != absolute)
        if (const QString reason = makeFolder(parent, outermostCreated); !reason.isEmpty())
            return reason;
    if (!QDir().mkdir(absolute) && !QFileInfo(absolute).isDir())
        return tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(absolute));
    QFile::setPermissions(absolute,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (outermostCreated && outermostCreated->isEmpty())
        *outermostCreated = absolute;
    return {};
}

void PrivateFiles::removeEmptyFolders(const QString &innermost, const QString &outermost)
{
    if (outermost.isEmpty())
        return;
    const QString last = QDir::cleanPath(QFileInfo(outermost).absoluteFilePath());
    QString folder = QDir::cleanPath(QFileInfo(innermost).absoluteFilePath());
    // rmdir() leaves a folder that is not empty, and the walk stops there.
    while (folder.startsWith(last) && QDir().rmdir(folder) && folder != last)
        folder = QFileInfo(folder).absolutePath();
}

QString PrivateFiles::createEmpty(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return file.errorString();
    file.close();
    makePrivate(path); // a umask such as 0277 would have taken the write bit away
    return {};
}

bool PrivateFiles::makePrivate(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString PrivateFiles::replace(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return systemError();
    return {};
}

bool PrivateFiles::link(const QString &from, const QString &to, QString &reason, bool &unsupported)
{
    unsupported = false;
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    unsupported = errno == EPERM || errno == EOPNOTSUPP || errno == EXDEV || errno == EMLINK;
    reason = systemError();
#else
    Q_UNUSED(from)
    Q_UNUSED(to)
    unsupported = true;
#endif
    return false;
}

void PrivateFiles::syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd
        = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

int PrivateFiles::linkCount(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0)
        return static_cast<int>(info.st_nlink);
#else
    Q_UNUSED(path)
#endif
    return 1;
}

bool PrivateFiles::sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa = {};
    struct stat sb = {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0
        && ::stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev
        && sa.st_ino == sb.st_ino;
#else
    return QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
#endif
}

} // namespace laatu
