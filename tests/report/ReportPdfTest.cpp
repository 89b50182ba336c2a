// The PDF read back with the poppler tools, as a reader's software sees it: text in the chosen
// language, page count, A4, embedded fonts, no text lost from long notes.
#include "../support/QtStringMaker.h"
#include "ReportFixture.h"

#include "report/ReportRenderer.h"

#include <QFile>
#include <QTemporaryDir>

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::modelOf;
using laatu::test::pdfText;
using laatu::test::poppler;

namespace {
QString writeReport(const QTemporaryDir &dir, const ReportModel &model, int &pages)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const QString problem = ReportRenderer::writePdf(model, path, &pages);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    return path;
}

QString infoValue(const QString &info, const QString &key)
{
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}
} // namespace

TEST_CASE("a demo report reads back in each language", "[report][pdf]")
{
    const QList<ReviewDocument> reviews = laatu::test::demoReviews();
    REQUIRE(reviews.size() == 4);
    // The second site's second review: final, two reviewers, with a previous review.
    const ReviewDocument &review = reviews.at(3);
    const ReviewDocument &previous = reviews.at(2);
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        DYNAMIC_SECTION("language " << language.toStdString())
        {
            const ReportModel model = modelOf(review, language, false, &previous);
            REQUIRE(model.complete);
            QTemporaryDir dir;
            int pages = 0;
            const QString path = writeReport(dir, model, pages);
            CHECK(pages >= 4);

            const std::optional<QString> text = pdfText(path);
            if (!text)
                return;
            for (const Criterion &criterion : builtIn().criteria()) {
                INFO("criterion " << criterion.number);
                CHECK(text->contains(criterion.title.text(language)));
            }
            CHECK(text->contains(model.totalText));
            CHECK(text->contains(model.meanText));
            CHECK(text->contains(model.levelName));
            CHECK(text->contains(review.site.name));
            CHECK(text->contains(review.site.municipality));
            CHECK(text->contains(QStringLiteral("1 / %1").arg(pages)));
            CHECK(text->contains(QStringLiteral("%1 / %1").arg(pages)));

            const std::optional<QString> info = poppler(QStringLiteral("pdfinfo"), {path});
            REQUIRE(info);
            CHECK(infoValue(*info, QStringLiteral("Pages")) == QString::number(pages));
            CHECK(infoValue(*info, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
            CHECK(infoValue(*info, QStringLiteral("Title")).contains(review.site.name));
            CHECK(infoValue(*info, QStringLiteral("Creator")).startsWith(QStringLiteral("Laatu")));
            const std::optional<QString> meta
                = poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
            REQUIRE(meta);
            CHECK(meta->contains(model.author)); // the reviewers as the author

            const std::optional<QString> fonts = poppler(QStringLiteral("pdffonts"), {path});
            REQUIRE(fonts);
            const QStringList lines = fonts->split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
            REQUIRE_FALSE(lines.isEmpty());
            for (const QString &line : lines) {
                INFO(line.toStdString());
                // Columns: name type encoding emb sub uni object ID; "emb" must say yes.
                const QStringList columns = line.simplified().split(QLatin1Char(' '));
                REQUIRE(columns.size() >= 6);
                CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
            }
        }
    }
}

TEST_CASE("notes of 2000 characters on every criterion lay out with no text lost", "[report][pdf]")
{
    ReviewDocument review = laatu::test::handMadeReview(4);
    // Numbered words, so the check sees every word in order wherever lines and pages break.
    QStringList expected;
    for (const Criterion &criterion : builtIn().criteria()) {
        QString note;
        for (int word = 1; note.size() < 2000; ++word) {
            const QString token = QStringLiteral("n%1w%2")
                                      .arg(criterion.number, 2, 10, QLatin1Char('0'))
                                      .arg(word, 3, 10, QLatin1Char('0'));
            note += token + QStringLiteral(" havainto, ");
            expected << token;
        }
        review.notes << EvidenceNote {criterion.id, QStringLiteral("interview"), note};
    }
    const ReportModel model = modelOf(review, QStringLiteral("fi"), true);
    QTemporaryDir dir;
    int pages = 0;
    const QString path = writeReport(dir, model, pages);
    CHECK(pages > 10);
    const std::optional<QString> text = pdfText(path, 0, true);
    if (!text)
        return;
    QStringList found;
    static const QRegularExpression tokenPattern(QStringLiteral("n\\d\\dw\\d\\d\\d"));
    for (auto it = tokenPattern.globalMatch(*text); it.hasNext();)
        found << it.next().captured();
    CHECK(found.size() == expected.size());
    CHECK(found == expected);
}

TEST_CASE("a table longer than a page repeats its header row", "[report][pdf]")
{
    const ReportModel model = modelOf(laatu::test::handMadeReview(4), QStringLiteral("en"));
    QTemporaryDir dir;
    int pages = 0;
    const QString path = writeReport(dir, model, pages);
    // The criteria table starts on page 3 and runs onto page 4.
    const std::optional<QString> third = pdfText(path, 3);
    const std::optional<QString> fourth = pdfText(path, 4);
    if (!third || !fourth)
        return;
    const QString header = model.criteriaHeaders.value(3);
    CHECK(third->contains(model.criteriaHeading));
    CHECK(third->contains(header));
    CHECK_FALSE(fourth->contains(model.criteriaHeading));
    CHECK(fourth->contains(header));
}

TEST_CASE("writing a report to a folder that does not exist fails with a message", "[report][pdf]")
{
    const ReportModel model = modelOf(laatu::test::handMadeReview(4), QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/report.pdf"));
    const QString problem = ReportRenderer::writePdf(model, path);
    CHECK(problem.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the same model gives the same pages", "[report][pdf]")
{
    const ReportModel model = modelOf(laatu::test::handMadeReview(4), QStringLiteral("sv"));
    int first = 0;
    int second = 0;
    const QByteArray a = ReportRenderer::pdf(model, &first);
    const QByteArray b = ReportRenderer::pdf(model, &second);
    CHECK(first > 0);
    CHECK(first == second);
    CHECK(a.startsWith("%PDF-"));
    CHECK(std::abs(a.size() - b.size()) < 64); // only the creation date differs
}
