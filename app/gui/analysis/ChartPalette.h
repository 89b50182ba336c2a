#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace laatu {
struct Level;
}

namespace laatu::gui {

// The colours of the analysis views in one place, so the table, the charts and the printout
// say the same thing with the same colour. Ratings run from red (1) to green (5) in light
// tints that keep dark text readable (contrast above 6:1); levels are coloured by their rank
// in the catalog (top level green ... lowest red), so another catalog's levels get colours too.
// Colour is never the only carrier: every coloured cell or bar also says its value in text.
class ChartPalette
{
public:
    static QColor ink() { return {0x1d, 0x23, 0x2b}; }
    static QColor muted() { return {0x5b, 0x65, 0x70}; }
    static QColor grid() { return {0xd5, 0xdb, 0xe1}; }
    static QColor accent() { return {0x1f, 0x4e, 0x79}; }
    static QColor outcome() { return {0x8e, 0x44, 0xad}; }
    static QColor incomplete() { return {0xb8, 0xbf, 0xc6}; }
    static QColor improved() { return {0x1b, 0x7a, 0x35}; }
    static QColor worsened() { return {0xb3, 0x26, 0x1e}; }

    // The cell tint of a rating on a scale from `minimum` to `maximum`.
    static QColor rating(int value, int minimum = 1, int maximum = 5);
    // A level by its key among `levels` (highest first, as Instrument::levels()); grey for
    // "incomplete" or an unknown key.
    static QColor level(const QList<Level> &levels, const QString &key);
    // The same hue, faint: the band behind the trend line.
    static QColor levelBand(const QList<Level> &levels, const QString &key);
    // One colour per section line of the trend chart.
    static QColor section(int index);
};

} // namespace laatu::gui
