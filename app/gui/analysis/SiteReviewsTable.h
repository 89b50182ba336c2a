#pragma once

#include <QTableWidget>

namespace laatu::gui {

class ShownSiteHistory;

// The site's reviews, newest first: visit, kind, status, total, mean, level (tinted in the
// level's colour) and the score of each section of the newest review's catalog.
class SiteReviewsTable : public QTableWidget
{
    Q_OBJECT

public:
    static constexpr int kColumnTotal = 3;

    // `shown` must outlive the table.
    explicit SiteReviewsTable(const ShownSiteHistory &shown, QWidget *parent = nullptr);

    void retranslate();
    // Refills the rows from the shown history.
    void refresh();

signals:
    // A review was double-clicked (or Enter pressed on it).
    void reviewActivated(qint64 reviewId);

private:
    QString levelName(int entryIndex) const;

    const ShownSiteHistory &m_shown;
};

} // namespace laatu::gui
