#pragma once

#include "gui/session/ReviewQueries.h"

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "scoring/ScoreCard.h"
#include "storage/StorageError.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace laatu {
class ReviewRepository;
}

namespace laatu::gui {

// The review open in the window: what the views show and the one way they change it. Every
// edit is written to the database at once (one short transaction), then the review is read
// back, so what the views show is what is stored. Edits go on an undo stack; a refused write
// never does, and the views are told so they can show the stored value again.
class ReviewSession : public QObject
{
    Q_OBJECT

public:
    ReviewSession(ReviewRepository &repository, const Instrument &instrument,
                  ReviewDocument document, bool databaseWritable, QObject *parent = nullptr);

    const ReviewDocument &document() const { return m_document; }
    const Instrument &instrument() const { return m_instrument; }
    qint64 reviewId() const { return m_document.review.id; }
    bool isFinal() const { return m_document.review.status == ReviewStatus::Final; }
    bool isEditable() const { return m_databaseWritable && !isFinal(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    // The review before this one at the same site, when there is one (for carried-over actions
    // and changes); set by whoever opens the session.
    void setPreviousReview(std::optional<ReviewDocument> previous);
    const std::optional<ReviewDocument> &previousReview() const { return m_previous; }

    // Reads (see ReviewQueries). An empty rater UUID means the consensus.
    ReviewQueries queries() const { return {m_document, m_instrument}; }
    std::optional<int> rating(const QString &raterUuid, const QString &criterionId) const
    {
        return queries().rating(raterUuid, criterionId);
    }
    QString consensusReason(const QString &criterionId) const
    {
        return queries().consensusReason(criterionId);
    }
    QString note(const QString &criterionId, const QString &source) const
    {
        return queries().note(criterionId, source);
    }
    QString number(const QString &criterionId, const QString &inputKey) const
    {
        return queries().number(criterionId, inputKey);
    }
    std::optional<bool> element(const QString &criterionId, const QString &elementKey) const
    {
        return queries().element(criterionId, elementKey);
    }
    QString criterionFinding(const QString &criterionId, FindingKind kind) const
    {
        return queries().criterionFinding(criterionId, kind);
    }
    bool hasNotes(const QString &criterionId) const { return queries().hasNotes(criterionId); }
    QString raterName(const QString &raterUuid) const { return queries().raterName(raterUuid); }
    // The score of one reviewer's own ratings, or of the consensus (with agreement figures).
    ScoreCard scoreCard(const QString &raterUuid = {}) const
    {
        return queries().scoreCard(raterUuid);
    }
    // The rating the criterion's rule suggests from the numbers or checklist entered so far.
    std::optional<int> suggestion(const QString &criterionId) const
    {
        return queries().suggestion(criterionId);
    }
    CriterionFigures figures(const QString &criterionId) const
    {
        return queries().figures(criterionId);
    }

    // Edits: saved at once and undoable. False when the database refused (failed() was emitted
    // and nothing changed).
    bool setRating(const QString &raterUuid, const QString &criterionId, std::optional<int> value);
    bool setConsensusReason(const QString &criterionId, const QString &reason);
    bool setNote(const QString &criterionId, const QString &source, const QString &text);
    bool setNumber(const QString &criterionId, const QString &inputKey, const QString &value);
    bool setElement(const QString &criterionId, const QString &elementKey,
                    std::optional<bool> present);
    // The criterion's strength or recommendation as one text; empty removes it.
    bool setCriterionFinding(const QString &criterionId, FindingKind kind, const QString &text);
    bool saveFinding(const Finding &finding);
    bool removeFinding(const QString &uuid);
    bool saveAction(const ActionItem &action);
    bool removeAction(const QString &uuid);
    // The visit plan (VisitPlanEdits.cpp). Adds the item (with its UUID; at the end, or at
    // `position`) or changes the stored one with its UUID, which keeps its place.
    bool saveVisitPlanItem(const VisitPlanItem &item, std::optional<int> position = std::nullopt);
    bool removeVisitPlanItem(const QString &uuid);
    // One place up (-1) or down (+1).
    bool moveVisitPlanItem(const QString &uuid, int offset);
    // Replaces the whole plan, e.g. with one started from a template; undone as one step.
    bool replaceVisitPlan(const VisitPlan &plan);
    // The evidence workbook (WorkbookEdits.cpp). New rows are filled by this laptop's own
    // reviewer (OwnSheet, or the only reviewer); empty, meaning shared, when that is not known.
    QString ownRaterUuid() const;
    // Adds an empty row at the end of its table; `uuid`, when given, gets its identifier.
    bool addWorkbookRow(WorkbookTable table, QString *uuid = nullptr);
    // Changes the stored row with the row's UUID; values in their stored form.
    bool saveWorkbookRow(WorkbookTable table, const WorkbookRow &row);
    bool removeWorkbookRow(const QString &uuid);
    // Clears a final review's record rows, their figures kept as typed (audited, not undoable).
    bool clearRecordSample();

    // Independent rating: a draft with two or more reviewers and no consensus yet. While it
    // lasts, a reviewer's sheet shows nobody else's ratings; reveal() ends it.
    bool isBlind() const { return queries().isBlind(); }
    // Every reviewer has rated every criterion.
    bool allRatersDone() const { return queries().allRatersDone(); }

    // Not undoable: they are audited steps of their own.
    bool reveal();
    bool finalise();
    bool reopen(const QString &reason);

signals:
    // The review changed (an edit, an undo, a reload); criterionId empty means anything.
    void changed(const QString &criterionId);
    // An edit was saved: a short description for the status bar.
    void saved(const QString &description);
    void failed(const QString &title, const QString &message);

private:
    using Write = std::function<StorageError()>;
    // Runs `redo`, and when it is saved pushes an undo step that runs `undo`.
    bool commit(const QString &description, const QString &criterionId, Write redo, Write undo,
                int mergeId = -1, const QString &mergeKey = {});
    bool apply(const Write &write, const QString &criterionId, const QString &description);
    bool reload();

    ReviewRepository &m_repository;
    const Instrument &m_instrument;
    ReviewDocument m_document;
    std::optional<ReviewDocument> m_previous;
    bool m_databaseWritable;
    QUndoStack m_undoStack;
};

} // namespace laatu::gui
