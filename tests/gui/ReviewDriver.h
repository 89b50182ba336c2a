#pragma once

// The steps of a review day as a user takes them with the keyboard: a new site, the new-review
// wizard, one rating per criterion. Shared by the whole-review tests.
#include "GuiDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/walk/CriterionNavigator.h"
#include "gui/walk/CriterionWalk.h"

#include "storage/Database.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QWizard>

#include <functional>
#include <memory>

namespace laatu::test {

// Reviewer A rates (i % 5) + 1; B agrees except on every fourth criterion (one point apart)
// and on criteria 8 and 13 (two points apart).
inline int ratingOfA(int index)
{
    return index % 5 + 1;
}

inline int ratingOfB(int index)
{
    const int a = ratingOfA(index);
    if (index == 7 || index == 12)
        return a <= 3 ? a + 2 : a - 2;
    if (index % 4 == 1)
        return a == 5 ? 4 : a + 1;
    return a;
}

inline std::unique_ptr<Database> openDatabase(const QString &path)
{
    StorageError error;
    auto database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    return database;
}

// Fills the site dialog by keyboard and presses Enter (the OK button).
inline void answerSiteDialog(const QString &name, const QString &municipality,
                             const QString &county)
{
    gui::DialogRunner::setNextHandler([=](QDialog &dialog) {
        showActive(dialog);
        auto *nameEdit = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        REQUIRE(nameEdit);
        nameEdit->setFocus();
        typeInto(nameEdit, name);
        QTest::keyClick(nameEdit, Qt::Key_Tab); // organisation
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // unit
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // municipality
        typeInto(QApplication::focusWidget(), municipality);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // county
        typeInto(QApplication::focusWidget(), county);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the OK button
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        return dialog.result();
    });
}

// Goes through the wizard by keyboard: the site is preselected, Enter for Next, two names,
// Enter for Finish.
inline void answerWizard(const QStringList &raters)
{
    gui::DialogRunner::setNextHandler([=](QDialog &dialog) {
        auto &wizard = static_cast<QWizard &>(dialog);
        showActive(wizard);
        auto *site = wizard.findChild<QComboBox *>(QStringLiteral("siteCombo"));
        REQUIRE(site);
        CHECK(site->currentIndex() >= 0);
        site->setFocus();
        QTest::keyClick(site, Qt::Key_Return); // Next
        auto *first = wizard.findChild<QLineEdit *>(QStringLiteral("rater1Edit"));
        REQUIRE(first);
        first->setFocus();
        typeInto(first, raters.value(0));
        QTest::keyClick(first, Qt::Key_Tab);
        typeInto(QApplication::focusWidget(), raters.value(1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Finish
        return wizard.result();
    });
}

// Back to the first criterion with PgUp, then one rating key per criterion and PgDown.
inline void rateAllByKeyboard(gui::MainWindow &window, const std::function<int(int)> &ratingOf)
{
    gui::CriterionWalk *walk = window.workspace()->walk();
    const int count = walk->navigator()->count();
    for (int i = 0; i < count; ++i)
        press(window, Qt::Key_PageUp);
    REQUIRE(walk->navigator()->currentRow() == 0);
    for (int i = 0; i < count; ++i) {
        press(window, Qt::Key_0 + ratingOf(i));
        press(window, Qt::Key_PageDown);
    }
}

} // namespace laatu::test
