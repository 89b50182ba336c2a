#pragma once

#include <QMessageBox>

#include <QList>

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
    // Yes or No, with No as the default so Enter never deletes or locks anything by accident.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text);
    // Answers are used in the order given, one per message.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: a message without a prepared answer is not shown but answered with its
    // default (No for questions, OK otherwise), so a forgotten answer cannot hang a test.
    static void setNonInteractive(bool nonInteractive);
    // The text of the last message shown (or answered by the seam), for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton
    show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons = QMessageBox::Ok,
         QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QList<QMessageBox::StandardButton> s_nextAnswers;
    static bool s_nonInteractive;
    static QString s_lastText;
};

} // namespace laatu::gui
