// reliability.md: "kill -9 at random moments during scripted edits, at least 200 iterations in
// the normal test run: every integrity_check ok, every acknowledged edit present, no
// half-written review."
//
// laatu_crash_writer performs the script of CrashScript.h on one database, printing "ack" after
// each edit's call returned success. Each iteration starts it where the last acknowledged edit
// left off, kills it with SIGKILL at a seeded moment (during start-up, after some edits, or just
// after it began writing a whole review), then opens the database as Laatu does (taking over
// the lock of the dead writer) and requires: integrity_check ok, no foreign key broken, and the
// content exactly that of the acknowledged edits, plus at most the one edit that had begun
// when the kill came (committed, not yet acknowledged). Whole reviews are compared field by
// field, so a review written in part is found.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "CrashCheck.h"
#include "CrashRun.h"
#include "CrashScript.h"

#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

using namespace laatu;
using crash::ExpectedState;
using crash::FoundState;
using crash::ScriptedEdit;

namespace {
constexpr quint32 kScriptSeed = 20260311u;
constexpr quint32 kPlanSeed = 917u;
constexpr int kIterations = 200;
// A loaded machine (CI runs tests side by side) starts the writer slowly, so more kills land
// before its first edit. The test goes on past 200 kills, up to this many, until enough of
// them have hit an edit in flight: the proof does not depend on the machine's speed.
constexpr int kMaxIterations = 600;

const Instrument &instrument()
{
    return test::builtIn();
}

struct Tally
{
    int acks = 0;
    int killsBeforeOpen = 0; // during start-up or Database::open
    int killsInEdit = 0; // after "begin", before "ack"
    int killsInReview = 0; // ... of a whole review
    int committedUnacked = 0; // the begun edit was found committed
    int wholeReviewsChecked = 0;
    qint64 writerMs = 0; // writers running, start to death
    qint64 checkMs = 0; // opening and checking after the kills
};

// When to kill: a seeded choice of the moment, so the run is reproducible in what it tries.
struct KillPlan
{
    bool fromStart = false; // count the delay from the start, not from a line of the writer
    int acks = 0; // wait for this many acknowledgements
    std::optional<int> reviewBegin; // or for "begin" of this whole-review edit
    unsigned long delayMicroseconds = 0; // then wait this long

    bool ready(const QStringList &lines) const
    {
        if (fromStart)
            return true;
        if (reviewBegin)
            return lines.contains(QStringLiteral("begin %1").arg(*reviewBegin));
        const auto acked = std::count_if(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.startsWith(QLatin1String("ack "));
        });
        return lines.contains(QStringLiteral("open")) && acked >= acks;
    }
};

KillPlan planKill(QRandomGenerator &random, int next)
{
    KillPlan plan;
    switch (random.bounded(3)) {
    case 0: // anywhere from start-up (often inside Database::open) into the first edits
        plan.fromStart = true;
        plan.delayMicroseconds = random.bounded(40001u);
        break;
    case 1: // a few edits in, at a random point of the next one
        plan.acks = 1 + random.bounded(6);
        plan.delayMicroseconds = random.bounded(2001u);
        break;
    default: // while a whole review is being written
        for (int n = next; n < next + 64 && !plan.reviewBegin; ++n) {
            if (crash::scriptedEdit(instrument(), kScriptSeed, n).kind == ScriptedEdit::Review)
                plan.reviewBegin = n;
        }
        plan.acks = plan.reviewBegin ? 0 : 1;
        plan.delayMicroseconds = random.bounded(3001u);
        break;
    }
    return plan;
}

QStringList pragmaLines(Database &database, const QString &pragma)
{
    QSqlQuery query(database.sql());
    QStringList lines;
    if (!query.exec(pragma))
        return {QStringLiteral("%1 failed: %2").arg(pragma, query.lastError().text())};
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        lines << cells.join(QLatin1Char(' '));
    }
    return lines;
}

