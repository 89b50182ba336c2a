// Review files that JSON or a careless merge would accept silently (issue 12, items 10 and 7):
// duplicate keys, the nil UUID, two files carrying one review, a full file with no reviewers,
// and control, bidi-override and noncharacters in names and notes. Each class is generated
// over every place it can occur in a real file.
#include "ExchangeFixture.h"

#include "exchange/ReviewFileIo.h"
#include "text/TextRules.h"

#include <QRegularExpression>

using namespace laatu;
using laatu::test::ExchangeFixture;

namespace {

QByteArray validFile()
{
    return ReviewFileFormat::toJson(laatu::test::demoReviews(1, 1, true, 7u).constFirst());
}

QStringList readProblems(const QByteArray &json)
{
    QStringList errors;
    const auto document = ReviewFileFormat::fromJson(json, errors);
    if (document)
        return {};
    return errors.isEmpty() ? QStringList {QStringLiteral("refused without a message")} : errors;
}

// Every position of a member in the file's text: the offset just after the opening quote of
// its key, and the key itself.
QList<std::pair<qsizetype, QString>> memberPositions(const QByteArray &json)
{
    QList<std::pair<qsizetype, QString>> result;
    static const QRegularExpression member(QStringLiteral("\"([A-Za-z]+)\": "));
    const QString text = QString::fromUtf8(json);
    auto it = member.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.append({match.capturedStart(0), match.captured(1)});
    }
    return result;
}

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

// Characters no name may hold, one of each kind and the edges of each range.
QList<char32_t> forbiddenInNames()
{
    QList<char32_t> result;
    for (char32_t c = 0; c < 0x20; ++c)
        result << c;
    result << 0x7f << 0x80 << 0x85 << 0x9b << 0x9f;
    for (char32_t c = 0x202a; c <= 0x202e; ++c)
        result << c;
    for (char32_t c = 0x2066; c <= 0x2069; ++c)
        result << c;
    result << 0x2028 << 0x2029 << 0xfdd0 << 0xfdef << 0xfffe << 0xffff << 0x1fffe << 0x10ffff;
    return result;
}

QString withCharacter(char32_t c)
{
    return QStringLiteral("Polku") + QString::fromUcs4(&c, 1) + QStringLiteral("[2J");
}

} // namespace

TEST_CASE("review files: a key given twice anywhere is refused, however it is spelt",
          "[exchange][hostile]")
{
    const QByteArray valid = validFile();
    REQUIRE(readProblems(valid).isEmpty());
    const auto positions = memberPositions(valid);
    REQUIRE(positions.size() > 100);
    int cases = 0;
    for (const auto &[offset, key] : positions) {
        // The same key again in front of the member, with a value of another type, and once
        // with its first letter as a \u escape (which JSON reads as the same key).
        const QByteArray escapedKey = QStringLiteral("\\u%1%2")
                                          .arg(key.at(0).unicode(), 4, 16, QLatin1Char('0'))
                                          .arg(key.mid(1))
                                          .toUtf8();
        for (const QByteArray &spelling : {key.toUtf8(), escapedKey}) {
            // Offsets are in characters: the file holds non-ASCII text before some keys.
            QString text = QString::fromUtf8(valid);
            text.insert(offset, QStringLiteral("\"%1\": null, ").arg(QString::fromUtf8(spelling)));
            const QByteArray hostile = text.toUtf8();
            INFO("key " << key.toStdString() << " at " << offset << " spelt "
                        << spelling.toStdString());
            const QStringList problems = readProblems(hostile);
            INFO(joined(problems).toStdString());
            REQUIRE(problems.size() == 1);
            CHECK(problems.at(0).contains(QStringLiteral("\"%1\"").arg(key)));
            CHECK(problems.at(0).contains(QStringLiteral("more than once")));
            ++cases;
        }
    }
    CHECK(cases == 2 * positions.size());
}

