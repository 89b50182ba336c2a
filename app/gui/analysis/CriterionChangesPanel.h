#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace laatu::gui {

class CriterionChangesTable;
class ShownSiteHistory;

// The changes tab of the site history: choose an earlier and a later review, see each
// criterion's change between them and a count of better, worse and unchanged.
class CriterionChangesPanel : public QWidget
{
    Q_OBJECT

public:
    // `shown` must outlive the panel.
    explicit CriterionChangesPanel(const ShownSiteHistory &shown, QWidget *parent = nullptr);

    void retranslate();
    // Offers the shown history's reviews and compares the last two.
    void refresh();
    // Indexes into the history's entries.
    void setComparedReviews(int fromIndex, int toIndex);
    CriterionChangesTable *table() const { return m_table; }

private:
    void fillChoosers();
    void fillChanges();
    QString entryLabel(int entryIndex) const;

    const ShownSiteHistory &m_shown;
    bool m_filling = false;

    QLabel *m_fromLabel;
    QComboBox *m_from;
    QLabel *m_toLabel;
    QComboBox *m_to;
    QLabel *m_summary;
    CriterionChangesTable *m_table;
};

} // namespace laatu::gui
