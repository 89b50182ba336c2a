#include "ReportStyle.h"

#include <QGuiApplication>
#include <QScreen>

namespace laatu {

namespace {
// What QTextDocumentLayout scales lengths from (qt_defaultDpiY(): 96 when asked for, otherwise
// the primary screen's logical resolution, 100 without a screen).
int layoutDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}
} // namespace

ReportStyle::ReportStyle(double dotsPerInch)
    : pixelsPerPoint(dotsPerInch / 72.0)
    , screenPixelsPerPoint(layoutDpi() / 72.0)
{ }

} // namespace laatu
