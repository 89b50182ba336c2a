// The site history and county comparison views driven on a demo database: what they show is
// checked against the score card, the core history and comparison, and the CSV writer.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "DemoDatabase.h"
#include "gui/analysis/ComparisonTableModel.h"
#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/FidelityTrendChart.h"
#include "gui/analysis/OutcomeDialog.h"
#include "gui/analysis/SiteHistoryView.h"
#include "gui/analysis/TotalsBarChart.h"
#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"

#include "analysis/ComparisonCsv.h"
#include "analysis/CountyComparison.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translator.h"
#include "scoring/ScoreCard.h"
#include "storage/ComparisonQuery.h"
#include "storage/Database.h"
#include "storage/OutcomeRepository.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using laatu::gui::CountyComparisonView;
using laatu::gui::SiteHistoryView;
using laatu::test::demoDatabase;

namespace {
// The site's reviews, oldest visit first, as stored.
QList<laatu::ReviewDocument> reviewsOf(laatu::ReviewRepository &repository, const QString &siteUuid)
{
    QList<laatu::ReviewSummary> summaries;
    REQUIRE_FALSE(repository.listReviews(summaries));
    QList<laatu::ReviewDocument> documents;
    for (const laatu::ReviewSummary &summary : summaries) {
        if (summary.siteUuid != siteUuid)
            continue;
        laatu::ReviewDocument document;
        REQUIRE_FALSE(repository.loadReview(summary.id, document));
        documents << document;
    }
    std::sort(documents.begin(), documents.end(), [](const auto &a, const auto &b) {
        return a.review.visitStart < b.review.visitStart;
    });
    return documents;
}

QString firstSiteUuid(laatu::ReviewRepository &repository)
{
    QList<laatu::ReviewSummary> summaries;
    REQUIRE_FALSE(repository.listReviews(summaries));
    REQUIRE_FALSE(summaries.isEmpty());
    return summaries.constFirst().siteUuid;
}

// The county with the most sites.
QString largestCounty(laatu::ReviewRepository &repository, int &siteCount, int &reviewCount)
{
    QList<laatu::ReviewSummary> summaries;
    REQUIRE_FALSE(repository.listReviews(summaries));
    QHash<QString, QSet<QString>> sites;
    QHash<QString, int> reviews;
    for (const laatu::ReviewSummary &summary : summaries) {
        sites[summary.county].insert(summary.siteUuid);
        ++reviews[summary.county];
    }
    QString best;
    for (auto it = sites.cbegin(); it != sites.cend(); ++it) {
        if (best.isEmpty() || it.value().size() > sites.value(best).size())
            best = it.key();
    }
    siteCount = int(sites.value(best).size());
    reviewCount = reviews.value(best);
    return best;
}

QPushButton *button(QWidget &view, const char *name)
{
    auto *found = view.findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}
} // namespace

TEST_CASE("the site history lists each review with the score card's total and level",
          "[gui][analysis]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    auto database = demoDatabase(dir.filePath(QStringLiteral("history.db")), 3, 4);
    laatu::ReviewRepository repository(*database);
    const QString site = firstSiteUuid(repository);
    const QList<laatu::ReviewDocument> documents = reviewsOf(repository, site);
    REQUIRE(documents.size() == 4);

    SiteHistoryView view(*database, repository);
    REQUIRE(view.showSite(site));
    CHECK(view.currentSiteUuid() == site);
    CHECK_FALSE(view.showSite(QStringLiteral("00000000-0000-0000-0000-000000000000")));
    CHECK(view.currentSiteUuid() == site);

    QTableWidget *table = view.reviewTable();
    REQUIRE(table->rowCount() == 4);
    int complete = 0;
    for (int i = 0; i < documents.size(); ++i) {
        const laatu::ScoreCard card
            = laatu::ScoreCard::compute(laatu::test::builtIn(), documents.at(i).consensus());
        const int row = int(documents.size()) - 1 - i; // newest first
        CHECK(table->item(row, 0)->text()
              == QLocale().toString(documents.at(i).review.visitStart, QLocale::ShortFormat));
        if (card.total()) {
            ++complete;
            CHECK(table->item(row, SiteHistoryView::kReviewColumnTotal)->text()
                  == QString::number(*card.total()));
            const laatu::Level *level = laatu::test::builtIn().level(card.levelKey());
            REQUIRE(level);
            CHECK(table->item(row, 5)->text() == level->name.text(QStringLiteral("en")));
        } else {
            CHECK(table->item(row, SiteHistoryView::kReviewColumnTotal)->text()
                  == QStringLiteral("–"));
        }
    }
    CHECK(complete >= 2);
    CHECK(view.chart()->totalPointCount() == complete);
    CHECK(view.chart()->summary().contains(
        QLocale().toString(documents.constFirst().review.visitStart, QLocale::ShortFormat)));
    CHECK(view.followUpTree()->topLevelItemCount() >= 3);
}

