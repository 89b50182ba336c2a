#include "ReviewEnums.h"

#include <array>
#include <utility>

namespace laatu {

namespace {
template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return QLatin1String(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &key)
{
    for (const auto &[entry, name] : table) {
        if (key == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ReviewKind, const char *>, 2> kKinds {
    {{ReviewKind::External, "external"}, {ReviewKind::SelfAssessment, "self-assessment"}}};
constexpr std::array<std::pair<ReviewStatus, const char *>, 3> kStatuses {
    {{ReviewStatus::Draft, "draft"},
     {ReviewStatus::Consensus, "consensus"},
     {ReviewStatus::Final, "final"}}};
constexpr std::array<std::pair<FindingKind, const char *>, 2> kFindingKinds {
    {{FindingKind::Strength, "strength"}, {FindingKind::Recommendation, "recommendation"}}};
constexpr std::array<std::pair<ActionStatus, const char *>, 4> kActionStatuses {
    {{ActionStatus::Open, "open"},
     {ActionStatus::InProgress, "in-progress"},
     {ActionStatus::Done, "done"},
     {ActionStatus::Dropped, "dropped"}}};
} // namespace

QString toKey(ReviewKind kind)
{
    return keyOf(kKinds, kind);
}
QString toKey(ReviewStatus status)
{
    return keyOf(kStatuses, status);
}
QString toKey(FindingKind kind)
{
    return keyOf(kFindingKinds, kind);
}
QString toKey(ActionStatus status)
{
    return keyOf(kActionStatuses, status);
}
std::optional<ReviewKind> reviewKindFromKey(const QString &key)
{
    return valueOf(kKinds, key);
}
std::optional<ReviewStatus> reviewStatusFromKey(const QString &key)
{
    return valueOf(kStatuses, key);
}
std::optional<FindingKind> findingKindFromKey(const QString &key)
{
    return valueOf(kFindingKinds, key);
}
std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    return valueOf(kActionStatuses, key);
}

} // namespace laatu
