#pragma once

#include <QtGlobal>

class QString;
class QWidget;

namespace laatu {
class Database;
class Instrument;
class ReviewRepository;
class SiteRepository;
} // namespace laatu

namespace laatu::gui {

class ReviewListPanel;
class ReviewSession;
class ReviewWorkspace;

// What the action controllers need from the main window: the open database and review, the
// review list, and the window's own steps (open, close, reload). The window implements it, so
// each concern's actions live in a small controller of their own instead of in the window.
class ReviewHost
{
public:
    virtual ~ReviewHost() = default;

    // The parent of the controllers' dialogs and message boxes.
    virtual QWidget *dialogParent() = 0;
    virtual Database *database() const = 0;
    virtual ReviewRepository *repository() const = 0;
    virtual SiteRepository *siteRepository() const = 0;
    virtual ReviewSession *session() const = 0;
    virtual ReviewListPanel *reviewList() const = 0;
    // Made on first use.
    virtual ReviewWorkspace *workspace() = 0;
    virtual const Instrument &instrument() const = 0;
    // The review that File and Report commands act on: the open one while its workspace shows,
    // otherwise the one chosen in the list (0 when none).
    virtual qint64 currentReviewId() const = 0;

    virtual bool openReview(qint64 reviewId) = 0;
    virtual void closeReview() = 0;
    virtual void reloadReviews() = 0;
    virtual void updateActions() = 0;
    virtual void showStatusMessage(const QString &message) = 0;

    bool isWritable() const;
};

} // namespace laatu::gui
