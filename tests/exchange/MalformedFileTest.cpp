// Broken review files: each is refused with a message naming its problem, and the database
// stays exactly as it was (every row, every loaded review, the bytes of the file and its log).
#include "ExchangeFixture.h"

#include <functional>

using namespace laatu;
using laatu::test::edited;
using laatu::test::ExchangeFixture;
using laatu::test::valueAt;

namespace {

using Make = std::function<QByteArray(const QByteArray &valid)>;

struct MalformedCase
{
    const char *name;
    Make make;
    QString expected; // a piece of the one message that names the problem
};

Make set(const char *path, const QJsonValue &value)
{
    return [path, value](const QByteArray &valid) {
        return edited(valid, QLatin1String(path), value);
    };
}

Make remove(const char *path)
{
    return [path](const QByteArray &valid) {
        return edited(valid, QLatin1String(path), std::nullopt);
    };
}

Make copy(const char *from, const char *to)
{
    return [from, to](const QByteArray &valid) {
        return edited(valid, QLatin1String(to), valueAt(valid, QLatin1String(from)));
    };
}

Make bytes(const QByteArray &content)
{
    return [content](const QByteArray &) { return content; };
}

QString text(const char *latin1)
{
    return QLatin1String(latin1);
}

QList<MalformedCase> malformedCases()
{
    const QString tooLong(ReviewFileFormat::kMaxTextLength + 1, QLatin1Char('x'));
    return {
        {"invalid JSON: cut in half", [](const QByteArray &v) { return v.left(v.size() / 2); },
         text("not valid JSON at byte")},
        {"invalid JSON: trailing garbage", [](const QByteArray &v) { return v + "}}"; },
         text("not valid JSON at byte")},
        {"empty file", bytes(QByteArray()), text("not valid JSON")},
        {"not an object: a list", bytes("[1, 2, 3]"), text("the top level must be an object")},
        // Qt's parser takes only an object or a list at the top.
        {"not an object: a string", bytes("\"laatu-review\""), text("not valid JSON at byte")},
        {"wrong format name", set("format", text("laatu-catalog")),
         text("\"format\" must be \"laatu-review\"")},
        {"format missing", remove("format"), text("\"format\" must be \"laatu-review\"")},
        {"newer formatVersion", set("formatVersion", 3),
         text("format 3 is newer than this Laatu reads (2)")},
        {"formatVersion as text", set("formatVersion", text("1")),
         text("\"formatVersion\" must be 1 or 2")},
        {"a workbook in a version 1 file", set("workbook", QJsonObject {}),
         text("a workbook needs \"formatVersion\" 2")},
        {"site missing", remove("site"), text("site: must be an object")},
        {"review missing", remove("review"), text("review: must be an object")},
        {"review uuid not a UUID", set("review/uuid", text("not-a-uuid")),
         text("review: \"uuid\" must be a lower-case UUID")},
        {"review uuid upper case", set("review/uuid", text("6F0B7C2E-3D1A-4C55-9E7B-2A8D4F1C9B10")),
         text("review: \"uuid\" must be a lower-case UUID")},
        {"site uuid not a UUID", set("site/uuid", text("{site}")),
         text("site: \"uuid\" must be a lower-case UUID")},
        {"finding uuid not a UUID", set("findings/0/uuid", 42),
         text("finding: \"uuid\" must be a text")},
        {"unknown review kind", set("review/kind", text("peer")), text("unknown kind \"peer\"")},
        {"unknown review status", set("review/status", text("archived")),
         text("unknown status \"archived\"")},
        {"unknown finding kind", set("findings/0/kind", text("weakness")),
         text("unknown kind \"weakness\"")},
        {"unknown action status", set("actions/0/status", text("later")),
         text("unknown status \"later\"")},
        {"visit ends before it starts", set("review/visitEnd", text("2020-01-01")),
         text("the visit ends before it starts")},
        {"date that does not exist", set("review/visitStart", text("2026-02-30")),
         text("\"visitStart\" must be a date YYYY-MM-DD")},
        {"date before 2000", set("review/visitStart", text("1999-12-31")),
         text("\"visitStart\" must be a date YYYY-MM-DD")},
        {"date in Finnish notation", set("review/visitEnd", text("4.9.2025")),
         text("\"visitEnd\" must be a date YYYY-MM-DD")},
        {"action due date bad", set("actions/0/due", text("2026-13-01")),
         text("\"due\" must be a date YYYY-MM-DD")},
        {"time without a zone", set("review/createdAt", text("2026-05-04T09:30:00")),
         text("\"createdAt\" must be a UTC time")},
        {"time not a time", set("review/updatedAt", text("yesterday")),
         text("\"updatedAt\" must be a UTC time")},
        {"consensus rating 0", set("consensus/0/value", 0),
         text("as 0; ratings are whole numbers 1-5")},
        {"consensus rating 6", set("consensus/0/value", 6),
         text("as 6; ratings are whole numbers 1-5")},
        {"reviewer rating 4.5", set("raters/0/ratings/0/value", 4.5),
         text("\"value\" must be a whole number")},
        {"reviewer rating \"4\"", set("raters/1/ratings/2/value", text("4")),
         text("\"value\" must be a whole number")},
        {"reviewer rating -1", set("raters/0/ratings/3/value", -1),
         text("as -1; ratings are whole numbers 1-5")},
        {"unknown criterion", set("consensus/0/criterion", text("no-such-criterion")),
         text("rates unknown criterion \"no-such-criterion\"")},
        {"finding about an unknown criterion", set("findings/0/criterion", text("nope")),
         text("a finding is about unknown criterion \"nope\"")},
        {"unknown catalog id", set("catalog/id", text("someone-elses")),
         text("Catalog someone-elses version 2026.2 is not known")},
        {"unknown catalog version", set("catalog/version", text("1999.1")),
         text("Catalog fi-thl-ips25 version 1999.1 is not known")},
        {"unknown evidence source", set("evidence/notes/0/source", text("gossip")),
         text("names unknown source \"gossip\"")},
        {"unknown evidence input", set("evidence/numbers/0/input", text("nope")),
         text("has no number \"nope\"")},
        {"negative evidence number", set("evidence/numbers/0/value", text("-3")),
         text("not a number of 0 or more")},
        {"unknown evidence element", set("evidence/elements/0/element", text("nope")),
         text("has no element \"nope\"")},
        {"one reviewer rates a criterion twice",
         [](const QByteArray &v) {
             QJsonObject twice = valueAt(v, QStringLiteral("raters/0/ratings/0")).toObject();
             twice[QStringLiteral("value")] = twice.value(QStringLiteral("value")).toInt() % 5 + 1;
             return edited(v, QStringLiteral("raters/0/ratings/+"), twice);
         },
         text("twice")},
        {"the consensus rates a criterion twice", copy("consensus/0", "consensus/+"),
         text("consensus rates agency-focus twice")},
        {"two reviewers with one uuid", copy("raters/0/uuid", "raters/1/uuid"),
         text("appears twice")},
        {"duplicate finding uuid", copy("findings/0/uuid", "findings/1/uuid"),
         text("appears twice")},
        {"duplicate action uuid", copy("actions/0/uuid", "actions/1/uuid"), text("appears twice")},
        {"note text too long", set("evidence/notes/0/text", tooLong),
         text("\"text\" is longer than 20000 characters")},
        {"site name too long", set("site/name", tooLong),
         text("site: \"name\" is longer than 20000 characters")},
        {"consensus reason too long", set("consensus/0/reason", tooLong),
         text("\"reason\" is longer than 20000 characters")},
        {"file over the size limit",
         [](const QByteArray &v) {
             return v + QByteArray(ReviewFileFormat::kMaxFileBytes + 1 - v.size(), ' ');
         },
         text("is too large for a review file")},
    };
}

void requireRefused(ExchangeFixture &fixture, const ExchangeFixture::Snapshot &before,
                    const QString &path, const QString &expected)
{
    const ReviewImporter::Result result = fixture.import({path});
    INFO("messages:\n" << result.fileProblems.join(QLatin1Char('\n')).toStdString());
    CHECK(result.imported.isEmpty());
    CHECK_FALSE(result.databaseError);
    REQUIRE_FALSE(result.fileProblems.isEmpty());
    int naming = 0;
    for (const QString &problem : result.fileProblems) {
        CHECK(problem.startsWith(path + QStringLiteral(": ")));
        naming += problem.contains(expected) ? 1 : 0;
    }
    CHECK(naming == 1);
    fixture.requireUnchanged(before);
}

} // namespace