TEST_CASE("the site history says when the next review is due and why", "[gui][analysis]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    auto database = demoDatabase(dir.filePath(QStringLiteral("due.db")), 4, 3);
    laatu::ReviewRepository repository(*database);
    SiteHistoryView view(*database, repository);
    QList<laatu::ReviewSummary> summaries;
    REQUIRE_FALSE(repository.listReviews(summaries));
    QSet<QString> sites;
    for (const laatu::ReviewSummary &summary : summaries)
        sites.insert(summary.siteUuid);
    for (const QString &site : sites) {
        REQUIRE(view.showSite(site));
        const laatu::ReviewDocument last = reviewsOf(repository, site).constLast();
        const laatu::ScoreCard card
            = laatu::ScoreCard::compute(laatu::test::builtIn(), last.consensus());
        // Yearly once the last review reached "good", else every six months.
        const bool good = card.total()
            && *card.total() >= laatu::test::builtIn().level(QStringLiteral("good"))->minTotal;
        const QDate visited
            = last.review.visitEnd.isValid() ? last.review.visitEnd : last.review.visitStart;
        const QDate due = visited.addMonths(good ? 12 : 6);
        CAPTURE(site, view.nextDueText());
        CHECK(view.nextDueText().contains(QLocale().toString(due, QLocale::ShortFormat)));
        CHECK(view.nextDueText().contains(good ? QStringLiteral("12 months")
                                               : QStringLiteral("6 months")));
    }
}

TEST_CASE("the changes table shows each criterion's rating in both reviews and the change",
          "[gui][analysis]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    auto database = demoDatabase(dir.filePath(QStringLiteral("changes.db")), 2, 4);
    laatu::ReviewRepository repository(*database);
    const QString site = firstSiteUuid(repository);
    const QList<laatu::ReviewDocument> documents = reviewsOf(repository, site);
    SiteHistoryView view(*database, repository);
    REQUIRE(view.showSite(site));
    view.setComparedReviews(0, 2);
    QTableWidget *changes = view.changesTable();
    const QList<laatu::Criterion> &criteria = laatu::test::builtIn().criteria();
    REQUIRE(changes->rowCount() == criteria.size());
    const laatu::RatingSheet from = documents.at(0).consensus();
    const laatu::RatingSheet to = documents.at(2).consensus();
    int improved = 0;
    for (int row = 0; row < criteria.size(); ++row) {
        const std::optional<int> a = from.rating(criteria.at(row).id);
        const std::optional<int> b = to.rating(criteria.at(row).id);
        CAPTURE(criteria.at(row).id);
        CHECK(changes->item(row, 0)->text() == QString::number(criteria.at(row).number));
        CHECK(changes->item(row, SiteHistoryView::kChangeColumnFrom)->text()
              == (a ? QString::number(*a) : QStringLiteral("–")));
        CHECK(changes->item(row, SiteHistoryView::kChangeColumnTo)->text()
              == (b ? QString::number(*b) : QStringLiteral("–")));
        const QString delta = changes->item(row, SiteHistoryView::kChangeColumnDelta)->text();
        if (a && b && *b > *a) {
            ++improved;
            CHECK(delta.contains(QStringLiteral("+%1").arg(*b - *a)));
        } else if (a && b && *b < *a) {
            CHECK(delta.contains(QStringLiteral("−%1").arg(*a - *b)));
        } else if (a && b) {
            CHECK(delta == QStringLiteral("="));
        }
    }
    // The demo improves over time: a year apart, something got better.
    CHECK(improved > 0);
}

