#pragma once

class QLabel;
class QWidget;

namespace laatu::gui {

// A plain-text label that wraps and whose text can be selected with the mouse: the page's
// texts (titles, definitions, figure and checklist labels) may be long sentences in Finnish.
QLabel *wrappingLabel(QWidget *parent);

} // namespace laatu::gui