TEST_CASE("import: every kind of broken file is refused and changes nothing", "[exchange]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    // The file is a changed copy of a draft already stored, so a wrongly accepted file would
    // show as a replaced review, not only as a new one.
    ReviewDocument target = laatu::test::firstWithStatus(initial, ReviewStatus::Draft);
    target.review.updatedAt = target.review.updatedAt.addDays(1);
    const QByteArray valid = ReviewFileFormat::toJson(target);
    REQUIRE(valueAt(valid, QStringLiteral("evidence/numbers/0/input")).isString());
    REQUIRE(valueAt(valid, QStringLiteral("evidence/elements/0/element")).isString());
    REQUIRE(valueAt(valid, QStringLiteral("actions/1/uuid")).isString());
    const ExchangeFixture::Snapshot before = fixture.snapshot();

    const QList<MalformedCase> cases = malformedCases();
    for (int i = 0; i < cases.size(); ++i) {
        const MalformedCase &row = cases.at(i);
        INFO("case: " << row.name);
        const QByteArray broken = row.make(valid);
        REQUIRE(broken != valid);
        requireRefused(fixture, before,
                       fixture.writeFile(QStringLiteral("case-%1.json").arg(i), broken),
                       row.expected);
    }

    // The untouched file does import: the refusals above were about the breakage alone.
    const ReviewImporter::Result ok
        = fixture.import({fixture.writeFile(QStringLiteral("valid.json"), valid)});
    REQUIRE(ok.fileProblems.isEmpty());
    REQUIRE(ok.imported.size() == 1);
    CHECK(ok.imported.at(0).outcome == ReviewImporter::Outcome::Replaced);
}

