#pragma once

#include "ReviewSummary.h"
#include "StorageError.h"

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <map>
#include <optional>

namespace laatu {

class Database;
class SqlStatement;

// Reviews, sites and catalogs in the database. Each public edit is one short BEGIN IMMEDIATE
// transaction, committed before the call returns; a final review refuses edits until it is
// reopened, and every change after a reopen is written to the audit log in the same
// transaction.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    explicit ReviewRepository(Database &database);
    // The database the repository reads and writes (for the other repositories of one task).
    Database &database() { return m_database; }

    // Catalogs: the exact JSON a review was rated against, by (id, version).
    StorageError storeCatalog(const QByteArray &json, const Instrument &instrument);
    // The built-in catalog is always known; others come from the catalog table. The pointer
    // stays valid as long as the repository: catalogs are parsed once and kept.
    const Instrument *catalog(const QString &id, const QString &version, StorageError &error);

    // Every review's summary, by county, site and visit (ReviewRepositoryLists.cpp).
    StorageError listReviews(QList<ReviewSummary> &reviews);
    // One site's, in visit order, through the index review_by_site.
    StorageError listSiteReviews(const QString &siteUuid, QList<ReviewSummary> &reviews);
    // How many reviews each site has, by site id (sites without any left out), and all of
    // them: the review list's start without reading any review.
    StorageError countReviewsBySite(QHash<qint64, int> &countsBySite, int &total);
    StorageError findReview(const QString &uuid, qint64 &id);
    // The latest review of site `siteId` whose visit started before `visitStart` (the newest
    // row first when two started the same day), other than `exceptUuid`; `id` 0 when there is
    // none. One query through the index review_by_site (site_id, visit_start).
    StorageError previousReview(qint64 siteId, const QDate &visitStart, const QString &exceptUuid,
                                qint64 &id);
    StorageError loadReview(qint64 id, ReviewDocument &document);
    // The review and the catalog it was rated against, as a report or letter needs them.
    StorageError loadReviewWithCatalog(qint64 id, ReviewDocument &document,
                                       const Instrument *&instrument);
    // Writes a whole review (site found or created by UUID) in one transaction. With an
    // existing review of the same UUID: `unchanged` is set and nothing is written when the
    // content is the same; a final review is not replaced.
    StorageError saveReview(ReviewDocument &document, bool &unchanged);
    enum class SaveOutcome { Added, Replaced, Unchanged };
    // Writes reviews as saveReview() does, all in one transaction: if the database refuses one
    // (a final review), none is written. `outcomes` gets one entry per document.
    StorageError importReviews(QList<ReviewDocument> &documents, QList<SaveOutcome> &outcomes);
    // Writes many new reviews in one transaction (demo data, benchmarks).
    StorageError saveReviews(QList<ReviewDocument> &documents);
    // Deletes a review and everything it holds; a final review must be reopened first.
    StorageError deleteReview(qint64 id);

