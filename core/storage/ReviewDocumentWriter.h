#pragma once

#include "StorageError.h"

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace laatu {

// Writes one whole review into the tables, inside the caller's transaction. The site is found
// by UUID (updated) or created; an existing review row keeps its id and audit log, and its
// raters, ratings, evidence, findings and actions are replaced by the document's.
class ReviewDocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDocumentWriter)

public:
    explicit ReviewDocumentWriter(QSqlDatabase &db);
    StorageError write(ReviewDocument &document, qint64 existingReviewId);
    // Finds the site by UUID and updates its details, or adds it.
    StorageError upsertSite(Site &site);

private:
    StorageError writeChildren(const ReviewDocument &document, qint64 reviewId);

    QSqlDatabase &m_db;
    QString m_what;
};

} // namespace laatu
