#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace laatu::gui {

class ActionPlanTable;
class FindingsList;
class ReviewSession;

// What the review found and what is to be done: strengths and recommendations by criterion
// (editable in place, also ones about the whole service), the action plan (what, who, by when,
// status), and the previous review's actions for following up, which can be carried over.
// Every command says what it did in the window's status bar.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    QTreeWidget *findings() const;
    QTableWidget *actions() const;
    QTableWidget *previousActions() const { return m_previous; }

    // A new finding or action opens for typing; it is stored once it has text.
    void addFinding(int kind);
    void removeCurrentFinding();
    void addAction();
    void removeCurrentAction();
    // Copies the previous review's open and ongoing actions into this plan (once each).
    int carryOverActions();

signals:
    void criterionActivated(const QString &criterionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    // Shown in the status bar of the window the view is in.
    void report(const QString &message);

    ReviewSession *m_session = nullptr;
    QLabel *m_findingsLabel;
    FindingsList *m_findings;
    QPushButton *m_addStrength;
    QPushButton *m_addRecommendation;
    QPushButton *m_removeFinding;
    QLabel *m_actionsLabel;
    ActionPlanTable *m_actions;
    QPushButton *m_addAction;
    QPushButton *m_removeAction;
    QLabel *m_previousLabel;
    QTableWidget *m_previous;
    QPushButton *m_carryOver;
};

} // namespace laatu::gui
