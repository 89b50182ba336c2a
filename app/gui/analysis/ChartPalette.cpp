#include "ChartPalette.h"

#include "instrument/Level.h"

#include <algorithm>
#include <array>

namespace laatu::gui {

namespace {
// Red, orange, yellow, light green, green: light enough for dark text on top.
constexpr std::array<QRgb, 5> kRatingTints {0xf28b82, 0xf9b98a, 0xfbe38e, 0xc5e1a5, 0x8fcf92};
// Top level first: green, light green, amber, red; more levels than that share the last.
constexpr std::array<QRgb, 4> kLevelColours {0x2e7d32, 0x7cb342, 0xf2a93b, 0xd9534f};
} // namespace

QColor ChartPalette::rating(int value, int minimum, int maximum)
{
    if (maximum <= minimum)
        return QColor::fromRgb(kRatingTints.back());
    // Scales other than 1..5 are mapped onto the five tints.
    const double position = double(std::clamp(value, minimum, maximum) - minimum)
        / double(maximum - minimum) * double(kRatingTints.size() - 1);
    return QColor::fromRgb(kRatingTints.at(std::size_t(position + 0.5)));
}

QColor ChartPalette::level(const QList<Level> &levels, const QString &key)
{
    for (int i = 0; i < levels.size(); ++i) {
        if (levels.at(i).key == key) {
            // The lowest level is always red, whatever the number of levels above it.
            const int rank = i == levels.size() - 1 && i > 0
                ? int(kLevelColours.size()) - 1
                : std::min(i, int(kLevelColours.size()) - 2);
            return QColor::fromRgb(kLevelColours.at(std::size_t(rank)));
        }
    }
    return incomplete();
}

QColor ChartPalette::levelBand(const QList<Level> &levels, const QString &key)
{
    QColor colour = level(levels, key);
    colour.setAlphaF(0.13f);
    return colour;
}

QColor ChartPalette::section(int index)
{
    static const std::array<QRgb, 4> colours {0x3b7db8, 0xc2702a, 0x6a8f3a, 0x8a5a9e};
    return QColor::fromRgb(colours.at(std::size_t(std::max(index, 0)) % colours.size()));
}

} // namespace laatu::gui