    // Per-edit saves. `value` nullopt clears the rating.
    StorageError setConsensusRating(qint64 reviewId, const QString &criterionId,
                                    std::optional<int> value, const QString &reason = {});
    StorageError setRaterRating(qint64 reviewId, const QString &raterUuid,
                                const QString &criterionId, std::optional<int> value);
    StorageError setEvidenceNote(qint64 reviewId, const QString &criterionId, const QString &source,
                                 const QString &text);
    // An input of a numeric criterion as the exact decimal text typed; empty clears it.
    StorageError setEvidenceNumber(qint64 reviewId, const QString &criterionId,
                                   const QString &inputKey, const QString &value);
    // Whether an element of a counted criterion is present; nullopt clears the check.
    StorageError setElementCheck(qint64 reviewId, const QString &criterionId,
                                 const QString &elementKey, std::optional<bool> present);
    // Adds the finding (new UUID, at the end) or updates the one with its UUID.
    StorageError saveFinding(qint64 reviewId, const Finding &finding);
    StorageError removeFinding(qint64 reviewId, const QString &uuid);
    // Adds the action item (new UUID, at the end) or updates the one with its UUID.
    StorageError saveAction(qint64 reviewId, const ActionItem &action);
    StorageError removeAction(qint64 reviewId, const QString &uuid);
    // Ends independent rating: the draft becomes a review in consensus, so every reviewer's
    // sheet is shown side by side (logged). A review already in consensus is left as it is.
    StorageError reveal(qint64 reviewId);
    StorageError finalise(qint64 reviewId);
    StorageError reopen(qint64 reviewId, const QString &reason);
    StorageError auditLog(qint64 reviewId, QStringList &entries);
    // Clears a final review's record sample (issue 15, data minimisation): the record rows are
    // deleted (their pages overwritten), the figures they gave are kept as typed figures, and
    // the audit log says so. `cleared` is the number of rows removed.
    StorageError clearRecords(qint64 reviewId, int &cleared);
    // The visit plan, one item at a time (ReviewRepositoryPlan.cpp). Adds the item or changes
    // the one with its UUID; with `position` it is put there (the items after it move down),
    // without it a changed item keeps its place and a new one goes last.
    StorageError saveVisitPlanItem(qint64 reviewId, const VisitPlanItem &item,
                                   std::optional<int> position = std::nullopt);
    StorageError removeVisitPlanItem(qint64 reviewId, const QString &uuid);
    // Moves the item `offset` places (-1 up, +1 down); refused past either end.
    StorageError moveVisitPlanItem(qint64 reviewId, const QString &uuid, int offset);
    // Replaces the whole plan (starting one from a template, undoing that).
    StorageError replaceVisitPlan(qint64 reviewId, const VisitPlan &plan);
    // The evidence workbook, one row at a time (ReviewRepositoryWorkbook.cpp). Adds the row or
    // changes the one with its UUID, kept at `position` in its table (the rows after it move
    // down); each value must be in its catalog field's stored form (WorkbookFigure::storedValue).
    StorageError saveWorkbookRow(qint64 reviewId, WorkbookTable table, const WorkbookRow &row,
                                 int position);
    StorageError removeWorkbookRow(qint64 reviewId, const QString &uuid);

private:
    // The summaries of a query that selects the columns of kSummaryColumns.
    StorageError readSummaries(SqlStatement &query, const QString &what,
                               QList<ReviewSummary> &reviews);
    static QString nowUtc(); // audit times, UTC, ISO 8601
    struct EditContext
    {
        ReviewStatus status = ReviewStatus::Draft;
        int reopenCount = 0;
        const Instrument *instrument = nullptr;
    };
    // One per-edit transaction: write access, BEGIN IMMEDIATE, the review's state (a final
    // review refuses), the change, updated_at and the audit entry after a reopen, COMMIT.
    using Change = std::function<StorageError(const EditContext &)>;
    StorageError edit(qint64 reviewId, const QString &what, const QString &action,
                      const QString &detail, const Change &change);
    StorageError editUnchecked(qint64 reviewId, const QString &what, const QString &action,
                               const QString &detail, const Change &change);
    StorageError importReviewsUnchecked(QList<ReviewDocument> &documents,
                                        QList<SaveOutcome> &outcomes);
    StorageError saveReviewsUnchecked(QList<ReviewDocument> &documents);
    StorageError editContext(qint64 reviewId, EditContext &context, const QString &what);
    StorageError checkCriterion(const EditContext &context, const QString &criterionId,
                                std::optional<int> value);
    StorageError touch(qint64 reviewId, const EditContext &context, const QString &action,
                       const QString &detail, const QString &what);
    StorageError upsert(ReviewDocument &document, SaveOutcome &outcome, const QString &what);
    StorageError ensureCatalogRow(const QString &id, const QString &version, const QString &what);

    Database &m_database;
    std::map<QString, Instrument> m_catalogs; // "id\nversion" -> parsed catalog; node-stable
};

} // namespace laatu
