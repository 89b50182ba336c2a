#include "DialogRunner.h"

#include <QDialog>

namespace laatu::gui {

DialogRunner::Handler DialogRunner::s_next;
bool DialogRunner::s_nonInteractive = false;

int DialogRunner::exec(QDialog &dialog)
{
    if (s_next) {
        const Handler handler = std::move(s_next);
        s_next = nullptr;
        dialog.show();
        const int result = handler(dialog);
        dialog.hide();
        return result;
    }
    if (s_nonInteractive)
        return QDialog::Rejected;
    return dialog.exec();
}

void DialogRunner::setNonInteractive(bool nonInteractive)
{
    s_nonInteractive = nonInteractive;
}

void DialogRunner::setNextHandler(Handler handler)
{
    s_next = std::move(handler);
}

} // namespace laatu::gui
