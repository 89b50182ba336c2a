#pragma once

#include <QString>

#include <optional>

namespace laatu {

enum class ReviewKind { External, SelfAssessment };
enum class ReviewStatus { Draft, Consensus, Final };
enum class FindingKind { Strength, Recommendation };
enum class ActionStatus { Open, InProgress, Done, Dropped };

// Stable keys used in files, the database and on the command line (never translated).
QString toKey(ReviewKind kind);
QString toKey(ReviewStatus status);
QString toKey(FindingKind kind);
QString toKey(ActionStatus status);
std::optional<ReviewKind> reviewKindFromKey(const QString &key);
std::optional<ReviewStatus> reviewStatusFromKey(const QString &key);
std::optional<FindingKind> findingKindFromKey(const QString &key);
std::optional<ActionStatus> actionStatusFromKey(const QString &key);

} // namespace laatu
