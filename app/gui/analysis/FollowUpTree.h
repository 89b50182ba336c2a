#pragma once

#include <QTreeWidget>

namespace laatu::gui {

class ShownSiteHistory;

// What became of each review's recommendations and actions at the next review: per pair of
// reviews the recommendations with their criterion's change, the actions carried out and
// those not; on top, the newest review's own plan, to be followed up at the next review.
class FollowUpTree : public QTreeWidget
{
    Q_OBJECT

public:
    // `shown` must outlive the tree.
    explicit FollowUpTree(const ShownSiteHistory &shown, QWidget *parent = nullptr);

    void retranslate();
    // Refills the tree from the shown history.
    void refresh();

private:
    void addFollowUps();
    void addNewestPlan();
    QString criterionLabel(int entryIndex, const QString &criterionId) const;

    const ShownSiteHistory &m_shown;
};

} // namespace laatu::gui
