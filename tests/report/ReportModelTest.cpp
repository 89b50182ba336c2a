// Golden checks of the report's content, independent of rendering: numbers, labels, order.
#include "../support/QtStringMaker.h"
#include "ReportFixture.h"

#include "report/ReportSource.h"
#include "scoring/Agreement.h"

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::handMadeReview;
using laatu::test::modelOf;

namespace {
QString field(const QList<ReportModel::Field> &fields, const QString &label)
{
    for (const ReportModel::Field &entry : fields) {
        if (entry.label == label)
            return entry.value;
    }
    FAIL("no field " << label.toStdString());
    return {};
}
} // namespace

TEST_CASE("report model of a complete review in English", "[report][model]")
{
    const ReportModel model = modelOf(handMadeReview(4), QStringLiteral("en"));
    CHECK(model.language == QStringLiteral("en"));
    CHECK(model.title == QStringLiteral("Fidelity review report"));
    CHECK(model.siteName == QStringLiteral("Testi IPS-valmennus"));
    CHECK(model.author == QStringLiteral("Anna Arvioija, Mikko Mittari"));
    CHECK(field(model.coverFields, QStringLiteral("Municipality"))
          == QStringLiteral("Hämeenlinna"));
    CHECK(field(model.coverFields, QStringLiteral("Wellbeing services county"))
          == QStringLiteral("Kanta-Hämeen hyvinvointialue"));
    CHECK(field(model.coverFields, QStringLiteral("Unit")) == QStringLiteral("Työllisyyspalvelut"));
    CHECK(field(model.coverFields, QStringLiteral("Review kind"))
          == QStringLiteral("External review"));
    CHECK(field(model.coverFields, QStringLiteral("Site visit"))
          == QStringLiteral("4 March 2025 \u2013 5 March 2025"));
    CHECK(field(model.coverFields, QStringLiteral("Reviewers"))
          == QStringLiteral("Anna Arvioija, Mikko Mittari"));
    CHECK(field(model.coverFields, QStringLiteral("Criteria set"))
          == QStringLiteral("IPS quality criteria (25 items), version 2026.2"));

    // 25 criteria rated 4: 100 of 125, mean 4.00, good fidelity.
    CHECK(model.complete);
    CHECK(model.totalText == QStringLiteral("100 / 125"));
    CHECK(model.meanText == QStringLiteral("4.00"));
    CHECK(model.levelKey == QStringLiteral("good"));
    CHECK(model.levelName == QStringLiteral("Good fidelity"));
    CHECK(model.incompleteText.isEmpty());
    REQUIRE(model.levelBands.size() == 4);
    CHECK(model.levelBands.at(0).range == QStringLiteral("115\u2013125"));
    CHECK(model.levelBands.at(1).range == QStringLiteral("100\u2013114"));
    CHECK(model.levelBands.at(2).range == QStringLiteral("74\u201399"));
    CHECK(model.levelBands.at(3).range == QStringLiteral("25\u201373"));
    CHECK(model.levelBands.at(1).reached);
    CHECK_FALSE(model.levelBands.at(0).reached);
    CHECK_FALSE(model.levelBands.at(2).reached);

    REQUIRE(model.sections.size() == 3);
    CHECK(model.sections.at(0).scoreText == QStringLiteral("12 / 15"));
    CHECK(model.sections.at(1).scoreText == QStringLiteral("32 / 40"));
    CHECK(model.sections.at(2).scoreText == QStringLiteral("56 / 70"));
    CHECK(model.sections.at(2).meanText == QStringLiteral("4.00"));

    REQUIRE(model.criteria.size() == 25);
    REQUIRE(model.chartBars.size() == 25);
    for (int i = 0; i < 25; ++i) {
        const Criterion &criterion = builtIn().criteria().at(i);
        INFO("criterion " << i + 1);
        CHECK(model.criteria.at(i).number == i + 1);
        CHECK(model.criteria.at(i).title == criterion.title.text(QStringLiteral("en")));
        CHECK(model.criteria.at(i).ratingText == QStringLiteral("4"));
        CHECK(model.criteria.at(i).anchor == criterion.anchors.at(3).text(QStringLiteral("en")));
        CHECK(model.chartBars.at(i).rating == 4);
        CHECK_FALSE(model.chartBars.at(i).previous.has_value());
    }
    CHECK(model.chartBars.at(0).sectionIndex == 0);
    CHECK(model.chartBars.at(3).sectionIndex == 1);
    CHECK(model.chartBars.at(24).sectionIndex == 2);
    CHECK_FALSE(model.hasChange);
    CHECK_FALSE(model.hasNotes);
    CHECK(model.signatureNames
          == QStringList {QStringLiteral("Anna Arvioija"), QStringLiteral("Mikko Mittari")});
}

