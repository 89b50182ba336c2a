// The text rules (TextRules, issue 12) over every text of the shipped catalog: a name, a title,
// a label, an id, a key or a version is one line of printable text (no C0/C1 control
// characters, bidi embeddings, overrides or isolates, line or paragraph separators,
// noncharacters); a description, definition, guidance or anchor may also hold line feeds and
// tabs. Each refusal names the field, the character and its position, and no message quotes
// what the file holds unescaped.
#include "instrument/CatalogReader.h"
#include "text/TextRules.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <vector>

using laatu::CatalogReader;

namespace {
QByteArray builtInBytes()
{
    QFile file(CatalogReader::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject builtInJson()
{
    return QJsonDocument::fromJson(builtInBytes()).object();
}

QStringList errorsOf(const QByteArray &json)
{
    const CatalogReader::Result result = CatalogReader::read(json);
    CHECK_FALSE(result.ok());
    return result.errors;
}

QStringList errorsOf(const QJsonObject &root)
{
    return errorsOf(QJsonDocument(root).toJson());
}

bool anyContains(const QStringList &errors, const QString &needle)
{
    for (const QString &error : errors)
        if (error.contains(needle))
            return true;
    UNSCOPED_INFO("errors: " << errors.join(QStringLiteral(" | ")).toStdString());
    return false;
}

// One of `errors` names `c` (as U+XXXX) at `position` ("... U+001B at character 4", "a line
// break (U+000A) at character 4").
bool namesCharacter(const QStringList &errors, char32_t c, int position)
{
    const QString code
        = QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
    for (const QString &error : errors)
        if (error.contains(code) && error.contains(QStringLiteral("at character %1").arg(position)))
            return true;
    UNSCOPED_INFO("errors: " << errors.join(QStringLiteral(" | ")).toStdString());
    return false;
}

// Sets "key" of the first entry of every list named `list` to `key`; returns how many.
int changeFirstKeys(QJsonValue &value, const QString &list, const QString &key)
{
    int changed = 0;
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            changed += changeFirstKeys(item, list, key);
            array[i] = item;
        }
        value = array;
        return changed;
    }
    if (!value.isObject())
        return 0;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue member = it.value();
        if (it.key() == list && member.isArray() && !member.toArray().isEmpty()) {
            QJsonArray entries = member.toArray();
            QJsonObject entry = entries.at(0).toObject();
            entry[QStringLiteral("key")] = key;
            entries[0] = entry;
            it.value() = entries;
            ++changed;
        } else {
            changed += changeFirstKeys(member, list, key);
            it.value() = member;
        }
    }
    value = object;
    return changed;
}

// Changes the `language` entry of the `occurrence`-th text named `field` (depth first, keys in
// QJsonObject order); false when there are fewer such texts.
bool changeText(QJsonValue &value, const QString &field, const QString &language, int &occurrence,
                const std::function<QString(const QString &)> &change)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (changeText(item, field, language, occurrence, change)) {
                array[i] = item;
                value = array;
                return true;
            }
        }
        return false;
    }
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue member = it.value();
        const bool isText = it.key() == field && member.toObject().contains(language);
        if (isText && occurrence-- == 0) {
            QJsonObject texts = member.toObject();
            texts[language] = change(texts.value(language).toString());
            it.value() = texts;
            value = object;
            return true;
        }
        if (!isText && changeText(member, field, language, occurrence, change)) {
            it.value() = member;
            value = object;
            return true;
        }
    }
    return false;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

// Every text named `field`, in turn in fi, sv and en, with `inserted(i)` after its third
// character; `check` gets the errors. Returns how many texts were changed.
int forEachText(const QString &field, const std::function<QString(int)> &inserted,
                const std::function<void(const QString &language, const QStringList &)> &check)
{
    static const QStringList languages {QStringLiteral("fi"), QStringLiteral("sv"),
                                        QStringLiteral("en")};
    int changed = 0;
    for (;; ++changed) {
        const QString &language = languages.at(changed % languages.size());
        QJsonValue root = builtInJson();
        int occurrence = changed;
        if (!changeText(root, field, language, occurrence,
                        [&](QString text) { return text.insert(3, inserted(changed)); }))
            return changed;
        INFO(field.toStdString() << " #" << changed << " in " << language.toStdString());
        check(language, CatalogReader::read(QJsonDocument(root.toObject()).toJson()).errors);
    }
}

