#pragma once

#include <QObject>

class QAction;

namespace laatu::gui {

class ReviewHost;

// The Review menu's site-visit commands: the Visit Plan tab (Alt+1), the Workbook tab (Alt+2),
// and clearing a final review's
// record sample so that only the figures it gave are kept. Clearing is offered once right after
// Finalise when the workbook holds record rows, and stays at hand as Review → Clear Record
// Sample… for a final review of this laptop's own.
class WorkbookActions : public QObject
{
    Q_OBJECT

public:
    // `window` is told when the language changes; the actions made here follow it.
    WorkbookActions(ReviewHost &host, QObject *window);

    QAction *showPlanAction() const { return m_showPlan; }
    QAction *showAction() const { return m_show; }
    QAction *clearAction() const { return m_clear; }
    void updateActions();

    // After Finalise: asks once whether to clear the record rows now (default: keep them).
    void offerClearing(qint64 reviewId);
    // Review → Clear Record Sample…: clears after the user confirms.
    void clearRecordSample();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    int recordRows() const; // of the open review
    bool canClear() const;
    void clear();

    ReviewHost &m_host;
    QAction *m_showPlan;
    QAction *m_show;
    QAction *m_clear;
};

} // namespace laatu::gui
