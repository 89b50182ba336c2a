#pragma once

// The scripted edits of the crash test, shared by the writer (which performs them) and the test
// (which knows from the script alone what every acknowledged edit wrote). Edit n depends only
// on (seed, n), so a writer started at index n continues the script exactly where the killed
// one stopped, and repeating an edit that was committed but not acknowledged changes nothing.
#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"

#include <QString>

#include <optional>

namespace laatu::crash {

struct ScriptedEdit
{
    enum Kind { Consensus, Rater, Note, Review };

    int index = 0;
    Kind kind = Consensus;
    QString criterionId;
    int raterIndex = 0; // Rater: which reviewer of the edited review
    std::optional<int> value; // Consensus, Rater: nullopt clears the rating
    QString reason; // Consensus
    QString source; // Note
    QString text; // Note: empty deletes the note
    quint32 reviewSeed = 0; // Review: the whole review written is scriptedReview(reviewSeed)
};

// The review the small edits go to: a draft of one demo site, rated by two reviewers, with
// consensus on 20 of the 25 criteria (the script rates and clears the rest as well).
ReviewDocument editedReview(const Instrument &instrument);

ScriptedEdit scriptedEdit(const Instrument &instrument, quint32 seed, int index);

// A whole final review of a new site: 25 consensus ratings, two reviewers' 50 ratings, notes,
// numbers, element checks, findings and an action.
ReviewDocument scriptedReview(const Instrument &instrument, quint32 reviewSeed);

// The writer's acknowledgement of an edit, after "ack <index> ". The test compares it with the
// one it derives from the script, so a writer doing something else than scripted is caught.
QString describe(const ScriptedEdit &edit, const ReviewDocument &edited,
                 const Instrument &instrument);

// Applies an edit to the expected content of the edited review (the small edits) or to the
// expected list of whole reviews (Review edits), the way a committed transaction would.
void applyEdit(const ScriptedEdit &edit, const Instrument &instrument, ReviewDocument &edited,
               QList<ReviewDocument> &wholeReviews);

} // namespace laatu::crash
