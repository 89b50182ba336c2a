#pragma once

#include "report/ReportOptions.h"

#include <QObject>

class QAction;

namespace laatu::gui {

class ReviewHost;

// The report of the open (or chosen) review: options asked per report, then a PDF file or a
// print preview with the same pages; and the data request sent to the service before its visit.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(ReviewHost &host, QObject *parent = nullptr);

    bool exportReport();
    void printReport();
    // Saves the data request of the open review as PDF or ODT, in the interface's language.
    bool exportDataRequest();
    // File → Data Request…: made here, not in the form, and kept in the current language here.
    QAction *dataRequestAction();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool askReportOptions(ReportOptions &options);
    void retranslate();

    ReviewHost &m_host;
    QAction *m_dataRequestAction = nullptr;
};

} // namespace laatu::gui
