#pragma once

class QWidget;

namespace laatu::gui {

// A chart Laatu draws itself is announced to assistive technology as a chart (role Chart),
// not as an unnamed filler: its accessible name says what it shows and its description the
// figures (set by the chart).
class ChartAccessibility
{
public:
    // Call in the chart's constructor, before anything asks for its accessible interface.
    static void markAsChart(QWidget *chart);
};

} // namespace laatu::gui