TEST_CASE("review files: duplicate keys are refused by import with the database unchanged",
          "[exchange][hostile]")
{
    ExchangeFixture fixture;
    const ReviewDocument draft
        = laatu::test::firstWithStatus(laatu::test::demoReviews(), ReviewStatus::Draft);
    QByteArray json = ReviewFileFormat::toJson(draft);
    // The second "name" is the one QJsonDocument would keep: a rename nobody reading sees.
    json.replace("\"name\": \"" + draft.site.name.toUtf8() + "\"",
                 "\"name\": \"" + draft.site.name.toUtf8() + "\", \"name\": \"Kaapattu\"");
    const QString path = fixture.writeFile(QStringLiteral("twice.json"), json);
    const ExchangeFixture::Snapshot before = fixture.snapshot();
    const ReviewImporter::Result result = fixture.import({path});
    REQUIRE(result.fileProblems.size() == 1);
    CHECK(result.fileProblems.at(0).contains(QStringLiteral("\"name\" appears more than once in "
                                                            "site")));
    fixture.requireUnchanged(before);
}

TEST_CASE("review files: the nil UUID is refused wherever a UUID goes", "[exchange][hostile]")
{
    const QByteArray valid = validFile();
    const QString nil = QStringLiteral("00000000-0000-0000-0000-000000000000");
    static const QRegularExpression uuid(
        QStringLiteral("\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\""));
    const QString text = QString::fromUtf8(valid);
    auto it = uuid.globalMatch(text);
    int cases = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString hostile = text;
        hostile.replace(match.capturedStart(0), match.capturedLength(0),
                        QLatin1Char('"') + nil + QLatin1Char('"'));
        INFO("UUID at " << match.capturedStart(0));
        const QStringList problems = readProblems(hostile.toUtf8());
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(joined(problems).contains(QStringLiteral("nil UUID")));
        ++cases;
    }
    CHECK(cases >= 5); // site, review, reviewers, findings, actions
    CHECK_FALSE(ReviewFileFormat::isUuid(nil));
}

TEST_CASE("import: two files carrying the same review are refused, whichever comes first",
          "[exchange][hostile]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    for (const ReviewDocument &stored : initial) {
        ReviewDocument changed = stored;
        changed.notes.clear();
        const QString a
            = fixture.writeFile(QStringLiteral("a.json"), ReviewFileFormat::toJson(stored));
        const QString b
            = fixture.writeFile(QStringLiteral("b.json"), ReviewFileFormat::toJson(changed));
        // Also a new review given twice: which one would win depends on the argument order.
        ReviewDocument fresh = laatu::test::demoReviews(1, 1, true, 500u).constFirst();
        const QString c
            = fixture.writeFile(QStringLiteral("c.json"), ReviewFileFormat::toJson(fresh));
        fresh.actions.clear();
        const QString d
            = fixture.writeFile(QStringLiteral("d.json"), ReviewFileFormat::toJson(fresh));
        const ExchangeFixture::Snapshot before = fixture.snapshot();
        for (const QStringList &paths :
             {QStringList {a, b}, QStringList {b, a}, QStringList {c, d}, QStringList {a, a}}) {
            const ReviewImporter::Result result = fixture.import(paths);
            INFO(joined(result.fileProblems).toStdString());
            CHECK(result.imported.isEmpty());
            REQUIRE(result.fileProblems.size() == 1);
            CHECK(result.fileProblems.at(0).contains(
                QStringLiteral("as %1 does").arg(QDir::toNativeSeparators(paths.at(0)))));
            fixture.requireUnchanged(before);
        }
    }
}

TEST_CASE("import: a full file with no reviewers does not wipe a review's reviewers",
          "[exchange][hostile]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    int cases = 0;
    for (const ReviewDocument &stored : initial) {
        if (stored.review.status == ReviewStatus::Final || stored.raters.isEmpty())
            continue;
        ReviewDocument empty = stored;
        empty.raters.clear();
        empty.ratings.erase(
            std::remove_if(empty.ratings.begin(), empty.ratings.end(),
                           [](const RatingEntry &entry) { return !entry.raterUuid.isEmpty(); }),
            empty.ratings.end());
        const QString path
            = fixture.writeFile(QStringLiteral("empty.json"), ReviewFileFormat::toJson(empty));
        const ExchangeFixture::Snapshot before = fixture.snapshot();
        const ReviewImporter::Result result = fixture.import({path});
        REQUIRE(result.fileProblems.size() == 1);
        CHECK(result.fileProblems.at(0).contains(QStringLiteral("no reviewers")));
        fixture.requireUnchanged(before);
        ++cases;
    }
    CHECK(cases > 0);
}

