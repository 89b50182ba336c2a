#pragma once

#include "report/ReportOptions.h"

#include <QObject>

namespace laatu::gui {

class ReviewHost;

// The report of the open (or chosen) review: options asked per report, then a PDF file or a
// print preview with the same pages.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(ReviewHost &host, QObject *parent = nullptr);

    bool exportReport();
    void printReport();

private:
    bool askReportOptions(ReportOptions &options);

    ReviewHost &m_host;
};

} // namespace laatu::gui
