// The report laid out once (ReportPagination) against the report as it was laid out before,
// writing the whole document again for every page break (ReportDocumentOracle): the same pages,
// with the same text in the text area of each page, read back with pdftotext, and the running
// header and footer as they should be. Nothing of the new PDF is outside those bands: a
// paragraph that runs over a page break is not also drawn, clipped away, on the other page, as
// the old renderer did (the lines it drew so lie outside the text area, where the comparison
// does not read them).
#include "../support/QtStringMaker.h"
#include "ReportDocumentOracle.h"
#include "ReportFixture.h"

#include "report/ReportRenderer.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::handMadeReview;
using laatu::test::modelOf;
using laatu::test::poppler;

namespace {
const QStringList kLanguages {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};

// Bands of an A4 page in points, as the renderer places them (ReportPageFrame), for text by its
// baseline: the running header (baselines near y = 48), the text area (y = 65.7 to 782.0) and
// the footer (near y = 806). A line drawn beyond the text area, clipped away, has its baseline
// between the bands (as pdftotext reads it: it ignores clipping).
struct Band
{
    int top;
    int height;
};
constexpr Band kHeader {0, 51};
constexpr Band kBody {66, 716};
constexpr Band kFooter {800, 42};
constexpr Band kWholePage {0, 842};

// The text of every page of `path` within `band`, one entry per page, each run of white space
// one space (NFKC, as ReportFixture's pdfText).
QStringList pageTexts(const QString &path, Band band)
{
    const std::optional<QString> text
        = poppler(QStringLiteral("pdftotext"),
                  {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                   QStringLiteral("-x"), QStringLiteral("0"), QStringLiteral("-y"),
                   QString::number(band.top), QStringLiteral("-W"), QStringLiteral("595"),
                   QStringLiteral("-H"), QString::number(band.height), path, QStringLiteral("-")});
    if (!text)
        return {};
    QStringList pages = text->normalized(QString::NormalizationForm_KC).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends every page with a form feed
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

QStringList sortedWords(const QString &text)
{
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words;
}

struct Rendered
{
    QStringList header, body, footer, whole;
    int pages = 0;
};

Rendered readBack(const QTemporaryDir &dir, const QString &name, const QByteArray &pdf, int pages)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pdf) == pdf.size());
    file.close();
    return {pageTexts(path, kHeader), pageTexts(path, kBody), pageTexts(path, kFooter),
            pageTexts(path, kWholePage), pages};
}

// Whether some page shows, outside its bands, text drawn and clipped away.
bool hasClippedText(const Rendered &pdf)
{
    for (int page = 0; page < pdf.whole.size(); ++page) {
        const QString bands = pdf.header.value(page) + QLatin1Char(' ') + pdf.body.value(page)
            + QLatin1Char(' ') + pdf.footer.value(page);
        if (sortedWords(pdf.whole.at(page)) != sortedWords(bands))
            return true;
    }
    return false;
}

// What the running header and the footer of page `index` (from 0) of `count` say.
QString headerOf(const ReportModel &model, int index)
{
    const QString text = index > 0 ? model.headerText + QLatin1Char(' ') + model.title : QString();
    return (text + QLatin1Char(' ') + model.draftMark).simplified();
}

QString footerOf(const ReportModel &model, int index, int count)
{
    return QStringLiteral("%1 %2 / %3")
        .arg(model.footerText)
        .arg(index + 1)
        .arg(count)
        .simplified();
}

enum class Order {
    Same, // the text of each page in the same order
    // The same words on each page: the cells of a row taller than a third of a page that go on
    // from the page before are painted after their table, not in their row.
    SameWords,
};

// Renders `model` both ways and compares them: the same pages, the same text in the text area
// of each (where the old renderer's extra lines are not: they are clipped away beyond it), the
// header and footer as they should be, and nothing of the new one outside those. Returns the
// new one.
Rendered compareWithOracle(const ReportModel &model, Order order = Order::Same)
{
    QTemporaryDir dir;
    int pages = 0;
    const QByteArray pdf = ReportRenderer::pdf(model, &pages);
    REQUIRE(pages > 0);
    int oraclePages = 0;
    int passes = 0;
    const QByteArray oraclePdf
        = laatu::test::ReportDocumentOracle::pdf(model, &oraclePages, &passes);
    REQUIRE(oraclePages > 0);
    // The oracle stops after 16 passes; a report that needs more is beyond what it can check.
    REQUIRE(passes < 16);
    CHECK(pages == oraclePages);

    const Rendered now = readBack(dir, QStringLiteral("now.pdf"), pdf, pages);
    const Rendered before = readBack(dir, QStringLiteral("before.pdf"), oraclePdf, oraclePages);
    if (now.whole.isEmpty()) // pdftotext missing: poppler() has warned
        return now;
    REQUIRE(now.whole.size() == pages);
    REQUIRE(before.whole.size() == oraclePages);
    for (int page = 0; page < std::min(pages, oraclePages); ++page) {
        INFO("page " << page + 1 << " of " << pages);
        if (order == Order::Same)
            CHECK(now.body.value(page) == before.body.value(page));
        else
            CHECK(sortedWords(now.body.value(page)) == sortedWords(before.body.value(page)));
        CHECK(now.header.value(page) == headerOf(model, page));
        CHECK(now.footer.value(page) == footerOf(model, page, pages));
    }
    CHECK_FALSE(hasClippedText(now));
    return now;
}
} // namespace

