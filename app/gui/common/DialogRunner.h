#pragma once

#include <functional>

class QDialog;

namespace laatu::gui {

// Every modal dialog of the application (other than message boxes) is run through here, so a
// test can fill in and close the next dialog itself instead of hanging on an event loop that
// nobody clicks.
class DialogRunner
{
public:
    using Handler = std::function<int(QDialog &)>;

    static int exec(QDialog &dialog);
    // The next exec() calls `handler` with the dialog (shown, not modal) and returns its result.
    static void setNextHandler(Handler handler);
    // For tests: a dialog without a handler is rejected instead of shown.
    static void setNonInteractive(bool nonInteractive);

private:
    static Handler s_next;
    static bool s_nonInteractive;
};

} // namespace laatu::gui
