#pragma once

#include "instrument/Level.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace laatu {
class CountyComparison;
}

namespace laatu::gui {

// The totals of a county comparison as horizontal bars, one per row (site, or review when all
// reviews are compared), highest first, each coloured by its level, with the level thresholds
// as dashed lines. Horizontal, so long Finnish site names stay readable. render() paints the
// same chart at any size for the PNG and SVG exports and the printout.
class TotalsBarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        std::optional<int> total;
        int ratedCount = 0;
        int criterionCount = 0;
        QString levelKey;
    };

    explicit TotalsBarChart(QWidget *parent = nullptr);

    void setComparison(const CountyComparison &comparison, const QString &language);
    void setTitle(const QString &title);
    // Highest total first; incomplete reviews last.
    const QList<Bar> &bars() const { return m_bars; }
    QString summary() const;

    void render(QPainter &painter, const QRectF &rect) const;
    // The height the chart needs to show every bar at a readable size for `width`.
    int heightForBars(const QFont &font) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString levelName(const QString &key) const;
    QString barText(const Bar &bar) const;
    void updateAccessibleText();

    QString m_title;
    QString m_language;
    QList<Level> m_levels;
    int m_minTotal = 25;
    int m_maxTotal = 125;
    QList<Bar> m_bars;
};

} // namespace laatu::gui
