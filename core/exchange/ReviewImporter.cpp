#include "ReviewImporter.h"

#include "ReviewFileIo.h"
#include "ReviewValidator.h"

#include "storage/ReviewRepository.h"

#include <QDir>

namespace laatu {

ReviewImporter::Result ReviewImporter::importFiles(ReviewRepository &repository,
                                                   const QStringList &paths)
{
    Result result;
    QList<ReviewDocument> documents;
    for (const QString &path : paths) {
        const QString native = QDir::toNativeSeparators(path);
        QStringList errors;
        std::optional<ReviewDocument> document = ReviewFileIo::read(path, errors);
        if (document) {
            StorageError catalogError;
            const auto instrument = repository.catalog(
                document->review.catalogId, document->review.catalogVersion, catalogError);
            if (catalogError.code() == StorageError::NotFound)
                errors << catalogError.message();
            else if (catalogError)
                result.databaseError = catalogError;
            else
                errors << ReviewValidator::problems(*document, *instrument);
        }
        for (const QString &error : errors)
            result.fileProblems << tr("%1: %2").arg(native, error);
        if (document && errors.isEmpty())
            documents << *document;
    }
    if (!result.fileProblems.isEmpty() || result.databaseError)
        return result;
    for (int i = 0; i < documents.size(); ++i) {
        qint64 existing = 0;
        const bool existed = !repository.findReview(documents[i].review.uuid, existing);
        bool unchanged = false;
        if ((result.databaseError = repository.saveReview(documents[i], unchanged)))
            return result;
        result.imported << FileResult {paths.at(i), documents.at(i).review.uuid,
                                       unchanged     ? Outcome::Unchanged
                                           : existed ? Outcome::Replaced
                                                     : Outcome::Added};
    }
    return result;
}

} // namespace laatu
