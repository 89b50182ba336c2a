#include "ChartExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace laatu::gui {

namespace {
constexpr int kDotsPerMeter96 = 3780; // 96 dpi: the text is as large as on a normal screen
constexpr qreal kPngScale = 2.0;
} // namespace

QString ChartExporter::fileFilter()
{
    return tr("PNG image (*.png);;SVG image (*.svg)");
}

QImage ChartExporter::image(const QSize &size, qreal scale, const Paint &paint)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.setDotsPerMeterX(kDotsPerMeter96);
    image.setDotsPerMeterY(kDotsPerMeter96);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QString ChartExporter::save(const QString &path, const QSize &size, const Paint &paint,
                            const QString &title)
{
    const QString native = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return tr("%1: the chart can be saved as .png or .svg; add one of them to the name.")
            .arg(native);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2.").arg(native, file.errorString());
    const QRectF area(QPointF(0, 0), QSizeF(size));
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(area);
        generator.setResolution(96);
        generator.setTitle(title);
        generator.setDescription(tr("Made with Laatu"));
        QPainter painter;
        if (!painter.begin(&generator))
            return tr("%1 cannot be written: the SVG could not be started.").arg(native);
        paint(painter, area);
        painter.end();
    } else {
        QImage image = ChartExporter::image(size, kPngScale, paint);
        image.setText(QStringLiteral("Title"), title);
        if (!image.save(&file, "PNG"))
            return tr("%1 cannot be written: %2.").arg(native, file.errorString());
    }
    if (!file.commit())
        return tr("%1 could not be saved: %2.").arg(native, file.errorString());
    return {};
}

} // namespace laatu::gui
