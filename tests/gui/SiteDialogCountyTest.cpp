// The site dialog's county: the wellbeing services counties, Helsinki and Åland in the user's
// language, the database's own other counties, and free text only after "Other…".
#include "GuiDriver.h"

#include "gui/sites/SiteDialog.h"
#include "i18n/Translator.h"
#include "review/CountyList.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleOptionComboBox>
#include <QTest>

using laatu::CountyList;
using laatu::Site;
using laatu::Translator;
using laatu::gui::SiteDialog;

namespace {

struct CountyFields
{
    QComboBox *combo = nullptr;
    QLineEdit *other = nullptr;
    QPushButton *ok = nullptr;
};

CountyFields fieldsOf(SiteDialog &dialog)
{
    CountyFields fields;
    fields.combo = dialog.findChild<QComboBox *>(QStringLiteral("countyCombo"));
    fields.other = dialog.findChild<QLineEdit *>(QStringLiteral("otherCountyEdit"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    REQUIRE(fields.combo);
    REQUIRE(fields.other);
    REQUIRE(buttons);
    fields.ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(fields.ok);
    return fields;
}

// The entries a user can choose (separators have no text).
QStringList entries(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemText(i).isEmpty())
            texts << combo->itemText(i);
    }
    return texts;
}

QString otherText()
{
    return QCoreApplication::translate("laatu::gui::SiteDialog", "Other…");
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Restores the language the other tests expect.
struct LanguageGuard
{
    QString before = Translator::currentLanguage();
    ~LanguageGuard() { Translator::install(before); }
};

} // namespace

TEST_CASE("the site dialog offers the counties of the list in the user's language",
          "[gui][sites][counties]")
{
    LanguageGuard guard;
    const CountyList &list = CountyList::builtIn();
    REQUIRE(list.size() == 23);
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        Translator::install(language);
        SiteDialog dialog(Site {}, {}, nullptr);
        CountyFields fields = fieldsOf(dialog);
        CHECK_FALSE(fields.combo->isEditable());
        CHECK(fields.combo->lineEdit() == nullptr);
        CHECK(fields.combo->currentIndex() == -1);
        CHECK(entries(fields.combo) == list.names(language) + QStringList {otherText()});
        const QString kantaHame = language == QLatin1String("sv")
            ? QStringLiteral("Egentliga Tavastlands välfärdsområde")
            : QStringLiteral("Kanta-Hämeen hyvinvointialue");
        CHECK(entries(fields.combo).contains(kantaHame));

        // OK needs a name and a county.
        dialog.setValues(QStringLiteral("Polku IPS"), QStringLiteral("Hämeenlinna"), QString());
        CHECK_FALSE(fields.ok->isEnabled());
        choose(fields.combo, kantaHame);
        CHECK(fields.ok->isEnabled());
        CHECK(dialog.site().county == kantaHame);
    }
}

TEST_CASE("a county can be typed only after choosing Other…", "[gui][sites][counties]")
{
    LanguageGuard guard;
    Translator::install(QStringLiteral("fi"));
    SiteDialog dialog(Site {}, {}, nullptr);
    laatu::test::showActive(dialog);
    CountyFields fields = fieldsOf(dialog);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    REQUIRE(name);
    name->setText(QStringLiteral("Polku IPS"));
    CHECK_FALSE(fields.other->isVisible());

    // Typing in the list only finds counties; text that is none is not taken.
    fields.combo->setFocus();
    laatu::test::typeInto(fields.combo, QStringLiteral("Oma alue"));
    CHECK(fields.combo->currentText() != QStringLiteral("Oma alue"));
    CHECK(dialog.site().county.isEmpty());
    CHECK_FALSE(fields.ok->isEnabled());
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    laatu::test::typeInto(fields.combo, QStringLiteral("Etelä-Savon hyvinvointialue"));
    CHECK(fields.combo->currentText() == QStringLiteral("Etelä-Savon hyvinvointialue"));
    CHECK(fields.ok->isEnabled());
    CHECK_FALSE(fields.other->isVisible());

    // Other… shows the text field (with its label), and OK waits for text in it.
    choose(fields.combo, otherText());
    CHECK(fields.other->isVisible());
    auto *label = dialog.findChild<QWidget *>(QStringLiteral("otherCountyLabel"));
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK_FALSE(fields.ok->isEnabled());
    CHECK(dialog.site().county.isEmpty());
    fields.other->setFocus();
    laatu::test::typeInto(fields.other, QStringLiteral("Oma alue"));
    CHECK(fields.ok->isEnabled());
    CHECK(dialog.site().county == QStringLiteral("Oma alue"));

    // A listed county typed there, in any case or spacing, is the listed county.
    fields.other->setText(QStringLiteral("  egentliga TAVASTLANDS   välfärdsområde "));
    CHECK(dialog.site().county == QStringLiteral("Kanta-Hämeen hyvinvointialue"));

    // Back to a listed county: the text field goes away and its text is not used.
    choose(fields.combo, QStringLiteral("Lapin hyvinvointialue"));
    CHECK_FALSE(fields.other->isVisible());
    CHECK(dialog.site().county == QStringLiteral("Lapin hyvinvointialue"));

    // setValues with a county that is neither listed nor known chooses Other… with that text.
    dialog.setValues(QStringLiteral("Polku IPS"), QStringLiteral("Mikkeli"),
                     QStringLiteral("Vapaa teksti"));
    CHECK(fields.combo->currentText() == otherText());
    CHECK(fields.other->text() == QStringLiteral("Vapaa teksti"));
    CHECK(dialog.site().county == QStringLiteral("Vapaa teksti"));
}