bool hasForbidden(const QStringList &errors)
{
    for (const QString &error : errors)
        for (const QChar c : error)
            if (laatu::TextRules::isForbidden(c.unicode()))
                return true;
    return false;
}

} // namespace

TEST_CASE("catalog: a name holding a control character, bidi control, line break or "
          "noncharacter is refused, naming the field, the character and its position",
          "[catalog][hostile][text]")
{
    // ESC, BEL, NUL, CR, LF, tab, DEL, NEL (C1), RLO, LRI, PDI, U+2028, U+2029, noncharacters.
    static const std::vector<char32_t> hostile {0x1b,   0x07,   0x00,   0x0d,   0x0a,
                                                0x09,   0x7f,   0x85,   0x202e, 0x2066,
                                                0x2069, 0x2028, 0x2029, 0xfffe, 0xfdd0};
    int texts = 0;
    for (const char *field : {"name", "title", "quantity", "label"}) {
        texts += forEachText(
            QLatin1String(field),
            [](int i) { return QString(QChar(hostile.at(i % hostile.size()))); },
            [&, i = 0](const QString &language, const QStringList &errors) mutable {
                const char32_t c = hostile.at(i++ % hostile.size());
                INFO(codePoint(c).toStdString());
                CHECK(anyContains(
                    errors,
                    QStringLiteral("%1: the %2 text holds").arg(QLatin1String(field), language)));
                CHECK(namesCharacter(errors, c, 4));
                CHECK_FALSE(hasForbidden(errors));
            });
    }
    // 17 names (with the 4 providers), 25 titles, 10 quantities, 67 labels (with the 17
    // workbook fields)
    CHECK(texts == 119);
}

TEST_CASE("catalog: descriptions, definitions, guidance and anchors may hold line feeds and "
          "tabs, nothing else of the kind",
          "[catalog][hostile][text]")
{
    static const QStringList allowed {QStringLiteral("\n"), QStringLiteral("\t"),
                                      QStringLiteral("\r\n"), QStringLiteral("\n\n\t- ")};
    static const std::vector<char32_t> hostile {0x1b,   0x07,   0x00,   0x0d,   0x7f,  0x9b,
                                                0x202d, 0x2067, 0x2028, 0x2029, 0xffff};
    int texts = 0;
    for (const char *field : {"description", "definition", "guidance", "text"}) {
        const QString name = QLatin1String(field);
        texts += forEachText(
            name, [](int i) { return allowed.at(i % allowed.size()); },
            [](const QString &, const QStringList &errors) { CHECK(errors.isEmpty()); });
        forEachText(
            name, [](int i) { return QString(QChar(hostile.at(i % hostile.size()))); },
            [&, i = 0](const QString &language, const QStringList &errors) mutable {
                const char32_t c = hostile.at(i++ % hostile.size());
                INFO(codePoint(c).toStdString());
                CHECK(anyContains(errors,
                                  QStringLiteral("%1: the %2 text holds").arg(name, language)));
                CHECK(namesCharacter(errors, c, 4));
                CHECK_FALSE(hasForbidden(errors));
            });
    }
    // 1 + 4 descriptions, 25 definitions, 25 guidances, 125 anchors, 44 data request items
    CHECK(texts == 224);
}

