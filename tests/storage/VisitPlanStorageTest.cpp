// The visit plan is kept with its review (issue 15): one item at a time in the order the
// reviewers arrange it, a whole plan started from a template, each edit refused for a final or
// pulled review and logged after a reopen; the table's checks hold what the rules say.
#include "StorageFixture.h"

#include "../support/QtStringMaker.h"

#include "exchange/VisitPlanTemplate.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace laatu;

namespace {
VisitPlanItem item(const char *uuidTail, int day, const char *start, const char *end,
                   const char *activity)
{
    return {QStringLiteral("5e0c1d2a-0000-4000-8000-%1").arg(QLatin1String(uuidTail)),
            day,
            VisitPlanTimes::fromText(QLatin1String(start)),
            VisitPlanTimes::fromText(QLatin1String(end)),
            QString::fromUtf8(activity),
            QStringLiteral("Esihenkilö\nja työhönvalmentajat"),
            QStringLiteral("Neuvotteluhuone")};
}

QStringList activities(const ReviewDocument &document)
{
    QStringList texts;
    for (const VisitPlanItem &entry : document.visitPlan.items)
        texts << entry.activity;
    return texts;
}

qint64 draftId(test::StorageFixture &fixture)
{
    for (const ReviewSummary &summary : fixture.list())
        if (summary.status == ReviewStatus::Draft)
            return summary.id;
    FAIL("the demo has no draft");
    return 0;
}
} // namespace

TEST_CASE("visit plan: items saved, changed, moved and removed one at a time",
          "[storage][visitplan]")
{
    test::StorageFixture fixture(1, 2);
    const qint64 id = draftId(fixture);
    const VisitPlanItem a = item("000000000001", 1, "08:30", "09:00", "Aloituspalaveri");
    const VisitPlanItem b = item("000000000002", 1, "09:00", "", "Johdon haastattelu");
    const VisitPlanItem c = item("000000000003", 2, "10:00", "12:00", "Kenttäpäivä");
    for (const VisitPlanItem &entry : {a, b, c})
        REQUIRE_FALSE(fixture.repository->saveVisitPlanItem(id, entry));
    ReviewDocument loaded = fixture.load(id);
    CHECK(loaded.visitPlan.items == QList<VisitPlanItem> {a, b, c});
    CHECK_FALSE(loaded.visitPlan.items.at(1).end.isValid());

    // A change keeps the item's place; a position puts it there.
    VisitPlanItem changed = b;
    changed.place = QStringLiteral("Kahvio");
    REQUIRE_FALSE(fixture.repository->saveVisitPlanItem(id, changed));
    CHECK(fixture.load(id).visitPlan.items.at(1) == changed);
    REQUIRE_FALSE(fixture.repository->saveVisitPlanItem(id, c, 0));
    CHECK(activities(fixture.load(id))
          == QStringList {QStringLiteral("Kenttäpäivä"), QStringLiteral("Aloituspalaveri"),
                          QStringLiteral("Johdon haastattelu")});

    REQUIRE_FALSE(fixture.repository->moveVisitPlanItem(id, c.uuid, +1));
    CHECK(activities(fixture.load(id)).at(1) == QStringLiteral("Kenttäpäivä"));
    const StorageError first = fixture.repository->moveVisitPlanItem(id, a.uuid, -1);
    REQUIRE(first);
    CHECK(first.message() == QStringLiteral("The item is already the first."));
    CHECK(fixture.repository->moveVisitPlanItem(id, b.uuid, +1));

    REQUIRE_FALSE(fixture.repository->removeVisitPlanItem(id, c.uuid));
    CHECK(activities(fixture.load(id))
          == QStringList {QStringLiteral("Aloituspalaveri"), QStringLiteral("Johdon haastattelu")});
    CHECK(fixture.repository->removeVisitPlanItem(id, c.uuid).code() == StorageError::NotFound);

    // Positions stay 0..n-1 after the removal.
    QSqlQuery positions(fixture.database->sql());
    REQUIRE(positions.exec(QStringLiteral("SELECT group_concat(position) FROM (SELECT position "
                                          "FROM visit_plan_item WHERE review_id = %1 ORDER BY "
                                          "position)")
                               .arg(id)));
    REQUIRE(positions.next());
    CHECK(positions.value(0).toString() == QStringLiteral("0,1"));
}

