// One edit of an open review at a time: a rating, a note, a figure, a checklist element, a
// finding or an action, each in a transaction of its own with its audit line (ReviewRepository).
#include "ReviewRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "TextGuard.h"

#include "text/TextRules.h"

#include <algorithm>

namespace laatu {

StorageError ReviewRepository::setConsensusRating(qint64 reviewId, const QString &criterionId,
                                                  std::optional<int> value, const QString &reason)
{
    const QString what = tr("saving the consensus rating of %1").arg(criterionId);
    if (StorageError error = TextGuard::field(tr("reason"), reason, TextRules::Kind::Note))
        return error;
    const QString detail = QStringLiteral("%1=%2").arg(
        criterionId, value ? QString::number(*value) : QStringLiteral("-"));
    return edit(
        reviewId, what, QStringLiteral("consensus-rating"), detail,
        [&](const EditContext &context) {
            if (StorageError error = checkCriterion(context, criterionId, value))
                return error;
            SqlStatement write(
                m_database.sql(),
                value ? QStringLiteral(
                    "INSERT INTO consensus_rating (review_id, criterion, value, reason)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (review_id, criterion)"
                    " DO UPDATE SET value = excluded.value, reason = excluded.reason")
                      : QStringLiteral(
                          "DELETE FROM consensus_rating WHERE review_id = ? AND criterion = ?"));
            write.bind(reviewId).bind(criterionId);
            if (value)
                write.bind(*value).bind(reason);
            return write.exec(what);
        });
}

StorageError ReviewRepository::setRaterRating(qint64 reviewId, const QString &raterUuid,
                                              const QString &criterionId, std::optional<int> value)
{
    const QString what = tr("saving the rating of %1").arg(criterionId);
    const QString detail
        = QStringLiteral("%1 %2=%3")
              .arg(raterUuid, criterionId, value ? QString::number(*value) : QStringLiteral("-"));
    return edit(
        reviewId, what, QStringLiteral("rater-rating"), detail, [&](const EditContext &context) {
            if (StorageError error = checkCriterion(context, criterionId, value))
                return error;
            SqlStatement rater(
                m_database.sql(),
                QStringLiteral("SELECT id FROM rater WHERE review_id = ? AND uuid = ?"));
            rater.bind(reviewId).bind(raterUuid);
            if (StorageError error = rater.exec(what))
                return error;
            if (!rater.next())
                return StorageError(StorageError::NotFound,
                                    tr("The review has no reviewer %1.").arg(raterUuid));
            const qint64 raterId = rater.value(0).toLongLong();
            rater.finish();
            SqlStatement write(
                m_database.sql(),
                value ? QStringLiteral(
                    "INSERT INTO rater_rating (rater_id, criterion, value) VALUES (?, ?, ?)"
                    " ON CONFLICT (rater_id, criterion) DO UPDATE SET value = excluded.value")
                      : QStringLiteral(
                          "DELETE FROM rater_rating WHERE rater_id = ? AND criterion = ?"));
            write.bind(raterId).bind(criterionId);
            if (value)
                write.bind(*value);
            return write.exec(what);
        });
}

StorageError ReviewRepository::setEvidenceNote(qint64 reviewId, const QString &criterionId,
                                               const QString &source, const QString &text)
{
    const QString what = tr("saving the note on %1").arg(criterionId);
    if (StorageError error = TextGuard::field(tr("note"), text, TextRules::Kind::Note))
        return error;
    return edit(
        reviewId, what, QStringLiteral("note"), criterionId + QLatin1Char(' ') + source,
        [&](const EditContext &context) {
            if (StorageError error = checkCriterion(context, criterionId, std::nullopt))
                return error;
            if (!context.instrument->source(source))
                return StorageError(StorageError::InvalidInput,
                                    tr("The catalog has no evidence source \"%1\".").arg(source));
            SqlStatement write(
                m_database.sql(),
                text.isEmpty() ? QStringLiteral("DELETE FROM evidence_note WHERE review_id = ? AND "
                                                "criterion = ? AND source = ?")
                               : QStringLiteral(
                                   "INSERT INTO evidence_note (review_id, criterion, source, text)"
                                   " VALUES (?, ?, ?, ?) ON CONFLICT (review_id, criterion, source)"
                                   " DO UPDATE SET text = excluded.text"));
            write.bind(reviewId).bind(criterionId).bind(source);
            if (!text.isEmpty())
                write.bind(text);
            return write.exec(what);
        });
}

StorageError ReviewRepository::setEvidenceNumber(qint64 reviewId, const QString &criterionId,
                                                 const QString &inputKey, const QString &value)
{
    const QString what = tr("saving a number of %1").arg(criterionId);
    return edit(
        reviewId, what, QStringLiteral("number"),
        QStringLiteral("%1 %2=%3").arg(criterionId, inputKey, value),
        [&](const EditContext &context) {
            if (StorageError error = checkCriterion(context, criterionId, std::nullopt))
                return error;
            const Criterion *criterion = context.instrument->criterion(criterionId);
            const bool known
                = std::any_of(criterion->rule.inputs.cbegin(), criterion->rule.inputs.cend(),
                              [&](const EvidenceInput &input) { return input.key == inputKey; });
            if (!known)
                return StorageError(
                    StorageError::InvalidInput,
                    tr("Criterion %1 has no input \"%2\".").arg(criterionId, inputKey));
            if (!value.isEmpty() && !ExactNumber::parse(value))
                return StorageError(StorageError::InvalidInput,
                                    tr("\"%1\" is not a number.").arg(value));
            SqlStatement write(
                m_database.sql(),
                value.isEmpty()
                    ? QStringLiteral("DELETE FROM evidence_number WHERE review_id = ? AND "
                                     "criterion = ? AND input_key = ?")
                    : QStringLiteral(
                        "INSERT INTO evidence_number (review_id, criterion, input_key, value)"
                        " VALUES (?, ?, ?, ?) ON CONFLICT (review_id, criterion, input_key)"
                        " DO UPDATE SET value = excluded.value"));
            write.bind(reviewId).bind(criterionId).bind(inputKey);
            if (!value.isEmpty())
                write.bind(value);
            return write.exec(what);
        });
}

StorageError ReviewRepository::setElementCheck(qint64 reviewId, const QString &criterionId,
                                               const QString &elementKey,
                                               std::optional<bool> present)
{
    const QString what = tr("saving the checklist of %1").arg(criterionId);
    const QString detail
        = QStringLiteral("%1 %2=%3")
              .arg(criterionId, elementKey,
                   present ? QString::number(*present ? 1 : 0) : QStringLiteral("-"));
    return edit(reviewId, what, QStringLiteral("element"), detail, [&](const EditContext &context) {
        if (StorageError error = checkCriterion(context, criterionId, std::nullopt))
            return error;
        const Criterion *criterion = context.instrument->criterion(criterionId);
        const bool known = std::any_of(
            criterion->rule.elements.cbegin(), criterion->rule.elements.cend(),
            [&](const ChecklistElement &element) { return element.key == elementKey; });
        if (!known)
            return StorageError(
                StorageError::InvalidInput,
                tr("Criterion %1 has no checklist element \"%2\".").arg(criterionId, elementKey));
        SqlStatement write(
            m_database.sql(),
            present ? QStringLiteral(
                "INSERT INTO element_check (review_id, criterion, element_key, present)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (review_id, criterion, element_key)"
                " DO UPDATE SET present = excluded.present")
                    : QStringLiteral("DELETE FROM element_check WHERE review_id = ? AND "
                                     "criterion = ? AND element_key = ?"));
        write.bind(reviewId).bind(criterionId).bind(elementKey);
        if (present)
            write.bind(*present ? 1 : 0);
        return write.exec(what);
    });
}

StorageError ReviewRepository::saveFinding(qint64 reviewId, const Finding &finding)
{
    const QString what = tr("saving a finding");
    if (StorageError error = TextGuard::field(tr("finding"), finding.text, TextRules::Kind::Note))
        return error;
    return edit(
        reviewId, what, QStringLiteral("finding"),
        QStringLiteral("%1 %2").arg(finding.uuid, finding.criterionId),
        [&](const EditContext &context) {
            if (!finding.criterionId.isEmpty())
                if (StorageError error = checkCriterion(context, finding.criterionId, std::nullopt))
                    return error;
            if (finding.uuid.isEmpty() || finding.text.trimmed().isEmpty())
                return StorageError(StorageError::InvalidInput,
                                    tr("A finding needs an identifier and a text."));
            SqlStatement write(
                m_database.sql(),
                QStringLiteral(
                    "INSERT INTO finding (review_id, uuid, criterion, kind, text, position)"
                    " VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM finding"
                    " WHERE review_id = ?)) ON CONFLICT (review_id, uuid) DO UPDATE SET"
                    " criterion = excluded.criterion, kind = excluded.kind, text = excluded.text"));
            write.bind(reviewId)
                .bind(finding.uuid)
                .bind(finding.criterionId)
                .bind(toKey(finding.kind))
                .bind(finding.text)
                .bind(reviewId);
            return write.exec(what);
        });
}

StorageError ReviewRepository::removeFinding(qint64 reviewId, const QString &uuid)
{
    const QString what = tr("removing a finding");
    return edit(reviewId, what, QStringLiteral("finding-removed"), uuid, [&](const EditContext &) {
        SqlStatement remove(m_database.sql(),
                            QStringLiteral("DELETE FROM finding WHERE review_id = ? AND uuid = ?"));
        remove.bind(reviewId).bind(uuid);
        return remove.exec(what);
    });
}

StorageError ReviewRepository::saveAction(qint64 reviewId, const ActionItem &action)
{
    const QString what = tr("saving an action item");
    if (StorageError error = TextGuard::field(tr("what"), action.what, TextRules::Kind::Note))
        return error;
    if (StorageError error = TextGuard::field(tr("who"), action.who, TextRules::Kind::Name))
        return error;
    return edit(reviewId, what, QStringLiteral("action"), action.uuid, [&](const EditContext &) {
        if (action.uuid.isEmpty() || action.what.trimmed().isEmpty())
            return StorageError(StorageError::InvalidInput,
                                tr("An action item needs an identifier and a description."));
        SqlStatement write(
            m_database.sql(),
            QStringLiteral(
                "INSERT INTO action_item (review_id, uuid, what, who, due, status, position)"
                " VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM"
                " action_item WHERE review_id = ?)) ON CONFLICT (review_id, uuid) DO UPDATE"
                " SET what = excluded.what, who = excluded.who, due = excluded.due,"
                " status = excluded.status"));
        write.bind(reviewId)
            .bind(action.uuid)
            .bind(action.what)
            .bind(action.who)
            .bind(action.due.isValid() ? action.due.toString(Qt::ISODate) : QString())
            .bind(toKey(action.status))
            .bind(reviewId);
        return write.exec(what);
    });
}

StorageError ReviewRepository::removeAction(qint64 reviewId, const QString &uuid)
{
    const QString what = tr("removing an action item");
    return edit(reviewId, what, QStringLiteral("action-removed"), uuid, [&](const EditContext &) {
        SqlStatement remove(
            m_database.sql(),
            QStringLiteral("DELETE FROM action_item WHERE review_id = ? AND uuid = ?"));
        remove.bind(reviewId).bind(uuid);
        return remove.exec(what);
    });
}

} // namespace laatu
