#include "ReviewQueries.h"

#include <QLocale>

#include "instrument/ExactNumber.h"

#include <algorithm>

namespace laatu::gui {

std::optional<int> ReviewQueries::rating(const QString &raterUuid, const QString &criterionId) const
{
    for (const RatingEntry &entry : m_document.ratings)
        if (entry.raterUuid == raterUuid && entry.criterionId == criterionId)
            return entry.value;
    return std::nullopt;
}

QString ReviewQueries::consensusReason(const QString &criterionId) const
{
    for (const RatingEntry &entry : m_document.ratings)
        if (entry.raterUuid.isEmpty() && entry.criterionId == criterionId)
            return entry.reason;
    return {};
}

QString ReviewQueries::note(const QString &criterionId, const QString &source) const
{
    for (const EvidenceNote &entry : m_document.notes)
        if (entry.criterionId == criterionId && entry.source == source)
            return entry.text;
    return {};
}

QString ReviewQueries::number(const QString &criterionId, const QString &inputKey) const
{
    for (const EvidenceNumber &entry : m_document.numbers)
        if (entry.criterionId == criterionId && entry.inputKey == inputKey)
            return entry.value;
    return {};
}

std::optional<bool> ReviewQueries::element(const QString &criterionId,
                                           const QString &elementKey) const
{
    for (const ElementCheck &entry : m_document.elements)
        if (entry.criterionId == criterionId && entry.elementKey == elementKey)
            return entry.present;
    return std::nullopt;
}

const Finding *ReviewQueries::criterionFindingEntry(const QString &criterionId,
                                                    FindingKind kind) const
{
    for (const Finding &finding : m_document.findings)
        if (finding.criterionId == criterionId && finding.kind == kind)
            return &finding;
    return nullptr;
}

QString ReviewQueries::criterionFinding(const QString &criterionId, FindingKind kind) const
{
    const Finding *finding = criterionFindingEntry(criterionId, kind);
    return finding ? finding->text : QString();
}

bool ReviewQueries::hasNotes(const QString &criterionId) const
{
    for (const EvidenceNote &entry : m_document.notes)
        if (entry.criterionId == criterionId && !entry.text.trimmed().isEmpty())
            return true;
    return criterionFindingEntry(criterionId, FindingKind::Strength)
        || criterionFindingEntry(criterionId, FindingKind::Recommendation);
}

QString ReviewQueries::raterName(const QString &raterUuid) const
{
    for (const Rater &rater : m_document.raters)
        if (rater.uuid == raterUuid)
            return rater.name;
    return {};
}

ScoreCard ReviewQueries::scoreCard(const QString &raterUuid) const
{
    if (raterUuid.isEmpty())
        return ScoreCard::compute(m_instrument, m_document.consensus(), m_document.raterSheets());
    RatingSheet sheet(raterName(raterUuid));
    for (const RatingEntry &entry : m_document.ratings)
        if (entry.raterUuid == raterUuid)
            sheet.setRating(entry.criterionId, entry.value);
    return ScoreCard::compute(m_instrument, sheet);
}

std::optional<int> ReviewQueries::suggestion(const QString &criterionId) const
{
    const Criterion *criterion = m_instrument.criterion(criterionId);
    if (!criterion)
        return std::nullopt;
    const SuggestionRule &rule = criterion->rule;
    if (rule.kind == RuleKind::NumericBands)
        return figures(criterionId).suggestion;
    if (rule.kind == RuleKind::CountedElements) {
        int present = 0;
        bool anyChecked = false;
        for (const ChecklistElement &item : rule.elements) {
            const std::optional<bool> checked = element(criterionId, item.key);
            anyChecked = anyChecked || checked.has_value();
            present += checked.value_or(false) ? 1 : 0;
        }
        return anyChecked ? rule.suggestForCount(present) : std::nullopt;
    }
    return std::nullopt;
}

CriterionFigures ReviewQueries::figures(const QString &criterionId) const
{
    const Criterion *criterion = m_instrument.criterion(criterionId);
    if (!criterion)
        return {};
    // Problems name the catalog's fields in the language the user reads the catalog in.
    const QString language = QLocale().name().left(2);
    return EvidenceFigures::resolve(
        m_instrument, *criterion, m_document,
        m_instrument.languages().contains(language) ? language : m_instrument.languages().value(0));
}

bool ReviewQueries::isBlind() const
{
    if (m_document.review.status != ReviewStatus::Draft || m_document.raters.size() < 2)
        return false;
    // A draft that already has consensus ratings (an older review, or one reopened) is past
    // independent rating: hiding the sheets then would hide what the consensus rests on.
    return std::none_of(m_document.ratings.cbegin(), m_document.ratings.cend(),
                        [](const RatingEntry &entry) { return entry.raterUuid.isEmpty(); });
}

bool ReviewQueries::allRatersDone() const
{
    for (const Rater &rater : m_document.raters)
        if (!scoreCard(rater.uuid).unrated().isEmpty())
            return false;
    return !m_document.raters.isEmpty();
}

} // namespace laatu::gui
