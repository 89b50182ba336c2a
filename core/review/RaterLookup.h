#pragma once

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace laatu {

// Finding a review's reviewer from what a user typed: the UUID, or the whole name (case and
// surrounding spaces ignored). Shared by the hand-out, the one-rater export and the CLI.
class RaterLookup
{
    Q_DECLARE_TR_FUNCTIONS(RaterLookup)

public:
    // On failure `error` says why: no such reviewer, or the name fits several (give the UUID).
    static std::optional<Rater> find(const ReviewDocument &review, const QString &nameOrUuid,
                                     QString &error);
};

} // namespace laatu
