#pragma once

#include <QList>

class QAbstractButton;
class QLabel;
class QWidget;

namespace laatu::gui {

// Keyboard focus on a page whose inputs are rebuilt for each criterion: the Tab order is set
// anew so it follows the page as the eye reads it (widgets made later would otherwise come
// last), and the focused input is drawn with a frame that is easy to see.
namespace PageFocus {
// Tab moves through `widgets` in this order (hidden or disabled ones are skipped by Qt).
void chain(const QList<QWidget *> &widgets);
// A clear focus frame for the line edits, text boxes and check boxes inside `page`.
void markFocus(QWidget *page);
// A click on `label` clicks `button`, as a click on a check box's own text does.
void clickWith(QLabel *label, QAbstractButton *button);
} // namespace PageFocus

} // namespace laatu::gui