TEST_CASE("report model gives the agreement of two reviewers", "[report][model]")
{
    const ReportModel model = modelOf(handMadeReview(4), QStringLiteral("en"));
    REQUIRE(model.hasAgreement);
    // Criterion 1: 4 and 2 (two apart), criterion 2: 4 and 5; the other 23 the same.
    CHECK(field(model.agreementFigures, QStringLiteral("Same rating"))
          == QStringLiteral("23 of 25 (92%)"));
    CHECK(field(model.agreementFigures, QStringLiteral("Within one point"))
          == QStringLiteral("24 of 25 (96%)"));
    CHECK(field(model.agreementFigures, QStringLiteral("Two points or more apart"))
          == QStringLiteral("1"));
    // Two reviewers: the weighted kappa as well, to two decimals.
    QList<std::pair<int, int>> pairs;
    const laatu::ReviewDocument review = handMadeReview(4);
    const QList<laatu::RatingSheet> sheets = review.raterSheets();
    for (const laatu::Criterion &criterion : laatu::test::builtIn().criteria())
        pairs << std::pair {*sheets.at(0).rating(criterion.id), *sheets.at(1).rating(criterion.id)};
    const std::optional<double> kappa = laatu::Agreement::quadraticWeightedKappa(pairs, 1, 5);
    REQUIRE(kappa);
    CHECK(field(model.agreementFigures, QStringLiteral("Weighted kappa (quadratic weights)"))
          == QString::number(*kappa, 'f', 2));
    CHECK(model.agreementHeaders
          == QStringList {QStringLiteral("No."), QStringLiteral("Criterion"),
                          QStringLiteral("Anna Arvioija"), QStringLiteral("Mikko Mittari"),
                          QStringLiteral("Consensus")});
    REQUIRE(model.agreementRows.size() == 2);
    CHECK(model.agreementRows.at(0).number == 1);
    CHECK(model.agreementRows.at(0).ratings
          == QStringList {QStringLiteral("4"), QStringLiteral("2")});
    CHECK(model.agreementRows.at(0).spread == 2);
    CHECK(model.agreementRows.at(1).number == 2);
    CHECK(model.agreementRows.at(1).ratings
          == QStringList {QStringLiteral("4"), QStringLiteral("5")});
}

TEST_CASE("report model in Finnish uses Finnish numbers, dates and catalog texts",
          "[report][model]")
{
    ReviewDocument review = handMadeReview(4);
    review.actions << ActionItem {QStringLiteral("a1"), QStringLiteral("Viikkoseuranta"),
                                  QStringLiteral("Tiiminvetäjä"), QDate(2025, 5, 31),
                                  ActionStatus::Open};
    const ReportModel model = modelOf(review, QStringLiteral("fi"));
    CHECK(model.meanText == QStringLiteral("4,00"));
    CHECK(model.levelName
          == builtIn().level(QStringLiteral("good"))->name.text(QStringLiteral("fi")));
    for (int i = 0; i < 25; ++i)
        CHECK(model.criteria.at(i).title
              == builtIn().criteria().at(i).title.text(QStringLiteral("fi")));
    CHECK(model.sections.at(0).name == QStringLiteral("Henkilöstö"));
    CHECK(model.chartSectionNames.value(1) == QStringLiteral("Organisaatio"));
    REQUIRE(model.actions.size() == 1);
    CHECK(model.actions.at(0).due == QStringLiteral("31.5.2025"));
    CHECK(model.coverKicker == builtIn().name().text(QStringLiteral("fi")));

    const ReportModel swedish = modelOf(review, QStringLiteral("sv"));
    CHECK(swedish.meanText == QStringLiteral("4,00"));
    CHECK(swedish.sections.at(1).name == QStringLiteral("Organisation"));
    CHECK(swedish.criteria.at(0).title
          == builtIn().criteria().at(0).title.text(QStringLiteral("sv")));
}