TEST_CASE("the site dialog keeps tab order and accessible names with the county list",
          "[gui][sites][counties]")
{
    LanguageGuard guard;
    Translator::install(QStringLiteral("en"));
    SiteDialog dialog(Site {}, {}, nullptr);
    laatu::test::showActive(dialog);
    CountyFields fields = fieldsOf(dialog);
    CHECK(fields.combo->accessibleName() == QStringLiteral("Wellbeing services county"));
    CHECK(fields.other->accessibleName() == QStringLiteral("Other county"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    REQUIRE(name);
    name->setFocus();
    const QStringList order = {QStringLiteral("organisationEdit"), QStringLiteral("unitEdit"),
                               QStringLiteral("municipalityEdit"), QStringLiteral("countyCombo")};
    for (const QString &next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget()->objectName() == next);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != fields.other); // hidden until Other…
    fields.combo->setFocus();
    choose(fields.combo, otherText());
    QTest::keyClick(fields.combo, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == fields.other);
}

TEST_CASE("a county used in the database that is not in the list stays choosable",
          "[gui][sites][counties]")
{
    LanguageGuard guard;
    Translator::install(QStringLiteral("fi"));
    Site old;
    old.uuid = QStringLiteral("5b0e6c1a-0d55-4a57-9a0b-0a1c6b2d3e4f");
    old.name = QStringLiteral("Vanha paikka");
    old.county = QStringLiteral("Etelä-Savon sairaanhoitopiiri");
    const QStringList known
        = {QStringLiteral("Etelä-Savon sairaanhoitopiiri"),
           QStringLiteral("Kanta-Hämeen hyvinvointialue"), QStringLiteral("Keski-Suomen sote")};
    SiteDialog dialog(old, known, nullptr);
    CountyFields fields = fieldsOf(dialog);
    const QStringList texts = entries(fields.combo);
    CHECK(texts.count(QStringLiteral("Etelä-Savon sairaanhoitopiiri")) == 1);
    CHECK(texts.count(QStringLiteral("Keski-Suomen sote")) == 1);
    CHECK(texts.count(QStringLiteral("Kanta-Hämeen hyvinvointialue")) == 1);
    CHECK(texts.size() == 23 + 2 + 1);
    CHECK(texts.last() == otherText());
    CHECK(fields.combo->currentText() == QStringLiteral("Etelä-Savon sairaanhoitopiiri"));
    CHECK_FALSE(fields.other->isVisibleTo(&dialog));
    CHECK(dialog.site() == old);
    CHECK(fields.ok->isEnabled());
    choose(fields.combo, QStringLiteral("Keski-Suomen sote"));
    CHECK(dialog.site().county == QStringLiteral("Keski-Suomen sote"));

    // Swedish: a site stored with the Finnish name shows the Swedish one and keeps its text.
    Translator::install(QStringLiteral("sv"));
    Site stored = old;
    stored.county = QStringLiteral("Kanta-Hämeen hyvinvointialue");
    SiteDialog swedish(stored, known, nullptr);
    CountyFields sv = fieldsOf(swedish);
    CHECK(sv.combo->currentText() == QStringLiteral("Egentliga Tavastlands välfärdsområde"));
    CHECK(swedish.site() == stored);
    // A county the database knows only by its Finnish name keeps that name, so the comparison
    // still has one group for it.
    const QStringList finnishOnly = {QStringLiteral("Pohjanmaan hyvinvointialue")};
    SiteDialog added(Site {}, finnishOnly, nullptr);
    CountyFields fresh = fieldsOf(added);
    added.setValues(QStringLiteral("Ny plats"), QStringLiteral("Vasa"),
                    QStringLiteral("Österbottens välfärdsområde"));
    CHECK(fresh.combo->currentText() == QStringLiteral("Österbottens välfärdsområde"));
    CHECK(added.site().county == QStringLiteral("Pohjanmaan hyvinvointialue"));
    choose(fresh.combo, QStringLiteral("Åland"));
    CHECK(added.site().county == QStringLiteral("Åland"));
}

TEST_CASE("the county box is wide enough for the longest county at 1366x768",
          "[gui][sites][counties]")
{
    LanguageGuard guard;
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        Translator::install(language);
        SiteDialog dialog(Site {}, {QStringLiteral("Old county")}, nullptr);
        laatu::test::showActive(dialog);
        CountyFields fields = fieldsOf(dialog);
        choose(fields.combo, otherText()); // the tallest the dialog gets
        QCoreApplication::processEvents();
        const QSize natural = dialog.size();
        INFO("dialog " << natural.width() << "x" << natural.height());
        CHECK(natural.width() <= 1366);
        CHECK(natural.height() <= 768);
        // Even at the smallest size the user can make the dialog.
        dialog.resize(dialog.minimumSizeHint());
        QCoreApplication::processEvents();
        const QFontMetrics metrics = fields.combo->fontMetrics();
        QString longest;
        for (const QString &text : entries(fields.combo)) {
            if (metrics.horizontalAdvance(text) > metrics.horizontalAdvance(longest))
                longest = text;
        }
        QStyleOptionComboBox option;
        option.initFrom(fields.combo);
        option.rect = fields.combo->rect();
        const QRect field = fields.combo->style()->subControlRect(
            QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, fields.combo);
        INFO("longest " << longest.toStdString() << ", " << metrics.horizontalAdvance(longest)
                        << " px; combo " << fields.combo->width() << " px, text field "
                        << field.width() << " px");
        CHECK(fields.combo->width() >= metrics.horizontalAdvance(longest));
        CHECK(field.width() >= metrics.horizontalAdvance(longest));
        CHECK(fields.other->width() == fields.combo->width());
    }
}
