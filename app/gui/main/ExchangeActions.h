#pragma once

#include <QObject>

namespace laatu::gui {

class ReviewHost;

// Two laptops: the lead hands the review's frame to the co-reviewer (no one's ratings), the
// co-reviewer opens it, rates, and exports their own ratings, which the lead merges.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeActions(ReviewHost &host, QObject *parent = nullptr);

    // File → Send to Co-reviewer: the open (or chosen) review's frame as a hand-out file.
    bool sendToCoReviewer();
    // File → Open Review File: a hand-out or whole review is imported and opened (a hand-out on
    // its reviewer's own sheet); a reviewer's ratings file is merged.
    bool openReviewFile();
    bool exportMyRatings();
    bool mergeRatings();

private:
    bool mergeRatingsFrom(const QString &path);

    ReviewHost &m_host;
};

} // namespace laatu::gui
