// Benchmark of the review report: one full report with 2,000-character notes on every
// criterion, built and rendered to PDF (in memory) several times; prints the median time and
// the size. Target on the development machine: under 300 ms and under 500 KB.
// Run: build/tests/bench/laatu_report_bench [--runs N] [--lang fi|sv|en] [--out FILE.pdf]
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
    parser.addOptions({runsOption, languageOption, outOption});
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

    QList<qint64> times;
    QByteArray pdf;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ScoreCard score
            = ScoreCard::compute(instrument, review.consensus(), review.raterSheets());
        const ReportModel model = ReportBuilder::build({review, instrument, score, &previous},
                                                       {parser.value(languageOption), true});
        pdf = ReportRenderer::pdf(model, &pages);
        times << timer.nsecsElapsed() / 1000;
    }
    std::sort(times.begin(), times.end());
    QTextStream out(stdout);
    out << QStringLiteral("report with notes (%1): %2 pages, %3 KB, median %4 ms, min %5 ms, "
                          "max %6 ms over %7 runs")
               .arg(parser.value(languageOption))
               .arg(pages)
               .arg(pdf.size() / 1024.0, 0, 'f', 1)
               .arg(times.at(times.size() / 2) / 1000.0, 0, 'f', 1)
               .arg(times.constFirst() / 1000.0, 0, 'f', 1)
               .arg(times.constLast() / 1000.0, 0, 'f', 1)
               .arg(runs)
        << Qt::endl;
    if (parser.isSet(outOption)) {
        QFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return 1;
    }
    return pdf.isEmpty() ? 1 : 0;
}
