#pragma once

// Small helpers for driving the real widgets the way a user does: keys go to whatever has the
// focus, modal dialogs are answered through the application's seams.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace laatu::test {

// A key press as the user makes it: to the focused widget of the active window.
inline void press(QWidget &window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : &window, Qt::Key(key), modifiers);
}

// Typing text into `target`: one key event per character, carrying the character as its text
// (QTest::keyClicks knows only ASCII; "Hämeenlinna" needs this, as from a Finnish keyboard).
inline void typeInto(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        const bool ascii = c.unicode() < 0x80 && c.isPrint();
        const Qt::Key key = c.isLetter() && ascii ? Qt::Key(c.toUpper().unicode())
            : ascii                               ? Qt::Key(c.unicode())
                                                  : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, target, key, QString(c), Qt::NoModifier);
    }
}

// Typing where the focus is, character by character: the first key may open an editor (in a
// table) that takes the rest.
inline void typeText(QWidget &window, const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        typeInto(target ? target : &window, QString(c));
    }
}

inline void showActive(QWidget &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Lets queued refreshes (tables rebuilt after an edit) run.
inline void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace laatu::test
