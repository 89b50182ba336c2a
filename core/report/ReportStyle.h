#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace laatu {

// The report's typography and colours, and the size of a point on the device it is laid out
// for. The document is laid out in device pixels (so a PDF and a printer of the same
// resolution get the same pages); every length below is given in points and converted here.
struct ReportStyle
{
    explicit ReportStyle(double dotsPerInch);

    double pixelsPerPoint;
    // Device pixels, for painting (header, footer, chart) and the page size.
    double px(double points) const { return points * pixelsPerPoint; }
    // Lengths in the text document's formats (margins, padding, indents, line heights): Qt
    // takes them as pixels of the screen and scales them to the paint device by its resolution
    // over the screen's, so they are given in screen pixels to come out in points everywhere.
    double layoutPx(double points) const { return points * screenPixelsPerPoint; }
    double screenPixelsPerPoint;

    // DejaVu Sans is on every Debian desktop (fonts-dejavu-core) and covers å, ä, ö and the
    // typographic dashes and arrows used here; fontconfig substitutes a sans-serif otherwise.
    QFont font(double pointSize, QFont::Weight weight = QFont::Normal) const
    {
        QFont result(QStringLiteral("DejaVu Sans"));
        result.setStyleHint(QFont::SansSerif);
        result.setPointSizeF(pointSize);
        result.setWeight(weight);
        // Scalable, unhinted metrics: the same line breaks at any resolution.
        result.setHintingPreference(QFont::PreferNoHinting);
        result.setKerning(true);
        return result;
    }

    static constexpr double kBodySize = 9.0;
    static constexpr double kSmallSize = 7.5;
    static constexpr double kTableSize = 8.0;

    // Restrained colours: dark ink, one blue accent, greys for rules and shading.
    QColor ink {0x1d, 0x23, 0x2b};
    QColor muted {0x5b, 0x65, 0x70};
    QColor accent {0x1f, 0x4e, 0x79};
    QColor rule {0xc8, 0xcf, 0xd6};
    QColor shade {0xee, 0xf2, 0xf6};
    QColor highlight {0xdc, 0xe8, 0xf4};
    QColor warning {0xa3, 0x1f, 0x1f}; // the draft mark
    // One colour per section of the catalog (staffing, organisation, services).
    QColor section(int index) const
    {
        static const QColor colours[] = {QColor(0x1f, 0x4e, 0x79), QColor(0x3b, 0x7d, 0xb8),
                                         QColor(0x86, 0xb4, 0xda), QColor(0x5b, 0x65, 0x70)};
        return colours[index < 0 ? 3 : index % 4];
    }
};

} // namespace laatu
