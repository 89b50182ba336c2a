// Benchmark of the review report: one full report with 2,000-character notes on every
// criterion (16 pages), built and rendered to PDF (in memory) several times; prints the median
// time, the size and the machine's load average. Target (issue 13): under 150 ms, stretch
// 100 ms, under 500 KB. With --oracle it also times, in the same run, the report laid out as
// before, written and laid out again for every page break (tests/report/ReportDocumentOracle).
// Run: build/tests/bench/laatu_report_bench [--runs N] [--lang fi|sv|en] [--out FILE.pdf]
//                                           [--oracle]
#include "../report/ReportDocumentOracle.h"

#include "demo/DemoGenerator.h"
#include "instrument/CatalogReader.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "scoring/ScoreCard.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <functional>

using namespace laatu;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("Language."),
                                            QStringLiteral("language"), QStringLiteral("fi"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Also write the PDF here."), QStringLiteral("file"));
    const QCommandLineOption oracleOption(
        QStringLiteral("oracle"), QStringLiteral("Also time the report laid out as before."));
    parser.addOptions({runsOption, languageOption, outOption, oracleOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const CatalogReader::Result catalog = CatalogReader::readBuiltIn();
    if (!catalog.ok())
        return 1;
    const Instrument &instrument = *catalog.instrument;
    QList<ReviewDocument> reviews = DemoGenerator(instrument, {1, 2, 7u, true}).generate();
    ReviewDocument &review = reviews.last();
    const ReviewDocument &previous = reviews.first();
    // Final, so every criterion has a consensus rating; long notes on every criterion.
    review.review.status = ReviewStatus::Final;
    review.notes.clear();
    for (const Criterion &criterion : instrument.criteria()) {
        if (!review.consensus().rating(criterion.id))
            review.ratings << RatingEntry {QString(), criterion.id, 3, QString()};
        QString note;
        while (note.size() < 2000)
            note += QStringLiteral("Valmentajat kuvasivat käytännön haastatteluissa, ja "
                                   "asiakirjat vahvistivat sen. ");
        review.notes << EvidenceNote {criterion.id, QStringLiteral("interview"), note.left(2000)};
    }
    review.normalize();

    QByteArray pdf;
    int pages = 0;
    // Median, min and max in ms of `runs` timings of building the model and rendering it.
    const auto time = [&](const std::function<QByteArray(const ReportModel &, int *)> &render) {
        QList<qint64> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const ScoreCard score
                = ScoreCard::compute(instrument, review.consensus(), review.raterSheets());
            const ReportModel model = ReportBuilder::build({review, instrument, score, &previous},
                                                           {parser.value(languageOption), true});
            pdf = render(model, &pages);
            times << timer.nsecsElapsed() / 1000;
        }
        std::sort(times.begin(), times.end());
        return std::array<double, 3> {times.at(times.size() / 2) / 1000.0,
                                      times.constFirst() / 1000.0, times.constLast() / 1000.0};
    };
    QTextStream out(stdout);
    QFile loadFile(QStringLiteral("/proc/loadavg"));
    const QString load = loadFile.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(loadFile.readAll()).section(QLatin1Char(' '), 0, 2)
        : QStringLiteral("unknown");
    std::array<double, 3> before {};
    int oraclePasses = 0;
    if (parser.isSet(oracleOption)) {
        before = time([&oraclePasses](const ReportModel &model, int *pageCount) {
            return laatu::test::ReportDocumentOracle::pdf(model, pageCount, &oraclePasses);
        });
    }
    const std::array<double, 3> now = time([](const ReportModel &model, int *pageCount) {
        return ReportRenderer::pdf(model, pageCount);
    });
    out << QStringLiteral("report with notes (%1): %2 pages, %3 KB, median %4 ms, min %5 ms, "
                          "max %6 ms over %7 runs (load average %8)")
               .arg(parser.value(languageOption))
               .arg(pages)
               .arg(pdf.size() / 1024.0, 0, 'f', 1)
               .arg(now[0], 0, 'f', 1)
               .arg(now[1], 0, 'f', 1)
               .arg(now[2], 0, 'f', 1)
               .arg(runs)
               .arg(load)
        << Qt::endl;
    if (parser.isSet(oracleOption))
        out << QStringLiteral("laid out again per page break as before (%1 layouts): median %2 "
                              "ms, min %3 ms, max %4 ms; %5x the time")
                   .arg(oraclePasses)
                   .arg(before[0], 0, 'f', 1)
                   .arg(before[1], 0, 'f', 1)
                   .arg(before[2], 0, 'f', 1)
                   .arg(before[0] / now[0], 0, 'f', 1)
            << Qt::endl;
    if (parser.isSet(outOption)) {
        QFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return 1;
    }
    return pdf.isEmpty() ? 1 : 0;
}
