#include "UserFileWriter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace laatu {

QString UserFileWriter::write(const QString &path, const QByteArray &bytes)
{
    const QString native = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2.").arg(native, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size())
        return tr("%1 cannot be written: %2.").arg(native, file.errorString());
    if (!file.commit())
        return tr("%1 could not be saved: %2.").arg(native, file.errorString());
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
        return tr("%1 was written but reads back differently; the disk may be failing.")
            .arg(native);
    return {};
}

} // namespace laatu
