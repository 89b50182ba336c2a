#include "PageFocus.h"

#include <QWidget>

namespace laatu::gui::PageFocus {

void chain(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void markFocus(QWidget *page)
{
    // The platform style's focus frame on a line edit is a thin tint that is easy to miss on a
    // laptop screen; two pixels in the highlight colour are not.
    page->setStyleSheet(
        QStringLiteral("QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {"
                       " border: 2px solid palette(highlight); border-radius: 3px; }"
                       "QCheckBox:focus { background: palette(alternate-base);"
                       " border: 1px solid palette(highlight); border-radius: 3px; }"));
}

} // namespace laatu::gui::PageFocus
