#pragma once

#include "storage/ReviewSummary.h"

#include <QTreeWidget>

#include <functional>

namespace laatu {
class Instrument;
}

namespace laatu::gui {

// The reviews in the database, grouped by wellbeing services county and site, newest last:
// date, kind, status, total and level for each.
class ReviewListPanel : public QTreeWidget
{
    Q_OBJECT

public:
    // Finds the catalog a review was rated against, for its level.
    using CatalogLookup
        = std::function<const Instrument *(const QString &id, const QString &version)>;

    explicit ReviewListPanel(QWidget *parent = nullptr);
    void setReviews(const QList<ReviewSummary> &reviews, const CatalogLookup &catalogFor);
    int reviewCount() const { return m_reviewCount; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString kindText(ReviewKind kind);
    static QString statusText(ReviewStatus status);

    QList<ReviewSummary> m_reviews;
    CatalogLookup m_catalogFor;
    int m_reviewCount = 0;
};

} // namespace laatu::gui
