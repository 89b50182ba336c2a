#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace laatu::gui {

class ConsensusView;
class CriterionWalk;
class FindingsView;
class ReviewSession;
class VisitPlanView;
class WorkbookView;

// The open review: a header saying which review it is and in what state, with Finalise or
// Reopen, over five tabs in the order of the visit: the visit plan, the evidence workbook, the
// walk through the criteria, the consensus, and the findings with the action plan.
class ReviewWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWorkspace(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    ReviewSession *session() const { return m_session; }
    CriterionWalk *walk() const { return m_walk; }
    ConsensusView *consensus() const { return m_consensus; }
    FindingsView *findings() const { return m_findings; }
    VisitPlanView *visitPlan() const { return m_visitPlan; }
    WorkbookView *workbook() const { return m_workbook; }
    QTabWidget *tabs() const { return m_tabs; }
    void flush();
    void showCriterionOnConsensus(const QString &criterionId);
    // The Workbook tab with the rows and columns behind a criterion's figures selected.
    void showRowsBehind(const QString &criterionId);

signals:
    void finaliseRequested();
    void reopenRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshHeader();
    void retranslate();

    ReviewSession *m_session = nullptr;
    QString m_language;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_state;
    QPushButton *m_finalise;
    QPushButton *m_reopen;
    QPushButton *m_close;
    QTabWidget *m_tabs;
    VisitPlanView *m_visitPlan;
    WorkbookView *m_workbook;
    CriterionWalk *m_walk;
    ConsensusView *m_consensus;
    FindingsView *m_findings;
};

} // namespace laatu::gui