TEST_CASE("visit plan: an item that breaks a rule is refused with its reason, nothing changes",
          "[storage][visitplan]")
{
    test::StorageFixture fixture(1, 2);
    const qint64 id = draftId(fixture);
    const VisitPlanItem good = item("000000000001", 1, "08:30", "09:00", "Aloitus");
    REQUIRE_FALSE(fixture.repository->saveVisitPlanItem(id, good));
    const ReviewDocument before = fixture.load(id);
    struct Case
    {
        const char *name;
        VisitPlanItem item;
        const char *expected;
    };
    VisitPlanItem endBefore = good;
    endBefore.end = VisitPlanTimes::fromText(QStringLiteral("08:00"));
    VisitPlanItem dayZero = good;
    dayZero.day = 0;
    VisitPlanItem dayPast = good;
    dayPast.day = VisitPlan::kMaxDays + 1;
    VisitPlanItem noStart = good;
    noStart.start = QTime();
    VisitPlanItem noWhat = good;
    noWhat.activity = QStringLiteral("  ");
    VisitPlanItem placeTwoLines = good;
    placeTwoLines.place = QStringLiteral("Talo A\nhuone 2");
    VisitPlanItem bidi = good;
    bidi.participants = QStringLiteral("Anna \u202Eevil");
    VisitPlanItem badUuid = good;
    badUuid.uuid = QStringLiteral("not-a-uuid");
    const QList<Case> cases {
        {"end before start", endBefore, "is not after the start time"},
        {"day 0", dayZero, "from 1 to 14, not 0"},
        {"day 15", dayPast, "from 1 to 14, not 15"},
        {"no start", noStart, "the start time must be a time of day"},
        {"no activity", noWhat, "must say what happens"},
        {"place on two lines", placeTwoLines, "place"},
        {"bidi override", bidi, "participants"},
        {"bad uuid", badUuid, "lower-case UUID"},
    };
    for (const Case &entry : cases) {
        INFO(entry.name);
        const StorageError error = fixture.repository->saveVisitPlanItem(id, entry.item);
        REQUIRE(error);
        CHECK(error.code() == StorageError::InvalidInput);
        CHECK(error.message().contains(QLatin1String(entry.expected)));
        CHECK(fixture.load(id).sameContent(before));
    }
}

TEST_CASE("visit plan: the table's checks refuse what the rules refuse, written by hand",
          "[storage][visitplan][schema]")
{
    test::StorageFixture fixture(1, 1);
    const qint64 id = fixture.list().constFirst().id;
    const QString insert = QStringLiteral(
        "INSERT INTO visit_plan_item (review_id, uuid, position, day, start_time, end_time,"
        " activity) VALUES (%1, '5e0c1d2a-0000-4000-8000-000000000009', 0, %2, '%3', '%4', '%5')");
    const auto accepted = [&](int day, const char *start, const char *end, const char *what) {
        QSqlQuery query(fixture.database->sql());
        const bool ok = query.exec(insert.arg(id).arg(day).arg(
            QLatin1String(start), QLatin1String(end), QLatin1String(what)));
        QSqlQuery(fixture.database->sql())
            .exec(QStringLiteral("DELETE FROM visit_plan_item WHERE review_id = %1").arg(id));
        return ok;
    };
    CHECK(accepted(1, "08:30", "", "ok"));
    CHECK(accepted(2, "23:00", "23:59", "ok"));
    CHECK_FALSE(accepted(1, "24:00", "", "ok"));
    CHECK_FALSE(accepted(1, "8:30", "", "ok"));
    CHECK_FALSE(accepted(1, "08:30", "08:30", "ok"));
    CHECK_FALSE(accepted(1, "08:30", "07:00", "ok"));
    CHECK_FALSE(accepted(0, "08:30", "", "ok"));
    CHECK_FALSE(accepted(15, "08:30", "", "ok"));
    CHECK_FALSE(accepted(1, "08:30", "", " "));
}