TEST_CASE("the report laid out once has the pages of the report laid out per break",
          "[report][pdf][oracle]")
{
    const QList<ReviewDocument> reviews = laatu::test::demoReviews();
    REQUIRE(reviews.size() == 4);
    for (int index = 0; index < reviews.size(); ++index) {
        // Reviews 1 and 3 are follow-ups of 0 and 2.
        const ReviewDocument *previous = index % 2 == 1 ? &reviews.at(index - 1) : nullptr;
        for (const QString &language : kLanguages) {
            for (const bool notes : {false, true}) {
                DYNAMIC_SECTION("demo review " << index << " " << language.toStdString()
                                               << " notes " << notes)
                {
                    compareWithOracle(modelOf(reviews.at(index), language, notes, previous));
                }
            }
        }
    }
    // Demo reviews whose signature table ends at the foot of a page (see ReportHonestyTest).
    struct Case
    {
        quint32 seed;
        int review;
        const char *language;
    };
    for (const Case &known : {Case {7u, 6, "sv"}, Case {13u, 3, "fi"}}) {
        DYNAMIC_SECTION("seed " << known.seed << " review " << known.review)
        {
            const QList<ReviewDocument> more
                = DemoGenerator(builtIn(), {8, 3, known.seed, true}).generate();
            const ReviewDocument *before
                = known.review % 3 == 0 ? nullptr : &more.at(known.review - 1);
            compareWithOracle(
                modelOf(more.at(known.review), QString::fromLatin1(known.language), false, before));
        }
    }
}

TEST_CASE("long notes are laid out once with the old pages and no paragraph drawn twice",
          "[report][pdf][oracle]")
{
    // Notes of 2000 characters on every criterion, of numbered words: each must be read once.
    ReviewDocument review = handMadeReview(4);
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
    static const QRegularExpression tokenPattern(QStringLiteral("n\\d\\dw\\d\\d\\d"));
    const auto tokensOf = [](const QStringList &pages) {
        QStringList found;
        for (auto it = tokenPattern.globalMatch(pages.join(QLatin1Char(' '))); it.hasNext();)
            found << it.next().captured();
        return found;
    };
    for (const QString &language : kLanguages) {
        DYNAMIC_SECTION("language " << language.toStdString())
        {
            const ReportModel model = modelOf(review, language, true);
            const Rendered now = compareWithOracle(model);
            if (now.whole.isEmpty())
                return;
            CHECK(now.pages > 10);
            // Read from whole pages, not the text area alone: nothing is read twice.
            CHECK(tokensOf(now.whole) == expected);

            // The old renderer drew the lines at a page break on both pages, which is what the
            // checks above would see.
            QTemporaryDir dir;
            int pages = 0;
            const Rendered before
                = readBack(dir, QStringLiteral("before.pdf"),
                           laatu::test::ReportDocumentOracle::pdf(model, &pages), pages);
            CHECK(hasClippedText(before));
            CHECK(tokensOf(before.whole).size() > expected.size());
        }
    }
}

TEST_CASE("rows taller than a third of a page break between their lines, each line drawn once",
          "[report][pdf][oracle]")
{
    // Actions of numbered words: long ones (half a page each) that have to break between
    // their lines, and shorter ones (under a third of a page) that move to the next page whole.
    ReviewDocument review = handMadeReview(4);
    QStringList expected;
    for (int action = 1; action <= 6; ++action) {
        const int words = action % 2 == 1 ? 260 : 100;
        QString what;
        for (int word = 1; word <= words; ++word) {
            const QString token
                = QStringLiteral("a%1w%2").arg(action).arg(word, 3, 10, QLatin1Char('0'));
            what += token + QLatin1Char(' ');
            expected << token;
        }
        review.actions << ActionItem {QStringLiteral("action-%1").arg(action), what,
                                      QStringLiteral("Anna Arvioija"), QDate(2025, 6, 1),
                                      ActionStatus::Open};
    }
    const Rendered now = compareWithOracle(modelOf(review, QStringLiteral("en")), Order::SameWords);
    if (now.whole.isEmpty())
        return;
    static const QRegularExpression tokenPattern(QStringLiteral("a\\dw\\d\\d\\d"));
    QStringList found;
    for (auto it = tokenPattern.globalMatch(now.whole.join(QLatin1Char(' '))); it.hasNext();)
        found << it.next().captured();
    // Each word once (the continued cells come after their table, so not in order).
    std::sort(found.begin(), found.end());
    CHECK(found == expected);
}
