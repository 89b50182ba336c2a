// Start-up benchmark: `laatu --db DEMO --exit-after-startup` on a database of 10,000 reviews,
// against a bare Qt window started the same way (target: at most 3x). Prints the median wall
// time and the peak resident memory of each. Not a test: nothing here asserts a time.
//
//   laatu_startup_bench --laatu PATH --cli PATH --bare PATH [--reviews 10000] [--runs 7]
#include "ChildRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
using laatu::bench::ChildRun;
using laatu::bench::runChild;

ChildRun median(const QString &program, const QStringList &arguments, int runs)
{
    std::vector<ChildRun> all;
    for (int i = 0; i < runs; ++i)
        all.push_back(runChild(program, arguments));
    const ChildRun middle = laatu::bench::medianRun(all);
    if (!middle.ok())
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
    return middle;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype index = args.indexOf(name);
    return index >= 0 ? args.value(index + 1) : fallback;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString laatu = option(args, QStringLiteral("--laatu"));
    const QString cli = option(args, QStringLiteral("--cli"));
    const QString bare = option(args, QStringLiteral("--bare"));
    const int reviews = option(args, QStringLiteral("--reviews"), QStringLiteral("10000")).toInt();
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("7")).toInt();
    if (laatu.isEmpty() || cli.isEmpty() || bare.isEmpty()) {
        std::fprintf(stderr,
                     "usage: laatu_startup_bench --laatu PATH --cli PATH --bare PATH "
                     "[--reviews N] [--runs N]\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The user's own settings and database stay out of it.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());

    const QString database = home.filePath(QStringLiteral("bench.db"));
    const int sites = std::max(1, reviews / 10);
    QElapsedTimer timer;
    timer.start();
    const ChildRun demo
        = runChild(cli,
                   {QStringLiteral("--db"), database, QStringLiteral("demo"),
                    QStringLiteral("--sites"), QString::number(sites),
                    QStringLiteral("--reviews-per-site"), QString::number(reviews / sites)});
    if (demo.exitCode != 0)
        return 1;
    std::printf("demo database: %d reviews at %d sites in %.1f s\n", reviews, sites,
                demo.milliseconds / 1000.0);
    // One unmeasured start of each, so both begin with warm file caches.
    runChild(laatu, {QStringLiteral("--db"), database, QStringLiteral("--exit-after-startup")});
    runChild(bare, {});
    const ChildRun bareRun = median(bare, {}, runs);
    const ChildRun laatuRun = median(
        laatu, {QStringLiteral("--db"), database, QStringLiteral("--exit-after-startup")}, runs);
    std::printf("platform: %s, median of %d runs\n",
                qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                    ? "default"
                    : qgetenv("QT_QPA_PLATFORM").constData(),
                runs);
    std::printf("bare Qt window:          %7.1f ms, peak %6.1f MB\n", bareRun.milliseconds,
                bareRun.peakKilobytes / 1024.0);
    std::printf("laatu, %5d reviews:     %7.1f ms, peak %6.1f MB\n", reviews, laatuRun.milliseconds,
                laatuRun.peakKilobytes / 1024.0);
    std::printf("ratio: %.2fx (target at most 3x)\n",
                laatuRun.milliseconds / std::max(1.0, bareRun.milliseconds));
    return 0;
}