TEST_CASE("import: a missing file or a directory is named and changes nothing", "[exchange]")
{
    ExchangeFixture fixture;
    const ExchangeFixture::Snapshot before = fixture.snapshot();
    requireRefused(fixture, before, fixture.dir.filePath(QStringLiteral("not-there.json")),
                   QStringLiteral("there is no such file"));
    requireRefused(fixture, before, fixture.dir.path(), QStringLiteral("is a directory"));
}

TEST_CASE("review files: the size limit holds for bytes in memory too", "[exchange]")
{
    const QByteArray valid = ReviewFileFormat::toJson(laatu::test::demoReviews(1, 1).constFirst());
    QStringList errors;
    const QByteArray tooBig
        = valid + QByteArray(ReviewFileFormat::kMaxFileBytes + 1 - valid.size(), ' ');
    CHECK_FALSE(ReviewFileFormat::fromJson(tooBig, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).contains(QStringLiteral("larger than 16 MiB")));
}

TEST_CASE("import: values right at the limits are accepted", "[exchange]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const QByteArray valid
        = ReviewFileFormat::toJson(laatu::test::firstWithStatus(initial, ReviewStatus::Draft));
    const QString longest(ReviewFileFormat::kMaxTextLength, QLatin1Char('y'));
    const struct
    {
        const char *name;
        QByteArray bytes;
    } rows[] = {
        {"rating 1", edited(valid, QStringLiteral("consensus/0/value"), 1)},
        {"rating 5", edited(valid, QStringLiteral("consensus/0/value"), 5)},
        {"rating 5.0 written as a double", edited(valid, QStringLiteral("consensus/0/value"), 5.0)},
        {"longest text", edited(valid, QStringLiteral("evidence/notes/0/text"), longest)},
        {"one-day visit",
         edited(valid, QStringLiteral("review/visitEnd"),
                valueAt(valid, QStringLiteral("review/visitStart")))},
        {"file of exactly the size limit",
         valid + QByteArray(ReviewFileFormat::kMaxFileBytes - valid.size(), ' ')},
    };
    for (const auto &row : rows) {
        INFO("case: " << row.name);
        const ReviewImporter::Result result
            = fixture.import({fixture.writeFile(QStringLiteral("edge.json"), row.bytes)});
        INFO(result.fileProblems.join(QLatin1Char('\n')).toStdString());
        CHECK(result.fileProblems.isEmpty());
        CHECK_FALSE(result.databaseError);
        CHECK(result.imported.size() == 1);
    }
}

TEST_CASE("import: a file with one fault gets one message, not a cascade", "[exchange][messages]")
{
    // reliability.md: "a bad file gets one clear message naming the problem". Every case in
    // the table breaks exactly one thing.
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const QByteArray valid
        = ReviewFileFormat::toJson(laatu::test::firstWithStatus(initial, ReviewStatus::Draft));
    const QList<MalformedCase> cases = malformedCases();
    for (int i = 0; i < cases.size(); ++i) {
        INFO("case: " << cases.at(i).name);
        const ReviewImporter::Result result = fixture.import(
            {fixture.writeFile(QStringLiteral("case-%1.json").arg(i), cases.at(i).make(valid))});
        INFO("messages:\n" << result.fileProblems.join(QLatin1Char('\n')).toStdString());
        CHECK(result.fileProblems.size() == 1);
    }
}
