#pragma once

#include <QDialog>

#include <memory>

class QMenuBar;

namespace Ui {
class ShortcutsDialog;
}

namespace laatu::gui {

// Help → Keyboard Shortcuts: made from the actions and shortcuts themselves, so it can never
// disagree with what the keys do. The menus' commands by menu, then the keys of the criterion
// page (the walk's shortcuts, named by their whatsThis).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, const QWidget *walk, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The rows shown, "command\tkeys", for tests.
    QStringList rows() const;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace laatu::gui