TEST_CASE("visit plan: started from the template, refused when final, logged after a reopen",
          "[storage][visitplan]")
{
    test::StorageFixture fixture(1, 2);
    const qint64 id = draftId(fixture);
    const VisitPlan plan
        = VisitPlanTemplate::instantiate(VisitPlanTemplate::builtIn(QStringLiteral("fi")));
    REQUIRE(plan.items.size() >= 10);
    REQUIRE_FALSE(fixture.repository->replaceVisitPlan(id, plan));
    CHECK(fixture.load(id).visitPlan == plan);

    // Two plans from one template share no item: each gets its own UUIDs.
    const VisitPlan again
        = VisitPlanTemplate::instantiate(VisitPlanTemplate::builtIn(QStringLiteral("fi")));
    CHECK(again.items.constFirst().uuid != plan.items.constFirst().uuid);
    CHECK(again.items.constFirst().activity == plan.items.constFirst().activity);

    // A final review (the demo's first) refuses every plan edit until it is reopened.
    qint64 finalId = 0;
    for (const ReviewSummary &summary : fixture.list())
        if (summary.status == ReviewStatus::Final)
            finalId = summary.id;
    REQUIRE(finalId != 0);
    const ReviewDocument finalBefore = fixture.load(finalId);
    const StorageError locked = fixture.repository->replaceVisitPlan(finalId, again);
    CHECK(locked.code() == StorageError::ReviewLocked);
    CHECK(fixture.repository->saveVisitPlanItem(finalId, again.items.constFirst()).code()
          == StorageError::ReviewLocked);
    CHECK(fixture.load(finalId).sameContent(finalBefore));

    REQUIRE_FALSE(fixture.repository->reopen(finalId, QStringLiteral("Agenda changed")));
    REQUIRE_FALSE(fixture.repository->replaceVisitPlan(finalId, again));
    REQUIRE_FALSE(fixture.repository->moveVisitPlanItem(finalId, again.items.at(1).uuid, -1));
    QStringList log;
    REQUIRE_FALSE(fixture.repository->auditLog(finalId, log));
    const QString joined = log.join(u'\n');
    INFO(joined.toStdString());
    CHECK(joined.contains(QLatin1String("visit-plan-item-moved")));
    CHECK(joined.contains(QLatin1String("visit-plan-replaced")));
}

TEST_CASE("visit plan: a pulled review's plan is read-only", "[storage][visitplan][programme]")
{
    test::StorageFixture fixture(1, 2);
    const qint64 id = draftId(fixture);
    const VisitPlanItem first = item("000000000001", 1, "08:30", "09:00", "Aloitus");
    REQUIRE_FALSE(fixture.repository->saveVisitPlanItem(id, first));
    // Marked as pulled the way a pull does it: only while programme_copy_writing has its row.
    for (const QString &sql :
         {QStringLiteral("INSERT INTO programme_copy_writing (id) VALUES (1)"),
          QStringLiteral("INSERT INTO programme_copy (review_id, revision, sha256, "
                         "server_sequence, published_by, published_at, pulled_at) VALUES (%1, 1, "
                         "'%2', 1, 'someone', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')")
              .arg(id)
              .arg(QString(64, QLatin1Char('a'))),
          QStringLiteral("DELETE FROM programme_copy_writing")}) {
        QSqlQuery query(fixture.database->sql());
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    }
    const ReviewDocument before = fixture.load(id);
    CHECK(fixture.repository->saveVisitPlanItem(id, item("000000000002", 1, "09:00", "", "x")));
    CHECK(fixture.repository->removeVisitPlanItem(id, first.uuid));
    CHECK(fixture.repository->replaceVisitPlan(id, {}));
    CHECK(fixture.load(id).sameContent(before));
}
