// Scaling benchmark: which costs stay flat as the history grows. Builds demo databases of 100,
// 1,000 and 10,000 reviews (40,000 more with --large) through `laatu-cli demo` and prints, per
// size, the median wall time of whole processes of `laatu-cli show`, `laatu-cli report
// --with-notes` to a temporary PDF, `laatu-cli compare` of the county with the most sites (its
// latest review per site, and --all), with --laatu and --bare the start-up of the window to the
// shown list (`laatu --exit-after-startup`, offscreen) and its peak memory against a bare Qt
// window started the same way, and, in this process, a rating edit committed (median and p99)
// against a bare SQLite commit of one row. The programs are taken in turn, round after round,
// with `sqlite3 DB 'select count(*) from review'` as the reference, so the machine's load falls on
// all alike; the load average is printed beside each size. A Markdown table. Not a test: nothing
// here asserts a time.
//
//   laatu_scaling_bench --cli PATH [--sqlite3 PATH] [--laatu PATH --bare PATH] [--runs 5]
//                       [--edits 500] [--large]
#include "BareCommit.h"
#include "ChildRun.h"

#include "instrument/CatalogReader.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {
struct Result
{
    double milliseconds = 0;
    bool ok = false;
    QByteArray out;
};

Result runOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    const bool finished = process.waitForFinished(600000);
    Result result {double(timer.nsecsElapsed()) / 1e6, false, {}};
    result.ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    result.out = process.readAllStandardOutput();
    if (!result.ok)
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program),
                     qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
    return result;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() >= 3
        ? QString::fromLatin1(fields.at(0) + ' ' + fields.at(1) + ' ' + fields.at(2))
        : QStringLiteral("?");
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype index = args.indexOf(name);
    return index >= 0 ? args.value(index + 1) : fallback;
}

QString cell(double milliseconds)
{
    return milliseconds < 0 ? QStringLiteral("failed") : QString::number(milliseconds, 'f', 1);
}

QString ratio(double milliseconds, double reference)
{
    return milliseconds < 0 || reference <= 0
        ? QStringLiteral("-")
        : QString::number(milliseconds / reference, 'f', 1) + QLatin1Char('x');
}
struct EditTimes
{
    double median = -1;
    double p99 = -1;
    double bareMedian = -1;
    double bareP99 = -1;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

// `edits` consensus ratings of a draft review changed and committed one by one, as the window
// does on each key press, each followed by a bare SQLite commit of one row in a file beside it.
EditTimes timeRatingEdits(const QString &path, const QString &barePath, int edits)
{
    const laatu::CatalogReader::Result catalog = laatu::CatalogReader::readBuiltIn();
    laatu::StorageError error;
    std::unique_ptr<laatu::Database> database = laatu::Database::open(path, {}, error);
    if (!catalog.ok() || !database) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error.message()));
        return {};
    }
    QSqlQuery draft(database->sql());
    if (!draft.exec(QStringLiteral("SELECT max(id) FROM review WHERE status = 'draft'"))
        || !draft.next() || draft.value(0).isNull()) {
        std::fprintf(stderr, "no draft review in %s\n", qPrintable(path));
        return {};
    }
    const qint64 reviewId = draft.value(0).toLongLong();
    draft.finish();
    laatu::ReviewRepository repository(*database);
    laatu::bench::BareCommit reference(barePath);
    const QList<laatu::Criterion> &criteria = catalog.instrument->criteria();
    std::vector<double> laatuTimes;
    std::vector<double> bareTimes;
    for (int i = 0; i < edits; ++i) {
        QElapsedTimer timer;
        timer.start();
        // The value moves on every round: an edit to the value already stored writes nothing.
        error = repository.setConsensusRating(reviewId, criteria.at(i % criteria.size()).id,
                                              1 + (i / int(criteria.size())) % 5);
        laatuTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        bareTimes.push_back(reference.commitMs(i));
        if (error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return {};
        }
    }
    return {percentile(laatuTimes, 0.5), percentile(laatuTimes, 0.99), percentile(bareTimes, 0.5),
            percentile(bareTimes, 0.99)};
}

