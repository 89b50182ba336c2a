#pragma once

#include "review/ReviewDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace laatu {

// The review file (format "laatu-review", version 1): one review with its site, reviewers,
// ratings, evidence, findings, actions and the catalog id + version, as JSON. Writing is
// canonical (fixed key order, normalized lists), so export -> import -> export gives the same
// bytes. Reading checks the structure and every value's type and shape; what the values mean
// against a catalog is ReviewValidator's job.
//
// A one-rater file ("my ratings", RaterExport) carries the optional top-level member
// "onlyRater": the UUID of its one reviewer. It is read into ReviewDocument::onlyRaterUuid and
// only accepted when the file holds exactly that reviewer and no consensus ratings, findings or
// actions, so that nobody can take a part for a whole review. Files without it read as before.
class ReviewFileFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFileFormat)

public:
    static constexpr auto kFormatName = "laatu-review";
    // 2 adds the evidence workbook and the visit plan; a file with neither is still written as
    // version 1, so every Laatu that reads version 1 keeps reading it.
    static constexpr int kFormatVersion = 2;
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr int kMaxTextLength = 20000;
    static constexpr auto kOnlyRaterKey = "onlyRater";

    // A UUID as review files write them: lower case, with hyphens, no braces.
    static bool isUuid(const QString &text);

    static QByteArray toJson(ReviewDocument document);
    static std::optional<ReviewDocument> fromJson(const QByteArray &json, QStringList &errors);
};

} // namespace laatu
