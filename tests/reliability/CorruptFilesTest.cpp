// reliability.md: "500 seeded corrupted database files (zeroed header, flipped bytes, truncated,
// foreign file, wrong application_id, user_version too new): no crash, a specific message,
// original file untouched."
#include "CorruptFiles.h"
#include "CorruptJudge.h"
#include "ReliabilitySupport.h"

#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

using namespace laatu;
using namespace laatu::test;

namespace {

struct Outcome
{
    StorageError error; // set when the open was refused
    bool opened = false;
    bool checkOk = false; // Database::check(): quick_check, integrity_check, foreign keys
    QStringList report;
    bool readable = false; // every review listed and loaded
    QStringList leftBeside; // files left next to the database afterwards
    bool unchanged = false;
};

Outcome tryOpen(const QString &path)
{
    Outcome outcome;
    {
        std::unique_ptr<Database> database = Database::open(path, {}, outcome.error);
        if (database) {
            outcome.opened = true;
            const StorageError checkError = database->check(outcome.report);
            outcome.checkOk = !checkError;
            if (checkError)
                outcome.report << checkError.message();
            ReviewRepository repository(*database);
            QList<ReviewSummary> reviews;
            outcome.readable = !repository.listReviews(reviews);
            for (const ReviewSummary &summary : reviews) {
                ReviewDocument document;
                if (repository.loadReview(summary.id, document))
                    outcome.readable = false;
            }
        }
    }
    outcome.leftBeside = filesBeside(path);
    return outcome;
}

QString outcomeName(const Outcome &outcome)
{
    if (!outcome.opened)
        return QStringLiteral("refused, ") + codeName(outcome.error.code());
    if (!outcome.checkOk)
        return QStringLiteral("opened, Database::check() FAILED");
    return outcome.readable ? QStringLiteral("opened (damage SQLite cannot see), check ok")
                            : QStringLiteral("opened, check ok, a changed value refused on load");
}

// What the rules accept: an empty string when the outcome is right, else what is wrong with it.
QString judge(const CorruptCase &corrupt, const Outcome &outcome, const QString &fileName)
{
    if (!outcome.opened)
        return judgeRefusal(corrupt, outcome.error, fileName);
    if (mustBeRefused(corrupt.damage))
        return QStringLiteral("opened, expected it to be refused");
    // Damage: refused as damaged, or (bytes SQLite does not use) opened with every check ok.
    return outcome.checkOk ? QString()
                           : QStringLiteral("opened although damaged; check says: %1")
                                 .arg(outcome.report.join(QStringLiteral(" | ")));
}

} // namespace

TEST_CASE("500 seeded damaged or foreign files: refused with a specific message, never changed",
          "[reliability][corrupt]")
{
    // In memory where Linux offers it: the files Laatu opens are closed with fsync, which on a
    // slow disk makes 500 cases take many seconds; durability is not what is tested here.
    const QString shm = QStringLiteral("/dev/shm");
    const bool inMemory = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable();
    QTemporaryDir dir(inMemory ? shm + QStringLiteral("/laatu-reliability-XXXXXX")
                               : QDir::tempPath() + QStringLiteral("/laatu-reliability-XXXXXX"));
    REQUIRE(dir.isValid());
    const QString validPath = dir.filePath(QStringLiteral("valid.db"));
    makeDemoDatabase(validPath, 2, 2);
    const QByteArray valid = readFile(validPath);
    REQUIRE(valid.startsWith(QByteArray("SQLite format 3\0", 16)));

    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    REQUIRE(QDir().mkpath(scratch));
    const QList<CorruptCase> cases = makeCorruptCases(valid, 20261129u, scratch);
    REQUIRE(cases.size() == 500);

    QMap<QString, int> tally;
    QMap<QString, int> leftFiles;
    int wrong = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const CorruptCase &corrupt = cases.at(i);
        const QString caseDir = dir.filePath(QStringLiteral("case-%1").arg(i));
        REQUIRE(QDir().mkpath(caseDir));
        const QString path = caseDir + QStringLiteral("/laatu.db");
        writeFile(path, corrupt.bytes);
        const QByteArray hashBefore = sha256Of(path);

        const Outcome outcome = tryOpen(path);

        const QString what
            = QStringLiteral("case %1, %2: %3 -> %4")
                  .arg(i)
                  .arg(damageName(corrupt.damage), corrupt.description, outcomeName(outcome));
        INFO(what.toStdString());
        tally[damageName(corrupt.damage) + QStringLiteral(": ") + outcomeName(outcome)] += 1;
        for (const QString &name : outcome.leftBeside)
            leftFiles[name] += 1;

        const QString problem = judge(corrupt, outcome, QStringLiteral("laatu.db"));
        CHECK(problem == QString());
        // The file the user gave is never written to, refused or not (nothing was edited).
        CHECK(sha256Of(path) == hashBefore);
        CHECK_FALSE(outcome.leftBeside.contains(QStringLiteral("laatu.db.lock")));
        if (!problem.isEmpty() || sha256Of(path) != hashBefore)
            ++wrong;
        QDir(caseDir).removeRecursively();
    }

    QStringList lines;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value());
    for (auto it = leftFiles.cbegin(); it != leftFiles.cend(); ++it)
        lines << QStringLiteral("  files left beside: %1 after %2 cases")
                     .arg(it.key())
                     .arg(it.value());
    WARN("outcomes of the 500 damaged files (" << wrong << " wrong):\n"
                                               << lines.join(QLatin1Char('\n')).toStdString());
}
