#include "ReviewFileIo.h"

#include "ReviewFileFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace laatu {

QString ReviewFileIo::write(const QString &path, const ReviewDocument &document)
{
    const QString native = QDir::toNativeSeparators(path);
    const QByteArray bytes = ReviewFileFormat::toJson(document);
    // A file another laptop would refuse is not written: say so here, not on that laptop.
    QStringList problems;
    if (!ReviewFileFormat::fromJson(bytes, problems))
        return tr("%1 was not written: the review cannot be a review file (%2).")
            .arg(native, problems.join(QStringLiteral("; ")));
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

std::optional<ReviewDocument> ReviewFileIo::read(const QString &path, QStringList &errors)
{
    // The caller names the file; these messages say what is wrong with it.
    const QFileInfo info(path);
    if (!info.isFile()) {
        errors << tr("there is no such file");
        return std::nullopt;
    }
    if (info.size() > ReviewFileFormat::kMaxFileBytes) {
        errors << tr("the file is too large for a review file (%1 bytes; at most %2)")
                      .arg(info.size())
                      .arg(ReviewFileFormat::kMaxFileBytes);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors << tr("the file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return ReviewFileFormat::fromJson(file.read(ReviewFileFormat::kMaxFileBytes + 1), errors);
}

} // namespace laatu
