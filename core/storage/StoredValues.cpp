#include "StoredValues.h"

namespace laatu {

namespace {
// The stored value as it can be shown: quoted, at most 40 characters, anything that is not
// printable written as a code so that it cannot act on a terminal.
QString shown(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    const QString text = value.toString();
    QString out;
    for (const QChar c : text.left(40)) {
        if (c.isPrint() && c.category() != QChar::Other_Format)
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return QLatin1Char('"') + out
        + (text.size() > 40 ? QStringLiteral("...\"") : QStringLiteral("\""));
}

QString keys(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}
} // namespace

StorageError StoredValues::unknown(const QString &field, qint64 reviewId, const QVariant &value,
                                   const QString &allowed)
{
    return {StorageError::Corrupt,
            tr("Review %1 has %2 %3 in the database, which is not one Laatu writes (%4): the "
               "file was changed outside Laatu. Run 'laatu-cli check' and restore the newest "
               "backup (laatu-cli restore).")
                .arg(QString::number(reviewId), field, shown(value), allowed)};
}

StorageError StoredValues::reviewKind(const QVariant &value, qint64 reviewId, ReviewKind &kind)
{
    if (value.typeId() == QMetaType::QString)
        if (const auto parsed = reviewKindFromKey(value.toString())) {
            kind = *parsed;
            return {};
        }
    return unknown(tr("the kind"), reviewId, value,
                   keys({toKey(ReviewKind::External), toKey(ReviewKind::SelfAssessment)}));
}

StorageError StoredValues::reviewStatus(const QVariant &value, qint64 reviewId,
                                        ReviewStatus &status)
{
    if (value.typeId() == QMetaType::QString)
        if (const auto parsed = reviewStatusFromKey(value.toString())) {
            status = *parsed;
            return {};
        }
    return unknown(tr("the status"), reviewId, value,
                   keys({toKey(ReviewStatus::Draft), toKey(ReviewStatus::Consensus),
                         toKey(ReviewStatus::Final)}));
}

StorageError StoredValues::findingKind(const QVariant &value, qint64 reviewId, FindingKind &kind)
{
    if (value.typeId() == QMetaType::QString)
        if (const auto parsed = findingKindFromKey(value.toString())) {
            kind = *parsed;
            return {};
        }
    return unknown(tr("a finding of the kind"), reviewId, value,
                   keys({toKey(FindingKind::Strength), toKey(FindingKind::Recommendation)}));
}

StorageError StoredValues::actionStatus(const QVariant &value, qint64 reviewId,
                                        ActionStatus &status)
{
    if (value.typeId() == QMetaType::QString)
        if (const auto parsed = actionStatusFromKey(value.toString())) {
            status = *parsed;
            return {};
        }
    return unknown(tr("an action with the status"), reviewId, value,
                   keys({toKey(ActionStatus::Open), toKey(ActionStatus::InProgress),
                         toKey(ActionStatus::Done), toKey(ActionStatus::Dropped)}));
}

} // namespace laatu
