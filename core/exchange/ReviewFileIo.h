#pragma once

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace laatu {

// Review files on disk: written whole through QSaveFile (mode 0600) and read back and compared
// before success is reported; read with a size limit.
class ReviewFileIo
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFileIo)

public:
    // Returns an empty string on success, else what went wrong.
    static QString write(const QString &path, const ReviewDocument &document);
    // `errors` gets what is wrong, without the file name (callers name the file).
    static std::optional<ReviewDocument> read(const QString &path, QStringList &errors);
};

} // namespace laatu
