// laatu_icon_render: draws the scalable icon as the PNG sizes of the hicolor theme, at build
// time, with the Qt SVG module the application already links (no converter to install).
//
//   laatu_icon_render <icon.svg> <output folder> <size>...
// writes <output folder>/<size>x<size>/fi.laatu.Laatu.png for each size.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: laatu_icon_render <icon.svg> <output folder> <size>...\n");
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "laatu_icon_render: %s is not a valid SVG file\n",
                     qPrintable(arguments.at(1)));
        return 3;
    }
    for (const QString &sizeText : arguments.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "laatu_icon_render: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString folder = QStringLiteral("%1/%2x%2").arg(arguments.at(2)).arg(size);
        const QString file = folder + QStringLiteral("/fi.laatu.Laatu.png");
        // The file's own time stays out of the PNG (no tIME chunk from Qt), so the package is
        // the same from the same sources.
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "laatu_icon_render: cannot write %s\n", qPrintable(file));
            return 3;
        }
    }
    return 0;
}
