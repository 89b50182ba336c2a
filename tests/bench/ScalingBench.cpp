// Scaling benchmark: which read-only costs stay flat as the history grows. Builds demo
// databases of 100, 1,000 and 10,000 reviews (40,000 more with --large) through `laatu-cli
// demo` and prints, per size, the median wall time of whole processes (QProcess) of
// `laatu-cli show`, `laatu-cli report --with-notes` to a temporary PDF, `laatu-cli compare` for
// one county and, measured in the same run as the reference, `sqlite3 DB 'select count(*) from
// review'`; with --laatu and --bare also the start-up of the window to the shown list
// (`laatu --exit-after-startup`, offscreen) against a bare Qt window started the same way; with
// the machine's load average beside them. A Markdown table. Not a test: nothing here asserts a
// time.
//
//   laatu_scaling_bench --cli PATH [--sqlite3 PATH] [--laatu PATH --bare PATH] [--runs 5]
//                       [--large]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
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

// The median of `runs` runs after one unmeasured run (warm file caches); negative on failure.
double median(const QString &program, const QStringList &arguments, int runs)
{
    if (!runOnce(program, arguments).ok)
        return -1;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const Result result = runOnce(program, arguments);
        if (!result.ok)
            return -1;
        times.push_back(result.milliseconds);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
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
    if (cli.isEmpty() || sqlite3.isEmpty()) {
        std::fprintf(stderr,
                     "usage: laatu_scaling_bench --cli PATH [--sqlite3 PATH] [--runs N] "
                     "[--large]\n(sqlite3 is needed as the reference)\n");
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
        const Result county = runOnce(sqlite3,
                                      {database,
                                       QStringLiteral("select county from site group by county"
                                                      " order by count(*) desc, county limit 1")});
        const QString reviewId = QString::fromUtf8(picked.out).trimmed();
        const QString countyName = QString::fromUtf8(county.out).trimmed();
        if (!picked.ok || !county.ok || reviewId.isEmpty() || countyName.isEmpty())
            return 1;

        const QString loadBefore = loadAverage();
        const double reference
            = median(sqlite3, {database, QStringLiteral("select count(*) from review")}, runs);
        const double show = median(
            cli, {QStringLiteral("show"), reviewId, QStringLiteral("--db"), database}, runs);
        const double report
            = median(cli,
                     {QStringLiteral("report"), reviewId, QStringLiteral("--with-notes"),
                      QStringLiteral("--out"), pdf, QStringLiteral("--db"), database},
                     runs);
        const double compare = median(cli,
                                      {QStringLiteral("compare"), QStringLiteral("--county"),
                                       countyName, QStringLiteral("--db"), database},
                                      runs);
        QString startup = QStringLiteral("–");
        if (window) {
            const double bareWindow = median(bare, {}, runs);
            const double laatuWindow = median(
                laatu, {QStringLiteral("--db"), database, QStringLiteral("--exit-after-startup")},
                runs);
            startup = QStringLiteral("%1 vs %2 (%3)")
                          .arg(cell(laatuWindow), cell(bareWindow), ratio(laatuWindow, bareWindow));
        }
        rows << QStringLiteral("| %1 | %2 | %3 (%4) | %5 (%6) | %7 (%8) | %9 | %10 |")
                    .arg(reviews)
                    .arg(cell(reference), cell(show), ratio(show, reference), cell(report),
                         ratio(report, reference), cell(compare), ratio(compare, reference),
                         startup, loadBefore + QStringLiteral(" / ") + loadAverage());
    }
    std::printf("Median wall time of %d runs of whole processes, ms (ratio to sqlite3):\n\n", runs);
    std::printf("| reviews | sqlite3 count(*) | show | report --with-notes | compare one county "
                "| window start-up vs bare Qt window | load average before / after |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---|\n");
    for (const QString &row : rows)
        std::printf("%s\n", qPrintable(row));
    return 0;
}
