#include "ReviewFileIo.h"

#include "ReviewFileFormat.h"
#include "UserFileWriter.h"

#include "instrument/InputFile.h"

#include <QDir>
#include <QFile>

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
    QFile file;
    QString reason;
    switch (InputFile::open(path, file, reason)) {
    case InputFile::Problem::None:
        break;
    case InputFile::Problem::Missing:
        errors << tr("there is no such file");
        return std::nullopt;
    default:
        errors << tr("the file %1").arg(reason);
        return std::nullopt;
    }
    if (file.size() > ReviewFileFormat::kMaxFileBytes) {
        errors << tr("the file is too large for a review file (%1 bytes; at most %2)")
                      .arg(file.size())
                      .arg(ReviewFileFormat::kMaxFileBytes);
        return std::nullopt;
    }
    return ReviewFileFormat::fromJson(file.read(ReviewFileFormat::kMaxFileBytes + 1), errors);
}

} // namespace laatu
