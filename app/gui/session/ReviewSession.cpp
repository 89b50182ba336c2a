#include "ReviewSession.h"

#include "gui/session/SessionEditCommand.h"

#include "storage/ReviewRepository.h"

#include <QTimer>
#include <QUuid>

namespace laatu::gui {

namespace {
enum MergeId { NoteMerge = 1, ReasonMerge, FindingMerge, NumberMerge };

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

ReviewSession::ReviewSession(ReviewRepository &repository, const Instrument &instrument,
                             ReviewDocument document, bool databaseWritable, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_instrument(instrument)
    , m_document(std::move(document))
    , m_databaseWritable(databaseWritable)
{ }

void ReviewSession::setPreviousReview(std::optional<ReviewDocument> previous)
{
    m_previous = std::move(previous);
}

bool ReviewSession::reload()
{
    ReviewDocument fresh;
    if (StorageError error = m_repository.loadReview(reviewId(), fresh)) {
        emit failed(tr("Review Not Read Back"), error.message());
        return false;
    }
    m_document = std::move(fresh);
    return true;
}

bool ReviewSession::apply(const Write &write, const QString &criterionId,
                          const QString &description)
{
    if (StorageError error = write()) {
        // The database is unchanged; show the stored state again and say why.
        reload();
        emit changed(criterionId);
        emit failed(tr("Not Saved"),
                    tr("%1 was not saved.\n\n%2").arg(description, error.message()));
        return false;
    }
    const bool ok = reload();
    emit changed(criterionId);
    emit saved(description);
    return ok;
}

bool ReviewSession::commit(const QString &description, const QString &criterionId, Write redo,
                           Write undo, int mergeId, const QString &mergeKey)
{
    if (!isEditable()) {
        emit changed(criterionId);
        emit failed(tr("Not Saved"),
                    isFinal() ? tr("The review is final. Reopen it to change it; the reopening "
                                   "and every later change are logged.")
                              : tr("The database is open read-only, so nothing can be changed."));
        return false;
    }
    if (!apply(redo, criterionId, description))
        return false;
    auto step = [this, criterionId, description](const Write &write) {
        if (!apply(write, criterionId, description)) {
            // The stack no longer matches the database: start afresh after this step.
            QTimer::singleShot(0, &m_undoStack, &QUndoStack::clear);
            return false;
        }
        return true;
    };
    m_undoStack.push(new SessionEditCommand(
        description, [step, redo] { return step(redo); }, [step, undo] { return step(undo); },
        mergeId, mergeKey));
    return true;
}

bool ReviewSession::setRating(const QString &raterUuid, const QString &criterionId,
                              std::optional<int> value)
{
    const std::optional<int> old = rating(raterUuid, criterionId);
    if (old == value)
        return true;
    const Criterion *criterion = m_instrument.criterion(criterionId);
    const int number = criterion ? criterion->number : 0;
    const QString who = raterUuid.isEmpty() ? tr("consensus") : raterName(raterUuid);
    const QString description = value
        ? tr("Rating %1 for criterion %2 (%3)").arg(*value).arg(number).arg(who)
        : tr("Rating of criterion %1 cleared (%2)").arg(number).arg(who);
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    if (raterUuid.isEmpty()) {
        const QString reason = consensusReason(criterionId);
        return commit(
            description, criterionId,
            [&repository, id, criterionId, value, reason] {
                return repository.setConsensusRating(id, criterionId, value,
                                                     value ? reason : QString());
            },
            [&repository, id, criterionId, old, reason] {
                return repository.setConsensusRating(id, criterionId, old, reason);
            });
    }
    return commit(
        description, criterionId,
        [&repository, id, raterUuid, criterionId, value] {
            return repository.setRaterRating(id, raterUuid, criterionId, value);
        },
        [&repository, id, raterUuid, criterionId, old] {
            return repository.setRaterRating(id, raterUuid, criterionId, old);
        });
}

bool ReviewSession::setConsensusReason(const QString &criterionId, const QString &reason)
{
    const std::optional<int> value = rating({}, criterionId);
    const QString old = consensusReason(criterionId);
    if (!value || old == reason)
        return !value ? reason.isEmpty() : true;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const Criterion *criterion = m_instrument.criterion(criterionId);
    return commit(
        tr("Reason for the consensus on criterion %1").arg(criterion ? criterion->number : 0),
        criterionId,
        [&repository, id, criterionId, value, reason] {
            return repository.setConsensusRating(id, criterionId, value, reason);
        },
        [&repository, id, criterionId, value, old] {
            return repository.setConsensusRating(id, criterionId, value, old);
        },
        ReasonMerge, criterionId);
}

bool ReviewSession::setNote(const QString &criterionId, const QString &source, const QString &text)
{
    const QString old = note(criterionId, source);
    if (old == text)
        return true;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const Criterion *criterion = m_instrument.criterion(criterionId);
    return commit(
        tr("Note on criterion %1").arg(criterion ? criterion->number : 0), criterionId,
        [&repository, id, criterionId, source, text] {
            return repository.setEvidenceNote(id, criterionId, source, text);
        },
        [&repository, id, criterionId, source, old] {
            return repository.setEvidenceNote(id, criterionId, source, old);
        },
        NoteMerge, criterionId + QLatin1Char('\n') + source);
}

bool ReviewSession::setNumber(const QString &criterionId, const QString &inputKey,
                              const QString &value)
{
    const QString old = number(criterionId, inputKey);
    if (old == value)
        return true;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const Criterion *criterion = m_instrument.criterion(criterionId);
    return commit(
        tr("Figures of criterion %1").arg(criterion ? criterion->number : 0), criterionId,
        [&repository, id, criterionId, inputKey, value] {
            return repository.setEvidenceNumber(id, criterionId, inputKey, value);
        },
        [&repository, id, criterionId, inputKey, old] {
            return repository.setEvidenceNumber(id, criterionId, inputKey, old);
        },
        NumberMerge, criterionId + QLatin1Char('\n') + inputKey);
}

bool ReviewSession::setElement(const QString &criterionId, const QString &elementKey,
                               std::optional<bool> present)
{
    const std::optional<bool> old = element(criterionId, elementKey);
    if (old == present)
        return true;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const Criterion *criterion = m_instrument.criterion(criterionId);
    return commit(
        tr("Checklist of criterion %1").arg(criterion ? criterion->number : 0), criterionId,
        [&repository, id, criterionId, elementKey, present] {
            return repository.setElementCheck(id, criterionId, elementKey, present);
        },
        [&repository, id, criterionId, elementKey, old] {
            return repository.setElementCheck(id, criterionId, elementKey, old);
        });
}

bool ReviewSession::setCriterionFinding(const QString &criterionId, FindingKind kind,
                                        const QString &text)
{
    const Finding *existing = queries().criterionFindingEntry(criterionId, kind);
    if (!existing && text.trimmed().isEmpty())
        return true;
    if (existing && existing->text == text)
        return true;
    const std::optional<Finding> old = existing ? std::optional<Finding>(*existing) : std::nullopt;
    Finding updated = existing ? *existing : Finding {newUuid(), criterionId, kind, {}};
    updated.text = text;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    auto write = [&repository, id](const std::optional<Finding> &state, const QString &uuid) {
        return state && !state->text.trimmed().isEmpty() ? repository.saveFinding(id, *state)
                                                         : repository.removeFinding(id, uuid);
    };
    const Criterion *criterion = m_instrument.criterion(criterionId);
    const QString description = kind == FindingKind::Strength
        ? tr("Strength on criterion %1").arg(criterion ? criterion->number : 0)
        : tr("Recommendation on criterion %1").arg(criterion ? criterion->number : 0);
    const QString uuid = updated.uuid;
    return commit(
        description, criterionId, [write, updated, uuid] { return write(updated, uuid); },
        [write, old, uuid] { return write(old, uuid); }, FindingMerge, uuid);
}

bool ReviewSession::saveFinding(const Finding &finding)
{
    std::optional<Finding> old;
    for (const Finding &entry : m_document.findings)
        if (entry.uuid == finding.uuid)
            old = entry;
    Finding updated = finding;
    if (updated.uuid.isEmpty())
        updated.uuid = newUuid();
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const QString uuid = updated.uuid;
    return commit(
        old ? tr("Finding changed") : tr("Finding added"), finding.criterionId,
        [&repository, id, updated] { return repository.saveFinding(id, updated); },
        [&repository, id, old, uuid] {
            return old ? repository.saveFinding(id, *old) : repository.removeFinding(id, uuid);
        });
}

bool ReviewSession::removeFinding(const QString &uuid)
{
    std::optional<Finding> old;
    for (const Finding &entry : m_document.findings)
        if (entry.uuid == uuid)
            old = entry;
    if (!old)
        return true;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const Finding removed = *old;
    return commit(
        tr("Finding removed"), removed.criterionId,
        [&repository, id, uuid] { return repository.removeFinding(id, uuid); },
        [&repository, id, removed] { return repository.saveFinding(id, removed); });
}

bool ReviewSession::saveAction(const ActionItem &action)
{
    std::optional<ActionItem> old;
    for (const ActionItem &entry : m_document.actions)
        if (entry.uuid == action.uuid)
            old = entry;
    if (old && *old == action)
        return true;
    ActionItem updated = action;
    if (updated.uuid.isEmpty())
        updated.uuid = newUuid();
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const QString uuid = updated.uuid;
    return commit(
        old ? tr("Action item changed") : tr("Action item added"), {},
        [&repository, id, updated] { return repository.saveAction(id, updated); },
        [&repository, id, old, uuid] {
            return old ? repository.saveAction(id, *old) : repository.removeAction(id, uuid);
        });
}

bool ReviewSession::removeAction(const QString &uuid)
{
    std::optional<ActionItem> old;
    for (const ActionItem &entry : m_document.actions)
        if (entry.uuid == uuid)
            old = entry;
    if (!old)
        return true;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const ActionItem removed = *old;
    return commit(
        tr("Action item removed"), {},
        [&repository, id, uuid] { return repository.removeAction(id, uuid); },
        [&repository, id, removed] { return repository.saveAction(id, removed); });
}

bool ReviewSession::reveal()
{
    if (!isEditable())
        return false;
    if (StorageError error = m_repository.reveal(reviewId())) {
        emit failed(tr("Sheets Not Revealed"), error.message());
        return false;
    }
    reload();
    emit changed({});
    emit saved(tr("The reviewers' ratings are revealed: agree the consensus"));
    return true;
}

bool ReviewSession::finalise()
{
    if (StorageError error = m_repository.finalise(reviewId())) {
        emit failed(tr("Review Not Final"), error.message());
        return false;
    }
    // Undoing into a final review would only be refused: the history starts again here.
    m_undoStack.clear();
    reload();
    emit changed({});
    emit saved(tr("The review is final"));
    return true;
}

bool ReviewSession::reopen(const QString &reason)
{
    if (StorageError error = m_repository.reopen(reviewId(), reason)) {
        emit failed(tr("Review Not Reopened"), error.message());
        return false;
    }
    m_undoStack.clear();
    reload();
    emit changed({});
    emit saved(tr("The review is open for changes again; changes are logged"));
    return true;
}

} // namespace laatu::gui
