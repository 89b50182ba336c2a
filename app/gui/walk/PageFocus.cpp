#include "PageFocus.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QWidget>

namespace laatu::gui::PageFocus {

namespace {
class ClickForwarder : public QObject
{
public:
    ClickForwarder(QLabel *label, QAbstractButton *button)
        : QObject(label)
        , m_button(button)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease
            && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton
            && m_button->isEnabled()) {
            m_button->click();
            m_button->setFocus(Qt::MouseFocusReason);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractButton *m_button;
};
} // namespace

void clickWith(QLabel *label, QAbstractButton *button)
{
    label->installEventFilter(new ClickForwarder(label, button));
}

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
