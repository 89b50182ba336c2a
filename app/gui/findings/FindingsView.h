#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QTreeWidget;
class QTreeWidgetItem;

namespace laatu::gui {

class ReviewSession;

// What the review found and what is to be done: strengths and recommendations by criterion
// (editable in place, also ones about the whole service), the action plan (what, who, by when,
// status), and the previous review's actions for following up, which can be carried over.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    QTreeWidget *findings() const { return m_findings; }
    QTableWidget *actions() const { return m_actions; }
    QTableWidget *previousActions() const { return m_previous; }

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
    void findingEdited(QTreeWidgetItem *item, int column);
    void actionEdited(QTableWidgetItem *item);
    void statusChosen(const QString &uuid, int index);

    ReviewSession *m_session = nullptr;
    QString m_language;
    QLabel *m_findingsLabel;
    QTreeWidget *m_findings;
    QPushButton *m_addStrength;
    QPushButton *m_addRecommendation;
    QPushButton *m_removeFinding;
    QLabel *m_actionsLabel;
    QTableWidget *m_actions;
    QPushButton *m_addAction;
    QPushButton *m_removeAction;
    QLabel *m_previousLabel;
    QTableWidget *m_previous;
    QPushButton *m_carryOver;
    bool m_filling = false;
};

} // namespace laatu::gui
