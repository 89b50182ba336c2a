#pragma once

#include <QLabel>

namespace laatu {
class SiteHistory;
}

namespace laatu::gui {

// When the site's next review is due and why (yearly once a review reached good fidelity,
// else every six months), in red once it is overdue.
class NextReviewDueLabel : public QLabel
{
    Q_OBJECT

public:
    explicit NextReviewDueLabel(QWidget *parent = nullptr);

    void retranslate();
    void showDue(const SiteHistory &history);
};

} // namespace laatu::gui
