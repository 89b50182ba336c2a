#pragma once

namespace Ui {
class MainWindow;
}

namespace laatu::gui {

class MainWindow;

// The main window's menus: their shortcuts, in one place so clashes are easy to see, and each
// command connected to the controller that carries it out.
void assignMainShortcuts(Ui::MainWindow &ui);
void connectMainMenus(Ui::MainWindow &ui, MainWindow &window);

} // namespace laatu::gui
