#pragma once

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "scoring/EvidenceFigures.h"
#include "scoring/ScoreCard.h"

#include <optional>

namespace laatu::gui {

// Read-only questions about one review document and its catalog: a rating, a note, a figure,
// a finding, a score, the rating a rule suggests. A small value over references: it holds
// neither, so make one when asking and do not keep it past the document it reads.
class ReviewQueries
{
public:
    ReviewQueries(const ReviewDocument &document, const Instrument &instrument)
        : m_document(document)
        , m_instrument(instrument)
    { }

    // An empty rater UUID means the consensus.
    std::optional<int> rating(const QString &raterUuid, const QString &criterionId) const;
    QString consensusReason(const QString &criterionId) const;
    QString note(const QString &criterionId, const QString &source) const;
    QString number(const QString &criterionId, const QString &inputKey) const;
    std::optional<bool> element(const QString &criterionId, const QString &elementKey) const;
    // The criterion's strength or recommendation, or null; it points into the document.
    const Finding *criterionFindingEntry(const QString &criterionId, FindingKind kind) const;
    QString criterionFinding(const QString &criterionId, FindingKind kind) const;
    bool hasNotes(const QString &criterionId) const;
    QString raterName(const QString &raterUuid) const;
    // The score of one reviewer's own ratings, or of the consensus (with agreement figures).
    ScoreCard scoreCard(const QString &raterUuid = {}) const;
    // The rating the criterion's rule suggests from the numbers or checklist entered so far.
    std::optional<int> suggestion(const QString &criterionId) const;
    // A numeric criterion's figures: typed, or computed from the workbook.
    CriterionFigures figures(const QString &criterionId) const;
    // A draft with two or more reviewers and no consensus yet.
    bool isBlind() const;
    // Every reviewer has rated every criterion.
    bool allRatersDone() const;

private:
    const ReviewDocument &m_document;
    const Instrument &m_instrument;
};

} // namespace laatu::gui
