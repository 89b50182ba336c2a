#include "ReviewImporter.h"

#include "ReviewFileIo.h"
#include "ReviewValidator.h"

#include "storage/ReviewRepository.h"

#include <QDir>

namespace laatu {

namespace {
// True, with a message in `errors`, when the hand-out's review is already in the database
// with work in it (ratings, notes, findings or actions): the hand-out must not replace it.
bool replacesWork(ReviewRepository &repository, const ReviewDocument &handOut, QStringList &errors,
                  StorageError &databaseError)
{
    qint64 id = 0;
    if (StorageError error = repository.findReview(handOut.review.uuid, id)) {
        if (error.code() != StorageError::NotFound)
            databaseError = error;
        return bool(databaseError);
    }
    ReviewDocument stored;
    if ((databaseError = repository.loadReview(id, stored)))
        return true;
    if (stored.ratings.isEmpty() && stored.notes.isEmpty() && stored.findings.isEmpty()
        && stored.actions.isEmpty())
        return false;
    errors << ReviewImporter::tr(
                  "this hand-out is for review %1 of %2, which is already in this database "
                  "with %n rating(s) and notes made here; importing it again would replace "
                  "them, so nothing was changed",
                  nullptr, static_cast<int>(stored.ratings.size()))
                  .arg(stored.review.uuid, stored.site.name);
    return true;
}
} // namespace

ReviewImporter::Result ReviewImporter::importFiles(ReviewRepository &repository,
                                                   const QStringList &paths)
{
    Result result;
    QList<ReviewDocument> documents;
    QStringList handedOutTo;
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
        } else if (document && !document->handedOutToUuid.isEmpty()
                   && replacesWork(repository, *document, errors, result.databaseError)) {
            // A hand-out again over a review already rated here would wipe those ratings.
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
        if (document && errors.isEmpty()) {
            handedOutTo << document->handedOutToUuid;
            // The marker belongs to the file, not to the review: the database never keeps it.
            document->handedOutToUuid.clear();
            documents << *document;
        }
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
        result.imported << FileResult {paths.at(i), documents.at(i).review.uuid, outcome,
                                       handedOutTo.at(i)};
    }
    return result;
}

} // namespace laatu
