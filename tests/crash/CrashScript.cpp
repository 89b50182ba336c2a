#include "CrashScript.h"

#include "demo/DemoGenerator.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace laatu::crash {

namespace {
constexpr quint32 kEditedReviewSeed = 1u;

// Whole reviews get seeds with the high bit set, so they never share a UUID with the edited
// review or with each other (the index is below 2^20 in any run).
quint32 reviewSeedFor(quint32 seed, int index)
{
    return 0x80000000u | ((seed & 0x7FFu) << 20) | (static_cast<quint32>(index) & 0xFFFFFu);
}

QString noteText(int index, int repeats)
{
    // Some notes are long enough to need overflow pages, so a kill can land in a multi-page
    // write of one row.
    QString text = QStringLiteral("Muistiinpano %1: työnantajakäynnit kirjattu, ").arg(index);
    const QString filler = QStringLiteral("käytäntö kuvattu haastatteluissa ja asiakirjoissa. ");
    for (int i = 0; i < repeats; ++i)
        text += filler;
    return text;
}
} // namespace

ReviewDocument editedReview(const Instrument &instrument)
{
    ReviewDocument document
        = DemoGenerator(instrument, {1, 1, kEditedReviewSeed, true}).generate().constFirst();
    document.normalize();
    return document;
}

ScriptedEdit scriptedEdit(const Instrument &instrument, quint32 seed, int index)
{
    const std::array<quint32, 2> seeds {seed, static_cast<quint32>(index)};
    QRandomGenerator random(seeds.data(), static_cast<qsizetype>(seeds.size()));
    ScriptedEdit edit;
    edit.index = index;
    const quint32 roll = random.bounded(8u);
    edit.kind = roll == 0 ? ScriptedEdit::Review
        : roll <= 3       ? ScriptedEdit::Consensus
        : roll <= 5       ? ScriptedEdit::Rater
                          : ScriptedEdit::Note;
    const QList<Criterion> &criteria = instrument.criteria();
    edit.criterionId = criteria.at(random.bounded(static_cast<int>(criteria.size()))).id;
    const bool clear = random.bounded(10) == 0;
    const int value = instrument.ratingMin()
        + random.bounded(instrument.ratingMax() - instrument.ratingMin() + 1);
    switch (edit.kind) {
    case ScriptedEdit::Consensus:
        edit.value = clear ? std::nullopt : std::optional<int>(value);
        if (edit.value && random.bounded(3) == 0)
            edit.reason = QStringLiteral("Sovittu yhdessä, muokkaus %1.").arg(index);
        break;
    case ScriptedEdit::Rater:
        edit.raterIndex = random.bounded(2);
        edit.value = clear ? std::nullopt : std::optional<int>(value);
        break;
    case ScriptedEdit::Note: {
        const QList<EvidenceSource> &sources = instrument.sources();
        edit.source = sources.at(random.bounded(static_cast<int>(sources.size()))).key;
        edit.text = clear ? QString() : noteText(index, random.bounded(4) == 0 ? 80 : 1);
        break;
    }
    case ScriptedEdit::Review:
        edit.criterionId.clear();
        edit.reviewSeed = reviewSeedFor(seed, index);
        break;
    }
    return edit;
}

ReviewDocument scriptedReview(const Instrument &instrument, quint32 reviewSeed)
{
    // The first of two reviews of a demo site is final: every criterion has a consensus rating.
    ReviewDocument document
        = DemoGenerator(instrument, {1, 2, reviewSeed, true}).generate().constFirst();
    document.normalize();
    return document;
}

QString describe(const ScriptedEdit &edit, const ReviewDocument &edited,
                 const Instrument &instrument)
{
    const auto valueText = [](std::optional<int> value) {
        return value ? QString::number(*value) : QStringLiteral("-");
    };
    switch (edit.kind) {
    case ScriptedEdit::Consensus:
        return QStringLiteral("consensus %1 %2 %3")
            .arg(edit.criterionId, valueText(edit.value), edit.reason)
            .trimmed();
    case ScriptedEdit::Rater:
        return QStringLiteral("rater %1 %2 %3")
            .arg(edited.raters.at(edit.raterIndex).uuid, edit.criterionId, valueText(edit.value));
    case ScriptedEdit::Note:
        return QStringLiteral("note %1 %2 %3 chars")
            .arg(edit.criterionId, edit.source)
            .arg(edit.text.size());
    case ScriptedEdit::Review:
        return QStringLiteral("review %1")
            .arg(scriptedReview(instrument, edit.reviewSeed).review.uuid);
    }
    return {};
}

void applyEdit(const ScriptedEdit &edit, const Instrument &instrument, ReviewDocument &edited,
               QList<ReviewDocument> &wholeReviews)
{
    const auto setRating = [&edited](const QString &raterUuid, const QString &criterionId,
                                     std::optional<int> value, const QString &reason) {
        const auto same = [&](const RatingEntry &entry) {
            return entry.raterUuid == raterUuid && entry.criterionId == criterionId;
        };
        edited.ratings.removeIf(same);
        if (value)
            edited.ratings << RatingEntry {raterUuid, criterionId, *value, reason};
    };
    switch (edit.kind) {
    case ScriptedEdit::Consensus:
        setRating(QString(), edit.criterionId, edit.value, edit.reason);
        break;
    case ScriptedEdit::Rater:
        setRating(edited.raters.at(edit.raterIndex).uuid, edit.criterionId, edit.value, QString());
        break;
    case ScriptedEdit::Note:
        edited.notes.removeIf([&edit](const EvidenceNote &note) {
            return note.criterionId == edit.criterionId && note.source == edit.source;
        });
        if (!edit.text.isEmpty())
            edited.notes << EvidenceNote {edit.criterionId, edit.source, edit.text};
        break;
    case ScriptedEdit::Review: {
        const ReviewDocument review = scriptedReview(instrument, edit.reviewSeed);
        const bool known
            = std::any_of(wholeReviews.cbegin(), wholeReviews.cend(), [&](const ReviewDocument &d) {
                  return d.review.uuid == review.review.uuid;
              });
        if (!known)
            wholeReviews << review;
        break;
    }
    }
    edited.normalize();
}

} // namespace laatu::crash