TEST_CASE("outcomes are added through the dialog and removed after a confirmation",
          "[gui][analysis][storage]")
{
    using laatu::gui::DialogRunner;
    using laatu::gui::MessageBox;
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    auto database = demoDatabase(dir.filePath(QStringLiteral("outcomes.db")), 1, 2);
    laatu::ReviewRepository repository(*database);
    SiteHistoryView view(*database, repository);
    REQUIRE(view.showSite(firstSiteUuid(repository)));
    REQUIRE(view.outcomeTable()->rowCount() == 0);
    CHECK(view.chart()->outcomePointCount() == 0);

    // A wrong entry keeps OK disabled and says why.
    bool sawProblem = false;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *outcomes = qobject_cast<laatu::gui::OutcomeDialog *>(&dialog);
        REQUIRE(outcomes);
        outcomes->setOutcome({QDate(2025, 1, 1), QDate(2025, 6, 30), 10, 12});
        sawProblem
            = !outcomes->canAccept() && outcomes->problemText().contains(QStringLiteral("12"));
        outcomes->setOutcome({QDate(2025, 1, 1), QDate(2025, 6, 30), 40, 14});
        CHECK(outcomes->canAccept());
        return int(QDialog::Accepted);
    });
    button(view, "addOutcome")->click();
    CAPTURE(MessageBox::lastText());
    CHECK(sawProblem);

    REQUIRE(view.outcomeTable()->rowCount() == 1);
    CHECK(view.outcomeTable()->item(0, 1)->text() == QStringLiteral("40"));
    CHECK(view.outcomeTable()->item(0, 2)->text() == QStringLiteral("14"));
    CHECK(view.outcomeTable()->item(0, 3)->text() == QStringLiteral("35\u00a0%"));
    CHECK(view.chart()->outcomePointCount() == 1);
    QList<laatu::SiteOutcome> stored;
    REQUIRE_FALSE(
        laatu::OutcomeRepository(*database).listOutcomes(view.history().site().id, stored));
    REQUIRE(stored.size() == 1);
    CHECK(stored.constFirst().employed == 14);

    // Cancelled: nothing added.
    DialogRunner::setNextHandler([](QDialog &) { return int(QDialog::Rejected); });
    CHECK_FALSE(view.addOutcome());
    CHECK(view.outcomeTable()->rowCount() == 1);

    // No to the question keeps the period; Yes removes it.
    view.outcomeTable()->selectRow(0);
    REQUIRE(button(view, "removeOutcome")->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    button(view, "removeOutcome")->click();
    CHECK(view.outcomeTable()->rowCount() == 1);
    view.outcomeTable()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button(view, "removeOutcome")->click();
    CHECK(view.outcomeTable()->rowCount() == 0);
    REQUIRE_FALSE(
        laatu::OutcomeRepository(*database).listOutcomes(view.history().site().id, stored));
    CHECK(stored.isEmpty());
}

TEST_CASE("the trend chart exports as PNG and SVG", "[gui][analysis]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    auto database = demoDatabase(dir.filePath(QStringLiteral("chart.db")), 1, 3);
    laatu::ReviewRepository repository(*database);
    SiteHistoryView view(*database, repository);
    REQUIRE(view.showSite(firstSiteUuid(repository)));
    const QString png = dir.filePath(QStringLiteral("trend.png"));
    laatu::gui::FileDialog::setNextFileName(png);
    button(view, "exportTrendChart")->click();
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 2000); // twice the logical width, for high-DPI screens and print
    const QString svg = dir.filePath(QStringLiteral("trend.svg"));
    REQUIRE(view.exportChart(svg).isEmpty());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK(content.contains("<svg"));
    CHECK(content.contains("</svg>"));
    CHECK_FALSE(view.exportChart(dir.filePath(QStringLiteral("trend.gif"))).isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("trend.gif"))));
}

TEST_CASE("the county comparison shows a row per site with every criterion, total and level",
          "[gui][analysis]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    auto database = demoDatabase(dir.filePath(QStringLiteral("county.db")), 12, 3);
    laatu::ReviewRepository repository(*database);
    int sites = 0;
    int reviews = 0;
    const QString county = largestCounty(repository, sites, reviews);
    REQUIRE(sites >= 2);

    CountyComparisonView view(*database, repository);
    REQUIRE(view.setCounty(county));
    CHECK_FALSE(view.setCounty(QStringLiteral("No such county")));
    CHECK(view.county() == county);
    laatu::gui::ComparisonTableModel *model = view.model();
    CHECK(model->rowCount() == sites);
    CHECK(model->columnCount() == 2 + 25 + 3);
    CHECK(view.chart()->bars().size() == sites);
    CHECK(view.weakestTable()->rowCount() > 0);
    CHECK(view.summaryText().contains(county));

    // Every cell matches the core comparison's row for the same review.
    laatu::CountyComparison expected;
    REQUIRE_FALSE(laatu::CountyComparison::load(*database, repository, view.filter(), expected));
    REQUIRE(expected.rows().size() == model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const laatu::CountyComparison::Row &shown = model->comparison().rows().at(row);
        const auto match = std::find_if(
            expected.rows().cbegin(), expected.rows().cend(), [&](const auto &candidate) {
                return candidate.review.reviewId == shown.review.reviewId;
            });
        REQUIRE(match != expected.rows().cend());
        for (int c = 0; c < 25; ++c) {
            const std::optional<int> rating = match->ratings.at(c);
            CHECK(model->index(row, laatu::gui::ComparisonTableModel::FirstCriterionColumn + c)
                      .data()
                      .toString()
                  == (rating ? QString::number(*rating) : QStringLiteral("–")));
        }
        CHECK(model->index(row, model->totalColumn()).data().toString()
              == (match->total ? QString::number(*match->total) : QStringLiteral("–")));
    }
    // The weakest criterion first, as the core says.
    const QList<laatu::CountyComparison::CriterionMean> weakest = expected.weakest(1);
    REQUIRE(weakest.size() == 1);
    CHECK(view.weakestTable()->item(0, 0)->text()
          == QString::number(
              laatu::test::builtIn().criteria().at(weakest.constFirst().column).number));

    // All reviews instead of the latest per site.
    view.setLatestPerSite(false);
    CHECK(model->rowCount() == reviews);
    // A period that ends before every visit leaves nothing to compare.
    view.setPeriod({}, QDate(2001, 1, 1));
    CHECK(model->rowCount() == 0);
    CHECK_FALSE(button(view, "exportComparisonCsv")->isEnabled());
}