TEST_CASE("catalog: ids, keys, versions and language keys hold one line of printable text",
          "[catalog][hostile][text]")
{
    const auto first
        = [](QJsonObject &root, const char *list, const char *key, const QString &value) {
              QJsonArray array = root.value(QLatin1String(list)).toArray();
              QJsonObject entry = array.at(0).toObject();
              entry[QLatin1String(key)] = value;
              array[0] = entry;
              root[QLatin1String(list)] = array;
          };
    QJsonObject root = builtInJson();
    root[QStringLiteral("version")] = QStringLiteral("2026\u001b[2J.1");
    CHECK(anyContains(
        errorsOf(root),
        QStringLiteral("\"version\" holds the control character U+001B at character 5")));
    root = builtInJson();
    root[QStringLiteral("id")] = QStringLiteral("fi-thl\u202eips25");
    CHECK(anyContains(errorsOf(root),
                      QStringLiteral("\"id\" holds the bidirectional control "
                                     "U+202E at character 7")));
    root = builtInJson();
    first(root, "sections", "id", QStringLiteral("staff\ting"));
    CHECK(anyContains(errorsOf(root),
                      QStringLiteral("section 1: \"id\" holds the control character U+0009")));
    root = builtInJson();
    first(root, "levels", "key", QStringLiteral("exemplary\u0007"));
    CHECK(anyContains(errorsOf(root),
                      QStringLiteral("level 1: \"key\" holds the control "
                                     "character U+0007 at character 10")));
    root = builtInJson();
    first(root, "sources", "key", QStringLiteral("inter\u2028view"));
    CHECK(anyContains(errorsOf(root),
                      QStringLiteral("evidence source 1: \"key\" holds a line "
                                     "break (U+2028) at character 6")));
    for (const char *list : {"inputs", "elements"}) {
        QJsonValue changed = builtInJson();
        const int rules = changeFirstKeys(changed, QLatin1String(list), QStringLiteral("a\u009bb"));
        CHECK(rules == (QLatin1String(list) == QLatin1String("inputs") ? 10 : 6));
        const QStringList errors = errorsOf(changed.toObject());
        CHECK(errors
                  .filter(QStringLiteral("1: \"key\" holds the control character U+009B at "
                                         "character 2"))
                  .size()
              == rules);
    }
    // A text's language keys are kept too (LocalizedText falls back to any language).
    root = builtInJson();
    QJsonObject name = root.value(QStringLiteral("name")).toObject();
    name[QStringLiteral("e\u001bn")] = QStringLiteral("IPS");
    root[QStringLiteral("name")] = name;
    CHECK(anyContains(errorsOf(root),
                      QStringLiteral("name: a language key holds the control "
                                     "character U+001B at character 2")));
}

TEST_CASE("catalog: messages quote what a file holds only as escapes", "[catalog][hostile][text]")
{
    QJsonObject root = builtInJson();
    QJsonArray languages = root.value(QStringLiteral("languages")).toArray();
    languages.append(QStringLiteral("\u001b]0;x\u0007"));
    root[QStringLiteral("languages")] = languages;
    QStringList errors = errorsOf(root);
    CHECK(anyContains(errors, QStringLiteral("\"\\u{1b}]0;x\\u{7}\" is not a two-letter")));
    CHECK_FALSE(hasForbidden(errors));

    const QString text = QString::fromUtf8(builtInBytes());
    QString hostile = text;
    hostile.replace(QStringLiteral("\"interview\""), QStringLiteral("\"inter\\u001bview\""));
    hostile.insert(text.indexOf(QLatin1Char('{')) + 1,
                   QStringLiteral("\"\\u001b[2J\": 1, \"\\u001b[2J\": 2,"));
    errors = errorsOf(hostile.toUtf8());
    CHECK(anyContains(errors, QStringLiteral("unknown evidence source \"inter\\u{1b}view\"")));
    CHECK(anyContains(errors, QStringLiteral("the key \"\\u{1b}[2J\" appears more than once")));
    CHECK_FALSE(hasForbidden(errors));
}

TEST_CASE("catalog: one stored with reviews before the text rules still reads",
          "[catalog][hostile][text]")
{
    // A tab in a title and ESC in a version passed the Laatu that stored them.
    QJsonValue root = builtInJson();
    int occurrence = 0;
    REQUIRE(changeText(root, QStringLiteral("title"), QStringLiteral("fi"), occurrence,
                       [](const QString &title) { return title + QStringLiteral("\t(1)"); }));
    QJsonObject stored = root.toObject();
    stored[QStringLiteral("version")] = QStringLiteral("2026.1\u001b");
    const QByteArray json = QJsonDocument(stored).toJson();
    CHECK_FALSE(CatalogReader::read(json).ok());
    const CatalogReader::Result result = CatalogReader::readStored(json);
    CHECK(result.errors == QStringList());
    CHECK(result.ok());
    // What no text can hold is refused there too.
    stored[QStringLiteral("version")] = QString(QChar(0xd800));
    CHECK(anyContains(errorsOf(QJsonDocument(stored).toJson()), QStringLiteral("lone surrogate")));
    CHECK(
        anyContains(CatalogReader::readStored(QJsonDocument(stored).toJson()).errors,
                    QStringLiteral("\"version\" holds a lone surrogate (U+D800) at character 1")));
}
