#pragma once

#include "gui/analysis/FidelityTrendData.h"

#include <QList>
#include <QPointF>
#include <QWidget>

namespace laatu {
class Instrument;
class SiteHistory;
} // namespace laatu

namespace laatu::gui {

// One site's fidelity over time, painted with QPainter: the total of each review as a line
// with points, the catalog's levels as faint bands behind it with their names, optionally the
// section scores (scaled to the total's range) and the employment rate of the outcome periods
// on a right-hand percent axis. render() paints the same chart at any size onto any painter,
// so the PNG and SVG exports and the printout match the screen.
class FidelityTrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit FidelityTrendChart(QWidget *parent = nullptr);

    // `instrument`: the catalog of the newest review (levels, sections, range of the axis).
    void setHistory(const SiteHistory &history, const Instrument &instrument,
                    const QString &language);
    void clear();
    void setTitle(const QString &title);
    void setShowSections(bool show);
    void setShowOutcomes(bool show);
    bool showsSections() const { return m_showSections; }
    bool showsOutcomes() const { return m_showOutcomes; }

    // The reviews with a total (the points of the line) and the outcome periods with a rate.
    int totalPointCount() const;
    int outcomePointCount() const;
    // A plain-text account of the chart for screen readers and tests.
    QString summary() const;

    void render(QPainter &painter, const QRectF &rect) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateAccessibleText();

    QString m_title;
    FidelityTrendData m_data;
    bool m_showSections = false;
    bool m_showOutcomes = true;
    // Where the points were last painted on screen, for tooltips.
    mutable QList<QPointF> m_screenPoints;
};

} // namespace laatu::gui
