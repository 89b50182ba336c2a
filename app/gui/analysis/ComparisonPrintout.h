#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPagedPaintDevice;

namespace laatu::gui {

class ComparisonTableModel;

// The county comparison on paper (or PDF), landscape: a heading with the county and period,
// the heat table of sites x criteria with totals and levels (vector, repeated header on each
// page), then the totals chart and the weakest criteria. What is on screen, in the order the
// table is sorted.
class ComparisonPrintout
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonPrintout)

public:
    ComparisonPrintout(const ComparisonTableModel &model, QString title, QString subtitle,
                       QImage chart, QString weakest);

    // False when the device cannot be painted on.
    bool print(QPagedPaintDevice &device) const;

private:
    const ComparisonTableModel &m_model;
    QString m_title;
    QString m_subtitle;
    QImage m_chart;
    QString m_weakest;
};

} // namespace laatu::gui
