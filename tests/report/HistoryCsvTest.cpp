// The history CSV: bytes a spreadsheet opens cleanly.
#include "../support/QtStringMaker.h"
#include "ReportFixture.h"

#include "report/HistoryCsv.h"

using namespace laatu;
using laatu::test::builtIn;

namespace {
QStringList lines(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.mid(3));
    if (text.endsWith(QStringLiteral("\r\n")))
        text.chop(2);
    return text.split(QStringLiteral("\r\n"));
}
} // namespace

TEST_CASE("history CSV has a BOM, CRLF lines and one row per review and criterion", "[report][csv]")
{
    HistoryCsv csv({QStringLiteral("fi"), QLatin1Char(';')});
    const QList<ReviewDocument> reviews = laatu::test::demoReviews();
    for (const ReviewDocument &review : reviews)
        csv.addReview(review, builtIn());
    const QByteArray bytes = csv.bytes();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.endsWith("\r\n"));
    CHECK(bytes.count('\n') == bytes.count("\r\n"));
    CHECK(csv.rowCount() == reviews.size() * 25);
    const QStringList rows = lines(bytes);
    REQUIRE(rows.size() == reviews.size() * 25 + 1);
    CHECK(rows.at(0) == HistoryCsv::columns().join(QLatin1Char(';')));
    const QStringList first = rows.at(1).split(QLatin1Char(';'));
    REQUIRE(first.size() == HistoryCsv::columns().size());
    CHECK(first.at(0) == reviews.at(0).review.uuid);
    CHECK(first.at(12) == QStringLiteral("1"));
    CHECK(first.at(14) == builtIn().criteria().at(0).title.text(QStringLiteral("fi")));
    const QStringList last = rows.constLast().split(QLatin1Char(';'));
    CHECK(last.at(12) == QStringLiteral("25"));
}

TEST_CASE("history CSV quotes fields and writes decimals for the separator", "[report][csv]")
{
    ReviewDocument review = laatu::test::handMadeReview(4);
    // A total of 99 gives the mean 3.96, which has a decimal separator to check.
    for (RatingEntry &rating : review.ratings) {
        if (rating.raterUuid.isEmpty() && rating.criterionId == builtIn().criteria().at(0).id)
            rating.value = 3;
    }
    review.site.name = QStringLiteral("Polku; \"uusi\" tiimi");
    review.site.unit = QStringLiteral("=HYPERLINK(\"x\")");

    HistoryCsv semicolon({QStringLiteral("fi"), QLatin1Char(';')});
    semicolon.addReview(review, builtIn());
    const QString text = QString::fromUtf8(semicolon.bytes());
    CHECK(text.contains(QStringLiteral(";\"Polku; \"\"uusi\"\" tiimi\";")));
    CHECK(text.contains(QStringLiteral(";99;3,96;fair;")));
    // A formula typed as a name stays text.
    CHECK(text.contains(QStringLiteral(";\"'=HYPERLINK(\"\"x\"\")\";")));

    HistoryCsv comma({QStringLiteral("fi"), QLatin1Char(',')});
    comma.addReview(review, builtIn());
    const QString commaText = QString::fromUtf8(comma.bytes());
    CHECK(commaText.contains(QStringLiteral(",\"Polku; \"\"uusi\"\" tiimi\",")));
    CHECK(commaText.contains(QStringLiteral(",99,3.96,fair,")));

    HistoryCsv english({QStringLiteral("en"), QLatin1Char(';')});
    english.addReview(review, builtIn());
    CHECK(
        QString::fromUtf8(english.bytes()).contains(QStringLiteral(";99;3.96;fair;Fair fidelity")));
}

TEST_CASE("history CSV leaves total and mean empty for an incomplete review", "[report][csv]")
{
    ReviewDocument review = laatu::test::handMadeReview(4);
    review.ratings.erase(std::remove_if(review.ratings.begin(), review.ratings.end(),
                                        [](const RatingEntry &rating) {
                                            return rating.raterUuid.isEmpty()
                                                && rating.criterionId
                                                == builtIn().criteria().at(24).id;
                                        }),
                         review.ratings.end());
    HistoryCsv csv({QStringLiteral("en"), QLatin1Char(';')});
    csv.addReview(review, builtIn());
    const QStringList rows = lines(csv.bytes());
    const QStringList last = rows.constLast().split(QLatin1Char(';'));
    CHECK(last.at(16).isEmpty()); // criterion 25 not rated
    CHECK(last.at(17) == QStringLiteral("24"));
    CHECK(last.at(18).isEmpty());
    CHECK(last.at(19).isEmpty());
    CHECK(last.at(20) == QStringLiteral("incomplete"));
}
