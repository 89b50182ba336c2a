#pragma once

#include "RatingSheet.h"
#include "ReviewEnums.h"
#include "Site.h"
#include "VisitPlan.h"
#include "Workbook.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace laatu {

struct Rater
{
    QString uuid;
    QString name;
    friend bool operator==(const Rater &, const Rater &) = default;
};

// A rating of one criterion: by a reviewer (raterUuid set) or the consensus (raterUuid empty,
// with the reason the reviewers agreed on).
struct RatingEntry
{
    QString raterUuid;
    QString criterionId;
    int value = 0;
    QString reason;
    friend bool operator==(const RatingEntry &, const RatingEntry &) = default;
};

struct EvidenceNote
{
    QString criterionId;
    QString source; // catalog source key: interview, records, data, documents, observation
    QString text;
    friend bool operator==(const EvidenceNote &, const EvidenceNote &) = default;
};

// A number behind a numeric criterion, kept as the exact decimal text the reviewer typed.
struct EvidenceNumber
{
    QString criterionId;
    QString inputKey;
    QString value;
    friend bool operator==(const EvidenceNumber &, const EvidenceNumber &) = default;
};

struct ElementCheck
{
    QString criterionId;
    QString elementKey;
    bool present = false;
    friend bool operator==(const ElementCheck &, const ElementCheck &) = default;
};

struct Finding
{
    QString uuid;
    QString criterionId; // empty: about the service as a whole
    FindingKind kind = FindingKind::Strength;
    QString text;
    friend bool operator==(const Finding &, const Finding &) = default;
};

struct ActionItem
{
    QString uuid;
    QString what;
    QString who;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    friend bool operator==(const ActionItem &, const ActionItem &) = default;
};

struct ReviewHeader
{
    qint64 id = 0;
    QString uuid;
    ReviewKind kind = ReviewKind::External;
    QDate visitStart;
    QDate visitEnd;
    ReviewStatus status = ReviewStatus::Draft;
    QString catalogId;
    QString catalogVersion;
    QDateTime createdAt; // UTC, whole seconds
    QDateTime updatedAt;
    friend bool operator==(const ReviewHeader &, const ReviewHeader &) = default;
};

// Everything one review holds, as plain values: what a review file carries and what the
// storage loads and saves. Lists are kept in a canonical order (see normalize()) so that two
// documents with the same content compare equal and export byte-identically.
struct ReviewDocument
{
    Site site;
    ReviewHeader review;
    QList<Rater> raters;
    QList<RatingEntry> ratings;
    QList<EvidenceNote> notes;
    QList<EvidenceNumber> numbers;
    QList<ElementCheck> elements;
    QList<Finding> findings; // in the order written
    QList<ActionItem> actions;
    Workbook workbook; // the coaches and records behind the figures
    VisitPlan visitPlan; // the site visit's agenda, in the order arranged
    // Set only on a one-rater ("my ratings") file, as written by RaterExport: the UUID of the
    // one reviewer it holds (file member "onlyRater"). Such a file is merged into the review,
    // never imported, since an import would replace the whole review with this one part. The
    // database never stores it: a loaded review has it empty.
    QString onlyRaterUuid;
    // Set only on a hand-out file for a co-reviewer, as written by HandOut: the UUID of the
    // reviewer it is for (file member "handedOutTo"). Never stored in the database.
    QString handedOutToUuid;

    RatingSheet consensus() const;
    QList<RatingSheet> raterSheets() const; // in rater order
    // Sorts ratings, notes, numbers and elements by (rater, criterion, key). Findings and
    // actions keep the order the reviewers gave them.
    void normalize();
    // Same content, ignoring local row ids.
    bool sameContent(const ReviewDocument &other) const;
};

} // namespace laatu
