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
        if (document && !document->onlyRaterUuid.isEmpty()) {
            // Importing one reviewer's part would replace the whole review with it, dropping
            // the other reviewers, the consensus, the findings and the actions.
            errors << tr("%1 holds only %2's own ratings (a one-rater file from export-mine); "
                         "bring it in with `laatu-cli merge %1` so the other reviewers, the "
                         "consensus and the findings are kept")
                          .arg(native, document->raters.constFirst().name);
        } else if (document) {
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
            result.fileProblems << (error.startsWith(native) ? error
                                                             : tr("%1: %2").arg(native, error));
        if (document && errors.isEmpty())
            documents << *document;
    }
    if (!result.fileProblems.isEmpty() || result.databaseError)
        return result;
    QList<ReviewRepository::SaveOutcome> outcomes;
    if ((result.databaseError = repository.importReviews(documents, outcomes)))
        return result;
    for (int i = 0; i < documents.size(); ++i) {
        const auto outcome = outcomes.at(i) == ReviewRepository::SaveOutcome::Added ? Outcome::Added
            : outcomes.at(i) == ReviewRepository::SaveOutcome::Replaced ? Outcome::Replaced
                                                                        : Outcome::Unchanged;
        result.imported << FileResult {paths.at(i), documents.at(i).review.uuid, outcome};
    }
    return result;
}

} // namespace laatu