TEST_CASE("sorting the comparison by total orders the rows and the CSV follows", "[gui][analysis]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    auto database = demoDatabase(dir.filePath(QStringLiteral("sort.db")), 12, 3);
    laatu::ReviewRepository repository(*database);
    int sites = 0;
    int reviews = 0;
    const QString county = largestCounty(repository, sites, reviews);
    CountyComparisonView view(*database, repository);
    REQUIRE(view.setCounty(county));
    view.setLatestPerSite(false);
    laatu::gui::ComparisonTableModel *model = view.model();
    REQUIRE(model->rowCount() == reviews);

    view.table()->sortByColumn(model->totalColumn(), Qt::DescendingOrder);
    std::optional<int> previous;
    bool sawMissing = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant total = model->index(row, model->totalColumn())
                                   .data(laatu::gui::ComparisonTableModel::kSortRole);
        if (!total.isValid()) {
            sawMissing = true; // incomplete reviews come last when descending
            continue;
        }
        CHECK_FALSE(sawMissing);
        if (previous)
            CHECK(total.toInt() <= *previous);
        previous = total.toInt();
    }
    REQUIRE(previous.has_value());

    // The CSV is the table in the order shown: the same as the core's sorted the same way.
    const QString path = dir.filePath(QStringLiteral("comparison.csv"));
    laatu::gui::FileDialog::setNextFileName(path);
    button(view, "exportComparisonCsv")->click();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    laatu::CountyComparison expected;
    REQUIRE_FALSE(laatu::CountyComparison::load(*database, repository, view.filter(), expected));
    expected.sort(laatu::CountyComparison::SortKey::Total, Qt::DescendingOrder);
    const QByteArray csv
        = laatu::ComparisonCsv::toCsv(expected, QLatin1Char(','), QStringLiteral("en"));
    CHECK(file.readAll() == csv);
    for (const laatu::CountyComparison::Row &row : expected.rows())
        CHECK(csv.contains(row.review.siteName.toUtf8()));

    // Sorting by a criterion: ascending with unrated first.
    view.table()->sortByColumn(laatu::gui::ComparisonTableModel::FirstCriterionColumn + 4,
                               Qt::AscendingOrder);
    previous.reset();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant rating
            = model->index(row, laatu::gui::ComparisonTableModel::FirstCriterionColumn + 4)
                  .data(laatu::gui::ComparisonTableModel::kSortRole);
        if (!rating.isValid()) {
            CHECK_FALSE(previous.has_value());
            continue;
        }
        if (previous)
            CHECK(rating.toInt() >= *previous);
        previous = rating.toInt();
    }
}

TEST_CASE("the comparison chart exports as PNG and SVG and the comparison prints to PDF",
          "[gui][analysis]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    auto database = demoDatabase(dir.filePath(QStringLiteral("export.db")), 12, 2);
    laatu::ReviewRepository repository(*database);
    int sites = 0;
    int reviews = 0;
    const QString county = largestCounty(repository, sites, reviews);
    CountyComparisonView view(*database, repository);
    REQUIRE(view.setCounty(county));

    const QString png = dir.filePath(QStringLiteral("totals.png"));
    laatu::gui::FileDialog::setNextFileName(png);
    button(view, "exportComparisonChart")->click();
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 2000);
    const QString svg = dir.filePath(QStringLiteral("totals.svg"));
    REQUIRE(view.exportChart(svg).isEmpty());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK(content.contains("<svg"));
    // Every site's name is in the vector image as text.
    for (const laatu::gui::TotalsBarChart::Bar &bar : view.chart()->bars())
        CHECK(content.contains(bar.label.toHtmlEscaped().toUtf8()));

    const QString pdf = dir.filePath(QStringLiteral("comparison.pdf"));
    {
        QPdfWriter writer(pdf);
        REQUIRE(view.print(writer));
    }
    QFile printed(pdf);
    REQUIRE(printed.open(QIODevice::ReadOnly));
    const QByteArray bytes = printed.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ")
          >= 2);
}
