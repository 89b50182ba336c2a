#include "MessageBox.h"

namespace laatu::gui {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
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

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text)
{
    s_lastText = text;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace laatu::gui
