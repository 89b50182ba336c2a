#pragma once

// What the crash test expects in the database after a kill, and the words for what differs.
#include "review/ReviewDocument.h"
#include "storage/ReviewRepository.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace laatu::crash {

// The state the committed edits 0..n-1 of the script leave: the edited review's content and the
// whole reviews written so far.
struct ExpectedState
{
    ReviewDocument edited;
    QList<ReviewDocument> wholeReviews;

    QSet<QString> reviewUuids() const
    {
        QSet<QString> uuids {edited.review.uuid};
        for (const ReviewDocument &review : wholeReviews)
            uuids.insert(review.review.uuid);
        return uuids;
    }
};

// What was read back after a kill.
struct FoundState
{
    ReviewDocument edited;
    QSet<QString> reviewUuids;
};

// Every rating and note of the expected edited review that is not in the found one with its
// value (and the other way round), one line each; a line for any other difference. Empty when
// the review holds exactly what was committed. updated_at is set by every edit and not compared.
inline QStringList differences(ReviewDocument expected, const ReviewDocument &found)
{
    expected.review.updatedAt = found.review.updatedAt;
    if (expected.sameContent(found))
        return {};
    const auto ratingMap = [](const ReviewDocument &document) {
        QMap<QString, QString> map;
        for (const RatingEntry &entry : document.ratings)
            map.insert(
                QStringLiteral("rating %1/%2")
                    .arg(entry.raterUuid.isEmpty() ? QStringLiteral("consensus") : entry.raterUuid,
                         entry.criterionId),
                QStringLiteral("%1 \"%2\"").arg(entry.value).arg(entry.reason));
        for (const EvidenceNote &note : document.notes)
            map.insert(
                QStringLiteral("note %1/%2").arg(note.criterionId, note.source),
                QStringLiteral("%1 chars \"%2\"").arg(note.text.size()).arg(note.text.left(40)));
        return map;
    };
    const QMap<QString, QString> want = ratingMap(expected);
    const QMap<QString, QString> have = ratingMap(found);
    QStringList lines;
    QStringList keys = want.keys() + have.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        if (want.value(key) != have.value(key))
            lines << QStringLiteral("%1: expected %2, found %3")
                         .arg(key, want.value(key, QStringLiteral("none")),
                              have.value(key, QStringLiteral("none")));
    }
    if (lines.isEmpty())
        lines << QStringLiteral("site, header, reviewers, numbers, elements, findings or actions "
                                "differ");
    return lines;
}

// Empty when `found` is exactly the expected state; else what differs.
inline QStringList stateDifferences(const ExpectedState &expected, const FoundState &found)
{
    QStringList lines = differences(expected.edited, found.edited);
    const QSet<QString> want = expected.reviewUuids();
    for (const QString &uuid : want - found.reviewUuids)
        lines << QStringLiteral("review %1 missing").arg(uuid);
    for (const QString &uuid : found.reviewUuids - want)
        lines << QStringLiteral("review %1 present but not written by a committed edit").arg(uuid);
    return lines;
}

} // namespace laatu::crash