TEST_CASE("report model of an incomplete review has no total or level", "[report][model]")
{
    ReviewDocument review = handMadeReview(4);
    // Take away three consensus ratings.
    int removed = 0;
    for (qsizetype i = review.ratings.size() - 1; i >= 0 && removed < 3; --i) {
        if (review.ratings.at(i).raterUuid.isEmpty()) {
            review.ratings.removeAt(i);
            ++removed;
        }
    }
    const ReportModel model = modelOf(review, QStringLiteral("en"));
    CHECK_FALSE(model.complete);
    CHECK(model.totalText == QStringLiteral("\u2013"));
    CHECK(model.levelName == QStringLiteral("Not determined"));
    CHECK(model.incompleteText.contains(QStringLiteral("22 of 25")));
    CHECK(model.incompleteText.contains(QStringLiteral("88 points")));
    for (const ReportModel::LevelBand &band : model.levelBands)
        CHECK_FALSE(band.reached);
    int unrated = 0;
    for (const ReportModel::CriterionRow &row : model.criteria)
        unrated += row.rating ? 0 : 1;
    CHECK(unrated == 3);
}

TEST_CASE("report model groups findings by criterion with the whole service last",
          "[report][model]")
{
    ReviewDocument review = handMadeReview(4);
    const QString fifth = builtIn().criteria().at(4).id;
    const QString first = builtIn().criteria().at(0).id;
    review.findings << Finding {QStringLiteral("f1"), QString(), FindingKind::Recommendation,
                                QStringLiteral("Ohjausryhmä kokoontuu.")}
                    << Finding {QStringLiteral("f2"), fifth, FindingKind::Strength,
                                QStringLiteral("Tiimi tapaa viikoittain.")}
                    << Finding {QStringLiteral("f3"), first, FindingKind::Recommendation,
                                QStringLiteral("Asiakasmäärät seurantaan.")}
                    << Finding {QStringLiteral("f4"), fifth, FindingKind::Recommendation,
                                QStringLiteral("Kirjatkaa yhteistyö.")};
    const ReportModel model = modelOf(review, QStringLiteral("en"));
    REQUIRE(model.findings.size() == 3);
    CHECK(model.findings.at(0).criterionLabel.startsWith(QStringLiteral("1")));
    CHECK(model.findings.at(0).recommendations
          == QStringList {QStringLiteral("Asiakasmäärät seurantaan.")});
    CHECK(model.findings.at(1).criterionLabel.startsWith(QStringLiteral("5")));
    CHECK(model.findings.at(1).strengths
          == QStringList {QStringLiteral("Tiimi tapaa viikoittain.")});
    CHECK(model.findings.at(1).recommendations
          == QStringList {QStringLiteral("Kirjatkaa yhteistyö.")});
    CHECK(model.findings.at(2).criterionLabel == QStringLiteral("The service as a whole"));
}

TEST_CASE("report model of a follow-up gives the change per criterion and in total",
          "[report][model]")
{
    ReviewDocument previous = handMadeReview(3);
    previous.review.uuid = QStringLiteral("previous-uuid");
    previous.review.visitStart = QDate(2024, 9, 2);
    previous.review.visitEnd = QDate(2024, 9, 2);
    ReviewDocument review = handMadeReview(4);
    const QString third = builtIn().criteria().at(2).id;
    for (RatingEntry &rating : review.ratings) {
        if (rating.raterUuid.isEmpty() && rating.criterionId == third)
            rating.value = 2; // one criterion goes down
    }
    const ReportModel model = modelOf(review, QStringLiteral("en"), false, &previous);
    REQUIRE(model.hasChange);
    CHECK(model.changeIntro.contains(QStringLiteral("2 September 2024")));
    REQUIRE(model.changes.size() == 25);
    CHECK(model.changes.at(0).previous == QStringLiteral("3"));
    CHECK(model.changes.at(0).current == QStringLiteral("4"));
    CHECK(model.changes.at(0).change == QStringLiteral("+1"));
    CHECK(model.changes.at(2).change == QStringLiteral("\u22121"));
    CHECK(model.changes.at(2).delta == -1);
    // 75 before; now 24 criteria at 4 and one at 2: 98.
    CHECK(model.totalChange.previous == QStringLiteral("75"));
    CHECK(model.totalChange.current == QStringLiteral("98"));
    CHECK(model.totalChange.change == QStringLiteral("+23"));
    CHECK(model.chartBars.at(0).previous == 3);
    CHECK_FALSE(model.chartPreviousLabel.isEmpty());
}

