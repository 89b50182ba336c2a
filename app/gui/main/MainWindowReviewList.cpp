// The review list's contents: what the window reads when a database is set or changed.
// Apart from MainWindow.cpp, which sets the window up and opens and closes reviews.
#include "MainWindow.h"

#include "gui/common/MessageBox.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "storage/ReviewListQueries.h"

#include <QLocale>

namespace laatu::gui {

void MainWindow::setPrefetchedListing(ReviewListQueries::Listing listing)
{
    m_prefetchedListing = std::move(listing);
}

void MainWindow::reloadReviews()
{
    if (!m_repository)
        return;
    // The sites, each with whether it has reviews, and how many reviews there are: no review is
    // read or counted per site before the list shows (issue 13).
    ReviewListQueries::Listing listing;
    if (m_prefetchedListing && m_prefetchedListing->path == m_database->path())
        listing = std::move(*m_prefetchedListing);
    else
        listing = ReviewListQueries(*m_database).readListing(QLocale::system().collation());
    m_prefetchedListing.reset();
    // A damaged page the worker met stops writing here too.
    StorageError error = m_database->markIfDamaged(listing.error);
    const QList<ReviewListPanel::ListedSite> &sites = listing.sites;
    const int total = listing.total;
    QList<ReviewSummary> reviews;
    // A short history is read whole (every site is shown open); a long one site by site as
    // the sites are opened, so that start-up does not grow with it.
    if (!error && total <= ReviewListPanel::kOpenSitesUpTo)
        error = m_repository->listReviews(reviews);
    if (error) {
        MessageBox::critical(this, tr("Reviews Not Loaded"), error.message());
        return;
    }
    reviewList()->listModel()->setCompleter([this](QList<ReviewListPanel::ListedSite> &listed) {
        if (StorageError completeError = ReviewListQueries(*m_database).completeSites(listed)) {
            showStatusMessage(completeError.message());
            return false;
        }
        return true;
    });
    const auto catalogFor = [this](const QString &id, const QString &version) {
        StorageError lookupError;
        return m_repository->catalog(id, version, lookupError);
    };
    if (total <= ReviewListPanel::kOpenSitesUpTo) {
        reviewList()->setContents(sites, reviews, catalogFor);
    } else {
        reviewList()->setLazyContents(
            sites, total,
            [this](const QString &siteUuid) {
                QList<ReviewSummary> siteReviews;
                if (StorageError loadError = m_repository->listSiteReviews(siteUuid, siteReviews))
                    showStatusMessage(loadError.message());
                return siteReviews;
            },
            [this](const Site &site) {
                int count = 0;
                if (StorageError countError
                    = ReviewListQueries(*m_database).countSiteReviews(site.id, count))
                    showStatusMessage(countError.message());
                return count;
            },
            catalogFor);
    }
    reloadPublications();
    if (m_session)
        reviewList()->selectReview(m_session->reviewId(), m_session->document().site.uuid);
}

} // namespace laatu::gui
