#pragma once

#include <QMessageBox>

#include <optional>

namespace laatu::gui {

// Every modal message of the application goes through here, so tests can answer the next
// dialog in advance (setNextAnswer) instead of hanging on an event loop nobody clicks.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last message shown (or answered by the seam), for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text);
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace laatu::gui