std::unique_ptr<Database> openAfterCrash(const QString &path)
{
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {false, false}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    // The dead writer's lock is taken over (reliability.md rule 5), so this is a writer again.
    INFO(database->readOnlyReason().toStdString());
    REQUIRE_FALSE(database->isReadOnly());
    REQUIRE(pragmaLines(*database, QStringLiteral("PRAGMA integrity_check"))
            == QStringList {QStringLiteral("ok")});
    REQUIRE(pragmaLines(*database, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    return database;
}

FoundState readState(ReviewRepository &repository, const QString &editedUuid)
{
    FoundState state;
    QList<ReviewSummary> reviews;
    StorageError error = repository.listReviews(reviews);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    for (const ReviewSummary &summary : reviews)
        state.reviewUuids.insert(summary.uuid);
    qint64 id = 0;
    REQUIRE_FALSE((error = repository.findReview(editedUuid, id)));
    error = repository.loadReview(id, state.edited);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    return state;
}

void requireWhole(ReviewRepository &repository, const ReviewDocument &expected)
{
    qint64 id = 0;
    StorageError error = repository.findReview(expected.review.uuid, id);
    INFO(expected.review.uuid.toStdString() << ": " << error.message().toStdString());
    REQUIRE_FALSE(error);
    ReviewDocument found;
    REQUIRE_FALSE((error = repository.loadReview(id, found)));
    CHECK(found.ratings.size() == expected.ratings.size());
    CHECK(found.notes.size() == expected.notes.size());
    REQUIRE(found.sameContent(expected));
}

// Checks the writer's lines against the script and applies each acknowledged edit to
// `expected`. Returns the edit that had begun without an acknowledgement, if any.
std::optional<ScriptedEdit> takeAcks(const crash::WriterRun &run, int &next,
                                     ExpectedState &expected, Tally &tally)
{
    std::optional<ScriptedEdit> begun;
    bool opened = false;
    for (const QString &line : run.lines) {
        INFO("writer line: " << line.toStdString());
        if (line == QLatin1String("open")) {
            REQUIRE_FALSE(opened);
            opened = true;
            continue;
        }
        REQUIRE(opened);
        const QStringList parts = line.split(QLatin1Char(' '));
        REQUIRE(parts.size() >= 2);
        REQUIRE(parts.at(1) == QString::number(next)); // the script, in order, from `next`
        if (parts.at(0) == QLatin1String("begin")) {
            REQUIRE_FALSE(begun);
            begun = crash::scriptedEdit(instrument(), kScriptSeed, next);
        } else {
            REQUIRE(parts.at(0) == QLatin1String("ack"));
            REQUIRE(begun);
            const QString what = line.section(QLatin1Char(' '), 2);
            REQUIRE(what == crash::describe(*begun, expected.edited, instrument()));
            crash::applyEdit(*begun, instrument(), expected.edited, expected.wholeReviews);
            begun.reset();
            ++next;
            ++tally.acks;
        }
    }
    if (!opened)
        ++tally.killsBeforeOpen;
    return begun;
}

void createDatabase(const QString &path, ExpectedState &expected)
{
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {true, false}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    ReviewRepository repository(*database);
    expected.edited = crash::editedReview(instrument());
    ReviewDocument document = expected.edited;
    bool unchanged = false;
    REQUIRE_FALSE((error = repository.saveReview(document, unchanged)));
    REQUIRE(crash::differences(expected.edited,
                               readState(repository, expected.edited.review.uuid).edited)
                .isEmpty());
}
} // namespace

TEST_CASE("kill -9 during scripted edits: database ok, every acknowledged edit kept, no review "
          "half-written",
          "[crash][reliability]")
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    ExpectedState expected;
    createDatabase(path, expected);

    QRandomGenerator random(kPlanSeed);
    Tally tally;
    int next = 0; // the first edit not yet acknowledged
    int iteration = 0;
    const auto enoughKills = [&tally, &iteration] {
        return iteration >= kIterations && tally.killsInEdit >= kIterations / 4
            && tally.killsInReview >= 5;
    };
    for (; iteration < kMaxIterations && !enoughKills(); ++iteration) {
        INFO("iteration " << iteration << ", script from edit " << next);
        const KillPlan plan = planKill(random, next);
        QElapsedTimer phase;
        phase.start();
        crash::KilledWriter writer(QStringLiteral(LAATU_CRASH_WRITER_PATH),
                                   {path, QString::number(kScriptSeed), QString::number(next)});
        REQUIRE(writer.started());
        writer.waitFor([&plan](const QStringList &lines) { return plan.ready(lines); });
        const crash::WriterRun run = writer.kill(plan.delayMicroseconds);
        tally.writerMs += phase.restart();
        INFO("writer stderr: " << run.errors.toStdString());
        REQUIRE_FALSE(run.waitTimedOut);
        REQUIRE(run.killed); // it did not stop on its own (an edit failing, say)

        const std::optional<ScriptedEdit> begun = takeAcks(run, next, expected, tally);
        if (begun) {
            ++tally.killsInEdit;
            tally.killsInReview += begun->kind == ScriptedEdit::Review ? 1 : 0;
        }

        const std::unique_ptr<Database> database = openAfterCrash(path);
        ReviewRepository repository(*database);
        const FoundState found = readState(repository, expected.edited.review.uuid);
        const QStringList missing = crash::stateDifferences(expected, found);
        if (!missing.isEmpty()) {
            // Only the edit that had begun may have been committed without its "ack".
            INFO("against the acknowledged edits: "
                 << missing.join(QStringLiteral("; ")).toStdString());
            REQUIRE(begun);
            ExpectedState withBegun = expected;
            crash::applyEdit(*begun, instrument(), withBegun.edited, withBegun.wholeReviews);
            const QStringList differ = crash::stateDifferences(withBegun, found);
            INFO("with the begun edit "
                 << begun->index << " too: " << differ.join(QStringLiteral("; ")).toStdString());
            REQUIRE(differ.isEmpty());
            expected = withBegun;
            ++tally.committedUnacked;
        }
        for (; tally.wholeReviewsChecked < expected.wholeReviews.size();
             ++tally.wholeReviewsChecked)
            requireWhole(repository, expected.wholeReviews.at(tally.wholeReviewsChecked));
        tally.checkMs += phase.elapsed();
    }

    // Once more, every review in the file: the edited one as acknowledged, the others whole.
    {
        const std::unique_ptr<Database> database = openAfterCrash(path);
        ReviewRepository repository(*database);
        const FoundState found = readState(repository, expected.edited.review.uuid);
        REQUIRE(crash::stateDifferences(expected, found).isEmpty());
        for (const ReviewDocument &review : expected.wholeReviews)
            requireWhole(repository, review);
    }
    // And by SQLite's own client, when installed, after Laatu's clean close.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QProcess client;
        client.start(sqlite3, {path, QStringLiteral("PRAGMA integrity_check;")});
        REQUIRE(client.waitForFinished(30000));
        CHECK(client.exitCode() == 0);
        CHECK(QString::fromUtf8(client.readAllStandardOutput()).trimmed() == QStringLiteral("ok"));
    }

    // Most kills must have hit an edit in flight, or the test proved little.
    CHECK(tally.killsInEdit >= kIterations / 4);
    CHECK(tally.killsInReview >= 5);
    WARN("crash test: " << iteration << " kills (" << tally.killsBeforeOpen
                        << " during start-up/open, " << tally.killsInEdit << " inside an edit, "
                        << tally.killsInReview << " inside a whole-review save), " << tally.acks
                        << " acknowledged edits verified, " << tally.committedUnacked
                        << " begun edits found committed, " << expected.wholeReviews.size()
                        << " whole reviews verified, " << clock.elapsed() << " ms (writers "
                        << tally.writerMs << " ms, checks " << tally.checkMs << " ms)");
}
