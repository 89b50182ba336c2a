#include "ChartAccessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QWidget>

namespace laatu::gui {

namespace {
const char kChartProperty[] = "laatuChart";

QAccessibleInterface *chartInterface(const QString &, QObject *object)
{
    if (!object || !object->isWidgetType() || !object->property(kChartProperty).toBool())
        return nullptr;
    return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Chart);
}
} // namespace

void ChartAccessibility::markAsChart(QWidget *chart)
{
    // Once per application; a factory comes before Qt's own for the widgets it answers for.
    static const bool installed = [] {
        QAccessible::installFactory(chartInterface);
        return true;
    }();
    Q_UNUSED(installed);
    chart->setProperty(kChartProperty, true);
}

} // namespace laatu::gui
