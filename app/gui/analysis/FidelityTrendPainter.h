#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

class QPainter;
class QRectF;

namespace laatu::gui {

struct FidelityTrendData;

// Paints the fidelity trend chart with QPainter at any size onto any painter (screen, PNG,
// SVG, printout): the level bands and the total axis behind, the next review's date, the
// employment rate on a percent axis at the right, the section lines, the total line with its
// points, the visit dates and the legend.
class FidelityTrendPainter
{
    Q_DECLARE_TR_FUNCTIONS(FidelityTrendPainter)

public:
    struct Options
    {
        QString title; // empty: a generic title
        QFont font;
        bool showSections = false;
        bool showOutcomes = true;
    };

    // `data` must outlive the painter.
    FidelityTrendPainter(const FidelityTrendData &data, const Options &options);

    // Returns where each review's point was painted, in the order of the data's points.
    QList<QPointF> paint(QPainter &painter, const QRectF &rect) const;

private:
    struct Canvas;
    void drawTitle(QPainter &painter, const Canvas &canvas) const;
    void drawLevelBands(QPainter &painter, const Canvas &canvas) const;
    void drawTotalAxis(QPainter &painter, const Canvas &canvas) const;
    void drawNextDue(QPainter &painter, const Canvas &canvas) const;
    void drawEmploymentRate(QPainter &painter, const Canvas &canvas) const;
    void drawSections(QPainter &painter, const Canvas &canvas) const;
    QList<QPointF> drawTotals(QPainter &painter, const Canvas &canvas) const;
    void drawVisitDates(QPainter &painter, const Canvas &canvas) const;
    void drawLegend(QPainter &painter, const QRectF &area) const;

    const FidelityTrendData &m_data;
    Options m_options;
};

} // namespace laatu::gui
