#include "UserFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

namespace laatu {

QString UserFileWriter::targetProblem(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    // QSaveFile writes through a symlink to its target (and sets the target's mode): a link
    // planted where the user expects a new file would have Laatu overwrite another file. The
    // user chooses the target by naming it.
    if (info.isSymLink())
        return tr("%1 is a symbolic link to %2; Laatu does not write through a link. Give the "
                  "file itself (%2) if that is the one to replace.")
            .arg(native, QDir::toNativeSeparators(info.symLinkTarget()));
    if (info.exists() && info.isDir())
        return tr("%1 is a folder; give a file name.").arg(native);
    if (info.exists() && !info.isFile())
        return tr("%1 is not a regular file; give another file name.").arg(native);
    return {};
}

QString UserFileWriter::failure(const QFileDevice &file, const QString &path, qint64 needed)
{
    // errno of the call that failed, before anything below can change it.
    const int systemError = errno;
    // QSaveFile often reports a full disk as "Unknown error": the free space says it plainly.
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < needed + 64 * 1024)
        return tr("the disk is full (%1 bytes free, %2 needed)")
            .arg(storage.bytesAvailable())
            .arg(needed);
    const QString reason = file.errorString();
    if (!reason.isEmpty() && reason != QLatin1String("Unknown error"))
        return reason;
    if (systemError != 0)
        return QString::fromLocal8Bit(std::strerror(systemError));
    return tr("the system did not say why");
}

QString UserFileWriter::write(const QString &path, const QByteArray &bytes)
{
    const QString native = QDir::toNativeSeparators(path);
    if (const QString problem = targetProblem(path); !problem.isEmpty())
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2.").arg(native, failure(file, path, bytes.size()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size())
        return tr("%1 cannot be written: %2.").arg(native, failure(file, path, bytes.size()));
    if (!file.commit())
        return tr("%1 could not be saved: %2.").arg(native, failure(file, path, bytes.size()));
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
        return tr("%1 was written but reads back differently; the disk may be failing.")
            .arg(native);
    return {};
}

} // namespace laatu