TEST_CASE("review files: names refuse control, bidi and noncharacters, naming the field",
          "[exchange][hostile][text]")
{
    const QByteArray valid = validFile();
    const struct
    {
        const char *path;
        const char *field;
    } names[] = {{"site/name", "name"},     {"site/organisation", "organisation"},
                 {"site/unit", "unit"},     {"site/municipality", "municipality"},
                 {"site/county", "county"}, {"raters/0/name", "name"},
                 {"actions/0/who", "who"}};
    int cases = 0;
    for (const auto &name : names) {
        for (const char32_t c : forbiddenInNames()) {
            const QByteArray hostile = laatu::test::edited(valid, QLatin1String(name.path),
                                                           QJsonValue(withCharacter(c)));
            INFO(name.path << " with U+" << std::hex << static_cast<uint>(c));
            const QStringList problems = readProblems(hostile);
            REQUIRE(problems.size() == 1);
            CHECK(problems.at(0).contains(QStringLiteral("\"%1\"").arg(QLatin1String(name.field))));
            ++cases;
        }
    }
    CHECK(cases == 7 * forbiddenInNames().size());
}

TEST_CASE("review files: notes keep line feeds and tabs, and refuse the rest",
          "[exchange][hostile][text]")
{
    const QByteArray valid = validFile();
    const char *notes[] = {"evidence/notes/0/text", "findings/0/text", "actions/0/what"};
    for (const char *path : notes) {
        INFO(path);
        for (const QString &allowed :
             {QStringLiteral("rivi 1\nrivi 2"), QStringLiteral("a\tb"), QStringLiteral("a\r\nb")})
            CHECK(readProblems(laatu::test::edited(valid, QLatin1String(path), allowed)).isEmpty());
        for (const char32_t c : forbiddenInNames()) {
            if (c == '\n' || c == '\t')
                continue;
            INFO("U+" << std::hex << static_cast<uint>(c));
            CHECK(readProblems(
                      laatu::test::edited(valid, QLatin1String(path), QJsonValue(withCharacter(c))))
                      .size()
                  == 1);
        }
    }
}

TEST_CASE("text rules: outputs escape what a field may not hold", "[exchange][text]")
{
    for (const char32_t c : forbiddenInNames()) {
        const QString text = withCharacter(c);
        INFO("U+" << std::hex << static_cast<uint>(c));
        for (const QString &shown :
             {TextRules::oneLine(text), TextRules::block(text, {}), TextRules::message(text),
              TextRules::printable(text, TextRules::Kind::Note)}) {
            for (const QChar unit : shown) {
                const char32_t code = unit.unicode();
                const bool keptInNotes = code == '\n' || code == '\t';
                CHECK((!TextRules::isForbidden(code) || keptInNotes || unit.isSurrogate()));
            }
        }
        CHECK_FALSE(TextRules::oneLine(text).contains(QLatin1Char('\t')));
        CHECK_FALSE(TextRules::oneLine(text).contains(QLatin1Char('\n')));
        CHECK_FALSE(TextRules::printable(text, TextRules::Kind::Name).contains(QChar(c)));
    }
    CHECK(TextRules::oneLine(QStringLiteral("a\\b")) == QStringLiteral("a\\\\b"));
    CHECK(TextRules::block(QStringLiteral("a\nb"), QStringLiteral("  "))
          == QStringLiteral("a\n  b"));
    const QString lone = QString(QChar(0xd800));
    CHECK_FALSE(TextRules::problem(lone, TextRules::Kind::Note).isEmpty());
    CHECK(TextRules::oneLine(lone) == QStringLiteral("\\u{d800}"));
}
