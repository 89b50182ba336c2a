#pragma once

#include "review/ReviewDocument.h"

#include <QObject>

namespace laatu::gui {

class ReviewHost;
class SiteActions;

// The Review menu's life cycle: new and follow-up reviews (through the wizard), delete, the
// reveal of independent ratings, finalise, and reopen with a reason.
class ReviewActions : public QObject
{
    Q_OBJECT

public:
    ReviewActions(ReviewHost &host, SiteActions &sites, QObject *parent = nullptr);

    void newReview();
    void followUpReview();
    void deleteReview();
    // Ends independent rating once the user confirms (warned when someone has not finished).
    bool revealSheets();
    void finaliseReview();
    // Review → Review Log: the open review's audit log.
    void showLog();
    void reopenReview();

signals:
    // The open review was made final, or reopened (its publication state changes).
    void finalised(qint64 reviewId);
    void reopened(qint64 reviewId);

private:
    bool createReview(ReviewDocument document);

    ReviewHost &m_host;
    SiteActions &m_sites;
};

} // namespace laatu::gui