QString megabytes(const laatu::bench::ChildRun &run)
{
    return run.ok() ? QString::number(double(run.peakKilobytes) / 1024.0, 'f', 1)
                    : QStringLiteral("failed");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString cli = option(args, QStringLiteral("--cli"));
    const QString sqlite3 = option(args, QStringLiteral("--sqlite3"),
                                   QStandardPaths::findExecutable(QStringLiteral("sqlite3")));
    const int runs
        = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const int edits
        = std::max(1, option(args, QStringLiteral("--edits"), QStringLiteral("500")).toInt());
    if (cli.isEmpty() || sqlite3.isEmpty()) {
        std::fprintf(stderr,
                     "usage: laatu_scaling_bench --cli PATH [--sqlite3 PATH] [--laatu PATH --bare "
                     "PATH] [--runs N] [--edits N] [--large]\n(sqlite3 is needed as the "
                     "reference)\n");
        return 2;
    }
    const QString laatu = option(args, QStringLiteral("--laatu"));
    const QString bare = option(args, QStringLiteral("--bare"));
    const bool window = !laatu.isEmpty() && !bare.isEmpty();
    if (window)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::vector<int> sizes {100, 1000, 10000};
    if (args.contains(QStringLiteral("--large")))
        sizes.push_back(40000);

    // The user's own settings and database stay out of it; English messages.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("LC_ALL", "C.UTF-8");
    const QString pdf = home.filePath(QStringLiteral("report.pdf"));

    QStringList rows;
    for (const int reviews : sizes) {
        // Ten reviews a site, as the start-up benchmark makes them.
        const QString database = home.filePath(QStringLiteral("bench-%1.db").arg(reviews));
        const int sites = std::max(1, reviews / 10);
        const Result demo
            = runOnce(cli,
                      {QStringLiteral("demo"), QStringLiteral("--db"), database,
                       QStringLiteral("--sites"), QString::number(sites),
                       QStringLiteral("--reviews-per-site"), QString::number(reviews / sites)});
        if (!demo.ok)
            return 1;
        std::fprintf(stderr, "built %d reviews at %d sites in %.1f s\n", reviews, sites,
                     demo.milliseconds / 1000.0);
        // A review in the middle of the file, the site's latest (so the report has a previous
        // review), and the county with the most sites.
        const Result picked = runOnce(sqlite3,
                                      {database,
                                       QStringLiteral("select max(id) from review where site_id ="
                                                      " (select site_id from review where id ="
                                                      " (select (max(id) + 1) / 2 from review))")});
        const Result county
            = runOnce(sqlite3,
                      {database,
                       QStringLiteral("select s.county, count(distinct s.id), count(r.id)"
                                      " from site s left join review r on r.site_id = s.id"
                                      " group by s.county order by count(distinct s.id) desc,"
                                      " s.county limit 1")});
        const QString reviewId = QString::fromUtf8(picked.out).trimmed();
        const QStringList countyFields = QString::fromUtf8(county.out).trimmed().split(u'|');
        if (!picked.ok || !county.ok || reviewId.isEmpty() || countyFields.size() != 3)
            return 1;
        const QString countyName = countyFields.at(0);
        const QString countySize
            = QStringLiteral("%1 / %2").arg(countyFields.at(1), countyFields.at(2));

        const QString loadBefore = loadAverage();
        const QStringList onDatabase {QStringLiteral("--db"), database};
        std::vector<laatu::bench::Command> commands {
            {sqlite3, {database, QStringLiteral("select count(*) from review")}},
            {cli, QStringList {QStringLiteral("show"), reviewId} + onDatabase},
            {cli,
             QStringList {QStringLiteral("report"), reviewId, QStringLiteral("--with-notes"),
                          QStringLiteral("--out"), pdf}
                 + onDatabase},
            {cli,
             QStringList {QStringLiteral("compare"), QStringLiteral("--county"), countyName}
                 + onDatabase},
            {cli,
             QStringList {QStringLiteral("compare"), QStringLiteral("--county"), countyName,
                          QStringLiteral("--all")}
                 + onDatabase}};
        if (window) {
            commands.push_back({bare, {}});
            commands.push_back(
                {laatu, onDatabase + QStringList {QStringLiteral("--exit-after-startup")}});
        }
        const std::vector<laatu::bench::ChildRun> medians
            = laatu::bench::interleavedMedians(commands, runs);
        for (size_t i = 0; i < commands.size(); ++i)
            if (!medians.at(i).ok())
                std::fprintf(stderr, "failed: %s %s\n", qPrintable(commands.at(i).program),
                             qPrintable(commands.at(i).arguments.join(QLatin1Char(' '))));
        const auto ms = [&medians](size_t index) {
            return medians.at(index).ok() ? medians.at(index).milliseconds : -1.0;
        };
        const double reference = ms(0);
        QString startup = QStringLiteral("–");
        QString memory = QStringLiteral("–");
        if (window) {
            startup = QStringLiteral("%1 vs %2 (%3)")
                          .arg(cell(ms(6)), cell(ms(5)), ratio(ms(6), ms(5)));
            memory = QStringLiteral("%1 vs %2")
                         .arg(megabytes(medians.at(6)), megabytes(medians.at(5)));
        }
        const EditTimes editTimes = timeRatingEdits(
            database, home.filePath(QStringLiteral("bare-%1.db").arg(reviews)), edits);
        rows << QStringLiteral("| %1 | %2 | %3 (%4) | %5 (%6) | %7 (%8) | %9 (%10) | %11 | %12 | "
                               "%13 | %14 / %15 (%16 / %17) | %18 |")
                    .arg(QString::number(reviews), cell(reference), cell(ms(1)),
                         ratio(ms(1), reference), cell(ms(2)), ratio(ms(2), reference), cell(ms(3)),
                         ratio(ms(3), reference), cell(ms(4)))
                    .arg(ratio(ms(4), reference), countySize, startup, memory,
                         QString::number(editTimes.median, 'f', 2),
                         QString::number(editTimes.p99, 'f', 2),
                         QString::number(editTimes.bareMedian, 'f', 2),
                         QString::number(editTimes.bareP99, 'f', 2))
                    .arg(loadBefore + QStringLiteral(" / ") + loadAverage());
    }
    std::printf("Median wall time of %d rounds of whole processes taken in turn, ms (ratio to "
                "sqlite3); peak memory of the window's start, MB; %d rating edits in process, "
                "ms:\n\n",
                runs, edits);
    std::printf("| reviews | sqlite3 count(*) | show | report --with-notes | compare, latest per "
                "site | compare --all | compared county: sites / reviews | window start-up vs bare "
                "Qt window | peak memory vs bare "
                "window | rating edit median / p99 (bare commit) | load average before / after "
                "|\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (const QString &row : rows)
        std::printf("%s\n", qPrintable(row));
    return 0;
}
