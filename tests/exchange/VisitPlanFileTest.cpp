// Review files carry the visit plan (issue 15): a review with a plan is written as format 2
// and round-trips byte for byte through the database; a review with neither plan nor workbook
// stays format 1, byte for byte as before; a file with a broken plan is refused with one clear
// message naming the item and leaves the database as it was.
#include "ExchangeFixture.h"

#include "exchange/VisitPlanTemplate.h"

using namespace laatu;
using laatu::test::edited;
using laatu::test::ExchangeFixture;
using laatu::test::valueAt;

namespace {
ReviewDocument withPlan(ReviewDocument document)
{
    document.visitPlan
        = VisitPlanTemplate::instantiate(VisitPlanTemplate::builtIn(QStringLiteral("sv")));
    document.visitPlan.items[1].end = QTime();
    document.visitPlan.items[2].participants = QStringLiteral("Chefen\noch arbetsspecialisterna");
    document.review.updatedAt = document.review.updatedAt.addDays(1);
    return document;
}
} // namespace

TEST_CASE("review files: the visit plan goes as format 2 and comes back byte for byte",
          "[exchange][visitplan]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const ReviewDocument draft = laatu::test::firstWithStatus(initial, ReviewStatus::Draft);
    // Without a plan (and without a workbook) the file is version 1, as before.
    const QByteArray before = ReviewFileFormat::toJson(fixture.load(draft.review.uuid));
    CHECK(valueAt(before, QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(valueAt(before, QStringLiteral("visitPlan")).isUndefined());

    const QByteArray file = ReviewFileFormat::toJson(withPlan(fixture.load(draft.review.uuid)));
    CHECK(valueAt(file, QStringLiteral("formatVersion")).toInt() == 2);
    CHECK(valueAt(file, QStringLiteral("visitPlan/items/0/start")).toString()
          == QStringLiteral("08:30"));
    CHECK(valueAt(file, QStringLiteral("visitPlan/items/1/end")).toString() == QString());
    const ReviewImporter::Result result
        = fixture.import({fixture.writeFile(QStringLiteral("plan.json"), file)});
    INFO(result.fileProblems.join(u'\n').toStdString());
    REQUIRE(result.fileProblems.isEmpty());
    REQUIRE(result.imported.size() == 1);
    const ReviewDocument stored = fixture.load(draft.review.uuid);
    CHECK(stored.visitPlan.items.size()
          == VisitPlanTemplate::builtIn(QStringLiteral("sv")).items.size());
    CHECK(ReviewFileFormat::toJson(stored) == file);

    // Importing it again changes nothing.
    const ExchangeFixture::Snapshot snapshot = fixture.snapshot();
    const ReviewImporter::Result again
        = fixture.import({fixture.writeFile(QStringLiteral("again.json"), file)});
    REQUIRE(again.imported.size() == 1);
    CHECK(again.imported.at(0).outcome == ReviewImporter::Outcome::Unchanged);
    fixture.requireUnchanged(snapshot);
}

TEST_CASE("review files: a broken visit plan is refused with what is wrong, nothing changes",
          "[exchange][visitplan]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const ReviewDocument draft = laatu::test::firstWithStatus(initial, ReviewStatus::Draft);
    const QByteArray valid = ReviewFileFormat::toJson(withPlan(draft));
    const ExchangeFixture::Snapshot before = fixture.snapshot();
    const struct
    {
        const char *name;
        QByteArray file;
        const char *expected;
    } cases[] = {
        {"end before start",
         edited(valid, QStringLiteral("visitPlan/items/0/end"), QStringLiteral("08:00")),
         "visit plan, item 1: the end time 08:00 is not after the start time 08:30"},
        {"not a time",
         edited(valid, QStringLiteral("visitPlan/items/2/start"), QStringLiteral("9")),
         "visit plan, item 3: \"start\" must be a time as HH:MM"},
        {"day 0", edited(valid, QStringLiteral("visitPlan/items/1/day"), 0),
         "visit plan, item 2: the day must be a day of the visit from 1 to 14, not 0"},
        {"no activity", edited(valid, QStringLiteral("visitPlan/items/1/activity"), QString()),
         "visit plan, item 2: \"what\" must say what happens"},
        {"two items, one UUID",
         edited(valid, QStringLiteral("visitPlan/items/1/uuid"),
                valueAt(valid, QStringLiteral("visitPlan/items/0/uuid"))),
         "is used by an earlier item"},
        {"an unknown member", edited(valid, QStringLiteral("visitPlan/items/0/room"), 5),
         "unknown member \"room\""},
        {"a place on two lines",
         edited(valid, QStringLiteral("visitPlan/items/0/place"), QStringLiteral("A\nB")),
         "visit plan, item 1: \"place\" holds a line break"},
        {"a plan in a version 1 file", edited(valid, QStringLiteral("formatVersion"), 1),
         "a visit plan needs \"formatVersion\" 2"},
        {"items not a list", edited(valid, QStringLiteral("visitPlan/items"), 3),
         "\"items\" must be a list"},
    };
    for (const auto &entry : cases) {
        INFO(entry.name);
        const ReviewImporter::Result result
            = fixture.import({fixture.writeFile(QStringLiteral("broken.json"), entry.file)});
        INFO("messages:\n" << result.fileProblems.join(u'\n').toStdString());
        CHECK(result.imported.isEmpty());
        REQUIRE(result.fileProblems.size() == 1);
        CHECK(result.fileProblems.constFirst().contains(QString::fromUtf8(entry.expected)));
        fixture.requireUnchanged(before);
    }
}