TEST_CASE("report model holds notes only when chosen", "[report][model]")
{
    ReviewDocument review = handMadeReview(4);
    const QString secret = QStringLiteral("Luottamuksellinen havainto");
    review.notes << EvidenceNote {builtIn().criteria().at(6).id, QStringLiteral("interview"),
                                  secret};
    const ReportModel without = modelOf(review, QStringLiteral("en"), false);
    CHECK_FALSE(without.hasNotes);
    CHECK(without.notes.isEmpty());
    // The criteria table says a note exists, not what it says.
    CHECK(without.criteria.at(6)
              .evidence.join(QLatin1Char(' '))
              .contains(QStringLiteral("Interviews")));
    CHECK_FALSE(without.criteria.at(6).evidence.join(QLatin1Char(' ')).contains(secret));

    const ReportModel with = modelOf(review, QStringLiteral("en"), true);
    REQUIRE(with.hasNotes);
    REQUIRE(with.notes.size() == 1);
    CHECK(with.notes.at(0).criterionLabel.startsWith(QStringLiteral("7")));
    REQUIRE(with.notes.at(0).notes.size() == 1);
    CHECK(with.notes.at(0).notes.at(0).label == QStringLiteral("Interviews"));
    CHECK(with.notes.at(0).notes.at(0).value == secret);
}

TEST_CASE("evidence numbers are summarised with the rule's value and suggestion", "[report][model]")
{
    ReviewDocument review = handMadeReview(4);
    const Criterion &caseload = builtIn().criteria().at(0);
    REQUIRE(caseload.rule.inputs.size() == 2);
    review.numbers << EvidenceNumber {caseload.id, caseload.rule.inputs.at(0).key,
                                      QStringLiteral("85")}
                   << EvidenceNumber {caseload.id, caseload.rule.inputs.at(1).key,
                                      QStringLiteral("4")};
    const ReportModel model = modelOf(review, QStringLiteral("fi"));
    // 85 clients over 4 coaches: 21,25 per coach, which the bands rate 4.
    const QString evidence = model.criteria.at(0).evidence.join(QLatin1Char(' '));
    CHECK(evidence.contains(QStringLiteral("21,25")));
    CHECK(evidence.contains(QStringLiteral("\u2192 4")));
}

TEST_CASE("the previous review is the site's latest one before this visit", "[report][model]")
{
    ReviewDocument review = handMadeReview(4);
    const auto summary = [](qint64 id, const QString &site, const QDate &start) {
        ReviewSummary entry;
        entry.id = id;
        entry.uuid = QStringLiteral("uuid-%1").arg(id);
        entry.siteUuid = site;
        entry.visitStart = start;
        return entry;
    };
    const QString site = review.site.uuid;
    QList<ReviewSummary> reviews {
        summary(1, site, QDate(2024, 3, 1)), summary(2, site, QDate(2024, 9, 1)),
        summary(3, QStringLiteral("other"), QDate(2025, 1, 1)), summary(4, site, QDate(2025, 9, 1)),
        summary(5, site, review.review.visitStart)};
    CHECK(ReportSource::previousReview(reviews, review) == 2);
    reviews.removeAt(1);
    CHECK(ReportSource::previousReview(reviews, review) == 1);
    reviews.removeAt(0);
    CHECK_FALSE(ReportSource::previousReview(reviews, review).has_value());
}
