#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace laatu {
class Database;
}

namespace laatu::gui {

class ShownSiteHistory;

// The outcomes tab of the site history: people coached and in competitive work per period,
// with periods added through OutcomeDialog and removed after a confirmation. Stores them at
// once; the view then rereads the history (outcomesChanged).
class OutcomesPanel : public QWidget
{
    Q_OBJECT

public:
    // `database` and `shown` must outlive the panel.
    OutcomesPanel(Database &database, const ShownSiteHistory &shown, QWidget *parent = nullptr);

    void retranslate();
    // Refills the table from the shown history.
    void refresh();
    bool addOutcome();
    bool removeOutcome(int row);
    QTableWidget *table() const { return m_table; }

signals:
    // A period was stored or removed.
    void outcomesChanged();

private:
    void updateButtons();

    Database &m_database;
    const ShownSiteHistory &m_shown;

    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace laatu::gui
