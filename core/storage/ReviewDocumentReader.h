#pragma once

#include "StorageError.h"

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace laatu {

// Loads one whole review from the tables into a ReviewDocument (normalized order).
class ReviewDocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDocumentReader)

public:
    static StorageError load(QSqlDatabase &db, qint64 reviewId, ReviewDocument &document);
};

} // namespace laatu
