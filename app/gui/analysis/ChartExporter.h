#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace laatu::gui {

// Saves a chart that paints itself (render(painter, rect)) as PNG or SVG, chosen by the file
// name's extension: the PNG at twice the size so it stays sharp on high-DPI screens and in
// documents, the SVG as vector graphics. Written through QSaveFile, so a failed export never
// leaves half a file where a good one was.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    using Paint = std::function<void(QPainter &, const QRectF &)>;

    // `size` in logical pixels (96 per inch). Empty on success, else why not.
    static QString save(const QString &path, const QSize &size, const Paint &paint,
                        const QString &title);
    // The chart as an image of `size` logical pixels at `scale` device pixels each (for the
    // printout, where the pen widths and gaps of a screen chart would vanish at printer dots).
    static QImage image(const QSize &size, qreal scale, const Paint &paint);
    // "PNG image (*.png);;SVG image (*.svg)", translated.
    static QString fileFilter();
};

} // namespace laatu::gui
