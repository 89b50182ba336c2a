#include "ReviewImporter.h"

#include "ReviewFileIo.h"
#include "ReviewValidator.h"
#include "SiteChangeCheck.h"

#include "storage/ReviewRepository.h"

#include <QDir>
#include <QHash>

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

// What the validated files would do to the reviews already here, beyond the sites: problems
// named per file in `problems`.
StorageError checkReplacements(ReviewRepository &repository, const QList<ReviewDocument> &documents,
                               const QStringList &paths, QStringList &problems)
{
    QHash<QString, QString> fileOfReview; // review UUID -> the first file that carries it
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const ReviewDocument &document = documents.at(i);
        const QString native = QDir::toNativeSeparators(paths.at(i));
        const auto refuse = [&](const QString &problem) {
            problems << ReviewImporter::tr("%1: %2").arg(native, problem);
        };
        // Which of the two would win depends on the order of the names on the command line.
        if (fileOfReview.contains(document.review.uuid))
            refuse(ReviewImporter::tr("it carries review %1, as %2 does; import one of them")
                       .arg(document.review.uuid, fileOfReview.value(document.review.uuid)));
        else
            fileOfReview.insert(document.review.uuid, native);
        qint64 id = 0;
        StorageError error = repository.findReview(document.review.uuid, id);
        if (error.code() == StorageError::NotFound)
            continue;
        if (error)
            return error;
        ReviewDocument stored;
        if ((error = repository.loadReview(id, stored)))
            return error;
        // A full file with no reviewers is more likely a mistake than a wish to drop them all
        // with their ratings.
        if (document.raters.isEmpty() && !stored.raters.isEmpty())
            refuse(ReviewImporter::tr("the file has no reviewers, but review %1 here has %n "
                                      "with their ratings; importing it would remove them",
                                      nullptr, static_cast<int>(stored.raters.size()))
                       .arg(document.review.uuid));
    }
    return {};
}
} // namespace

ReviewImporter::Result ReviewImporter::importFiles(ReviewRepository &repository,
                                                   const QStringList &paths)
{
    return importFiles(repository, paths, Options());
}

ReviewImporter::Result ReviewImporter::importFiles(ReviewRepository &repository,
                                                   const QStringList &paths, const Options &options)
{
    Result result;
    QList<ReviewDocument> documents;
    QStringList documentPaths;
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
            documentPaths << path;
        }
    }
    if (!result.fileProblems.isEmpty() || result.databaseError)
        return result;
    if ((result.databaseError
         = checkReplacements(repository, documents, documentPaths, result.conflicts)))
        return result;
    SiteChangeCheck::Findings sites;
    if ((result.databaseError
         = SiteChangeCheck::inspect(repository, documents, documentPaths, sites)))
        return result;
    result.conflicts << sites.refused;
    result.fileProblems << result.conflicts;
    result.siteChanges = sites.toConfirm;
    if (!options.acceptSiteChanges)
        result.fileProblems << sites.toConfirm;
    if (!result.fileProblems.isEmpty())
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
