#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace laatu {

// One set of ratings for a review: a single reviewer's own ratings, or the agreed consensus.
// Criteria without an entry are not yet rated.
class RatingSheet
{
public:
    RatingSheet() = default;
    explicit RatingSheet(QString raterName)
        : m_raterName(std::move(raterName))
    { }

    const QString &raterName() const { return m_raterName; }
    void setRating(const QString &criterionId, int rating)
    {
        m_ratings.insert(criterionId, rating);
    }
    void clearRating(const QString &criterionId) { m_ratings.remove(criterionId); }
    std::optional<int> rating(const QString &criterionId) const
    {
        const auto it = m_ratings.constFind(criterionId);
        return it == m_ratings.cend() ? std::nullopt : std::optional<int>(it.value());
    }
    const QHash<QString, int> &ratings() const { return m_ratings; }

private:
    QString m_raterName;
    QHash<QString, int> m_ratings;
};

} // namespace laatu
