#include "MessageBox.h"

namespace laatu::gui {

QList<QMessageBox::StandardButton> MessageBox::s_nextAnswers;
bool MessageBox::s_nonInteractive = false;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title,
                                                 const QString &text)
{
    return show(QMessageBox::Critical, parent, title, text);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text)
{
    return show(QMessageBox::Information, parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text)
{
    return show(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No,
                QMessageBox::No);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswers << answer;
}

void MessageBox::setNonInteractive(bool nonInteractive)
{
    s_nonInteractive = nonInteractive;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();
    if (s_nonInteractive)
        return defaultButton != QMessageBox::NoButton ? defaultButton : QMessageBox::Ok;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace laatu::gui
