#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace laatu {
struct VisitPlan;
}

namespace laatu::gui {

class ReviewSession;
class VisitPlanTableModel;

// The visit plan of the open review: the two-day agenda agreed with the service, one item a
// row (day, start, end, what, with whom, where), edited in place by keyboard and saved at once
// through the session, with undo. An empty plan starts from the built-in template in the
// review's language or from an organisation's own template file; the plan goes to the service
// as a PDF or ODT letter, or printed. Read-only when the review is final or the database is.
class VisitPlanView : public QWidget
{
    Q_OBJECT

public:
    explicit VisitPlanView(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    QTableView *table() const { return m_table; }

    // The commands behind the buttons (also for tests and menus).
    void addItem();
    void removeCurrentItem();
    void moveCurrentItem(int offset);
    void startFromTemplate();
    void startFromTemplateFile();
    bool exportLetter(bool editable);
    void printLetter();

signals:
    // What a command did, for the status bar.
    void reported(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void updateButtons();
    void replacePlan(const VisitPlan &plan);
    QString currentUuid() const;
    void selectItem(const QString &uuid, int column);
    void showProblem(const QString &message);

    ReviewSession *m_session = nullptr;
    QString m_language;
    VisitPlanTableModel *m_model;
    QLabel *m_intro;
    QLabel *m_state;
    QTableView *m_table;
    QTimer *m_rowHeights; // measures the rows once the columns have their widths
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_fromTemplate;
    QPushButton *m_fromFile;
    QPushButton *m_exportPdf;
    QPushButton *m_exportOdt;
    QPushButton *m_print;
};

} // namespace laatu::gui
