#include "ReviewFileIo.h"

#include "ReviewFileFormat.h"
#include "UserFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    return UserFileWriter::write(path, bytes);
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
