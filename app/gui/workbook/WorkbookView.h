#pragma once

#include <QWidget>

class QLabel;
class QSplitter;

namespace laatu::gui {

class ReviewSession;
class WorkbookTablePanel;

// The evidence workbook of the open review: the coaches and the record sample the reviewers
// read on the visit, typed in by keyboard, from which the numeric criteria take their figures.
// Read-only when the review is final or the database is read-only, as the other views.
class WorkbookView : public QWidget
{
    Q_OBJECT

public:
    explicit WorkbookView(QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    WorkbookTablePanel *coaches() const { return m_coaches; }
    WorkbookTablePanel *records() const { return m_records; }
    // Selects the rows and columns a criterion's figures are computed from (the catalog's
    // figures), in the table they come from; false when the criterion has none or no row
    // holds them yet (the status bar says which).
    bool showRowsBehind(const QString &criterionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    // A status tip for the main window's status bar, as the other views report.
    void report(const QString &message);

    ReviewSession *m_session = nullptr;
    QString m_language;
    QLabel *m_intro;
    QSplitter *m_splitter;
    WorkbookTablePanel *m_coaches;
    WorkbookTablePanel *m_records;
};

} // namespace laatu::gui
