// The appendix "What the figures rest on" (issue 15, part 3): per numeric criterion the two
// figures, typed or computed from the evidence workbook and from how many coaches or records,
// the rule's number and its suggestion; record codes only when chosen; no appendix without a
// figure. Every expected value is worked out by hand from the workbook below.
#include "../support/QtStringMaker.h"
#include "ReportFixture.h"

#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "report/ReportStrings.h"
#include "scoring/EvidenceFigures.h"

#include <QTemporaryDir>

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::handMadeReview;
using laatu::test::pdfText;
using laatu::test::scoreOf;

namespace {
WorkbookRow row(const QString &code, const QMap<QString, QString> &values)
{
    return WorkbookRow {QStringLiteral("uuid-") + code, code, QString(), values};
}

// Two coaches and eight records that give every one of the ten numeric criteria its figures:
//   caseload           clients 18 + 17 = 35 over FTE 1 + 0.8 = 1.8: 19.44 per coach -> 5
//   dedicated-staff    hours 36 + 28.5 = 64.5 of 37.5 + 30 = 67.5: 95.56 % -> 4
//   team-integration   17 + 15 = 32 of 35 clients from the teams: 91.43 % -> 5
//   employer-contacts  12 + 10 = 22 contacts in 2 + 2 = 4 coach-weeks: 5.5 -> 4
//   community-based    14 + 9 = 23 of 20 + 16 = 36 scheduled hours: 63.89 % -> 4
//   rapid-job-search   10+20+30+40+15+25+35+45 = 220 days over 8 records: 27.5 -> 5
//   individual-job-search  7 of 8 matched the preferences: 87.5 % -> 4
//   job-type-diversity     7 types of 8 jobs ("Siivooja " is "siivooja"): 87.5 % -> 5
//   employer-diversity     6 employers of 8 jobs: 75 % -> 4
//   competitive-jobs       7 of 8 competitive: 87.5 % -> 4
Workbook workbook()
{
    Workbook book;
    book.coaches << row(QStringLiteral("VA"),
                        {{QStringLiteral("fte"), QStringLiteral("1")},
                         {QStringLiteral("clients"), QStringLiteral("18")},
                         {QStringLiteral("clients-from-teams"), QStringLiteral("17")},
                         {QStringLiteral("teams"), QStringLiteral("Tiimi A")},
                         {QStringLiteral("working-hours"), QStringLiteral("37.5")},
                         {QStringLiteral("employment-hours"), QStringLiteral("36")},
                         {QStringLiteral("scheduled-hours"), QStringLiteral("20")},
                         {QStringLiteral("community-hours"), QStringLiteral("14")},
                         {QStringLiteral("employer-contacts"), QStringLiteral("12")},
                         {QStringLiteral("sample-weeks"), QStringLiteral("2")}})
                 << row(QStringLiteral("VB"),
                        {{QStringLiteral("fte"), QStringLiteral("0.8")},
                         {QStringLiteral("clients"), QStringLiteral("17")},
                         {QStringLiteral("clients-from-teams"), QStringLiteral("15")},
                         {QStringLiteral("teams"), QStringLiteral("Tiimi B")},
                         {QStringLiteral("working-hours"), QStringLiteral("30")},
                         {QStringLiteral("employment-hours"), QStringLiteral("28.5")},
                         {QStringLiteral("scheduled-hours"), QStringLiteral("16")},
                         {QStringLiteral("community-hours"), QStringLiteral("9")},
                         {QStringLiteral("employer-contacts"), QStringLiteral("10")},
                         {QStringLiteral("sample-weeks"), QStringLiteral("2")}});
    const QList<int> days {10, 20, 30, 40, 15, 25, 35, 45};
    const QStringList jobTypes {QStringLiteral("siivooja"),
                                QStringLiteral("Siivooja "),
                                QStringLiteral("kokki"),
                                QStringLiteral("myyjä"),
                                QStringLiteral("hoitaja"),
                                QStringLiteral("kuljettaja"),
                                QStringLiteral("varastotyöntekijä"),
                                QStringLiteral("toimistotyöntekijä")};
    const QStringList employers {QStringLiteral("Kauppa Oy"),  QStringLiteral("Kauppa Oy"),
                                 QStringLiteral("Kunta"),      QStringLiteral("Kunta"),
                                 QStringLiteral("Hoiva Ry"),   QStringLiteral("Kuljetus Oy"),
                                 QStringLiteral("Varasto Oy"), QStringLiteral("Toimisto Ab")};
    const QDate entry(2025, 1, 6);
    for (int i = 0; i < 8; ++i) {
        const QString yes = QLatin1String(WorkbookValues::kYes);
        const QString no = QLatin1String(WorkbookValues::kNo);
        book.records << row(QStringLiteral("K-10%1").arg(i + 1),
                            {{QStringLiteral("entry-date"), entry.toString(Qt::ISODate)},
                             {QStringLiteral("first-employer-contact"),
                              entry.addDays(days.at(i)).toString(Qt::ISODate)},
                             {QStringLiteral("matches-preferences"), i == 3 ? no : yes},
                             {QStringLiteral("job-type"), jobTypes.at(i)},
                             {QStringLiteral("employer"), employers.at(i)},
                             {QStringLiteral("competitive"), i == 5 ? no : yes}});
    }
    return book;
}

ReviewDocument reviewWithWorkbook()
{
    ReviewDocument review = handMadeReview(4);
    review.workbook = workbook();
    return review;
}

ReportModel modelOf(const ReviewDocument &review, const QString &language, bool recordCodes)
{
    ReportOptions options;
    options.language = language;
    options.includeRecordCodes = recordCodes;
    const ScoreCard score = scoreOf(review);
    return ReportBuilder::build({review, builtIn(), score, nullptr, QDate(2026, 1, 15)}, options);
}

const ReportModel::FigureGroup *groupOf(const ReportModel &model, const QString &criterionId)
{
    const Criterion *criterion = builtIn().criterion(criterionId);
    REQUIRE(criterion);
    const QString label
        = ReportStrings::numbered(criterion->number, criterion->title.text(model.language));
    for (const ReportModel::FigureGroup &group : model.figures)
        if (group.criterionLabel == label)
            return &group;
    return nullptr;
}

struct Expected
{
    QString id;
    QString first;
    QString second;
    QString value;
    int suggestion;
    QString rows; // "2 coaches" or "8 records"
};

// In English; the Finnish test below checks the decimal comma.
const QList<Expected> kExpected {
    {QStringLiteral("caseload"), QStringLiteral("35"), QStringLiteral("1.8"),
     QStringLiteral("19.44"), 5, QStringLiteral("2 coaches")},
    {QStringLiteral("dedicated-staff"), QStringLiteral("64.5"), QStringLiteral("67.5"),
     QStringLiteral("95.56"), 4, QStringLiteral("2 coaches")},
    {QStringLiteral("team-integration"), QStringLiteral("32"), QStringLiteral("35"),
     QStringLiteral("91.43"), 5, QStringLiteral("2 coaches")},
    {QStringLiteral("rapid-job-search"), QStringLiteral("220"), QStringLiteral("8"),
     QStringLiteral("27.5"), 5, QStringLiteral("8 records")},
    {QStringLiteral("individual-job-search"), QStringLiteral("7"), QStringLiteral("8"),
     QStringLiteral("87.5"), 4, QStringLiteral("8 records")},
    {QStringLiteral("employer-contacts"), QStringLiteral("22"), QStringLiteral("4"),
     QStringLiteral("5.5"), 4, QStringLiteral("2 coaches")},
    {QStringLiteral("job-type-diversity"), QStringLiteral("7"), QStringLiteral("8"),
     QStringLiteral("87.5"), 5, QStringLiteral("8 records")},
    {QStringLiteral("employer-diversity"), QStringLiteral("6"), QStringLiteral("8"),
     QStringLiteral("75"), 4, QStringLiteral("8 records")},
    {QStringLiteral("competitive-jobs"), QStringLiteral("7"), QStringLiteral("8"),
     QStringLiteral("87.5"), 4, QStringLiteral("8 records")},
    {QStringLiteral("community-based"), QStringLiteral("23"), QStringLiteral("36"),
     QStringLiteral("63.89"), 4, QStringLiteral("2 coaches")},
};

bool mentionsACode(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("K-10[1-8]")));
}

QString allText(const ReportModel::FigureGroup &group)
{
    QStringList parts {group.criterionLabel, group.quantity, group.value, group.suggestion};
    for (const ReportModel::FigureLine &line : group.inputs)
        parts << line.label << line.value << line.origin << line.recordCodes;
    return parts.join(QLatin1Char(' '));
}
} // namespace

TEST_CASE("EvidenceFigures computes the ten criteria from the workbook", "[report][figures]")
{
    const ReviewDocument review = reviewWithWorkbook();
    for (const Expected &expected : kExpected) {
        INFO(expected.id.toStdString());
        const Criterion *criterion = builtIn().criterion(expected.id);
        REQUIRE(criterion);
        const CriterionFigures figures
            = EvidenceFigures::resolve(builtIn(), *criterion, review, QStringLiteral("en"));
        REQUIRE(figures.inputs.size() == 2);
        CHECK(figures.fromWorkbook());
        CHECK_FALSE(figures.anyTyped());
        CHECK(figures.problems().isEmpty());
        REQUIRE(figures.inputs.at(0).value);
        REQUIRE(figures.inputs.at(1).value);
        CHECK(figures.inputs.at(0).value->toString(2) == expected.first);
        CHECK(figures.inputs.at(1).value->toString(2) == expected.second);
        REQUIRE(figures.value);
        CHECK(figures.value->toString(2) == expected.value);
        CHECK(figures.suggestion == expected.suggestion);
        const bool coaches = expected.rows.endsWith(QLatin1String("coaches"));
        CHECK(figures.coaches == (coaches ? 2 : 0));
        CHECK(figures.records == (coaches ? 0 : 8));
    }
}

TEST_CASE("EvidenceFigures: a contact before entry is a problem, a typed figure wins",
          "[report][figures]")
{
    ReviewDocument review = reviewWithWorkbook();
    const Criterion *rapid = builtIn().criterion(QStringLiteral("rapid-job-search"));
    REQUIRE(rapid);
    review.workbook.records[2].values[QStringLiteral("first-employer-contact")]
        = QStringLiteral("2025-01-01"); // five days before entry
    CriterionFigures figures
        = EvidenceFigures::resolve(builtIn(), *rapid, review, QStringLiteral("en"));
    CHECK_FALSE(figures.inputs.at(0).value);
    CHECK(figures.inputs.at(0).origin == FigureOrigin::Missing);
    REQUIRE(figures.problems().size() == 1);
    CHECK(figures.problems().constFirst().contains(QStringLiteral("K-103")));
    CHECK_FALSE(figures.value);
    // The count of records with both dates needs no order of the dates: still 8.
    CHECK(figures.inputs.at(1).value == ExactNumber::fromInteger(8));

    // Typed, the sum of days wins over the workbook, and its problem is no longer raised.
    review.numbers << EvidenceNumber {rapid->id, rapid->rule.inputs.at(0).key,
                                      QStringLiteral("200")};
    figures = EvidenceFigures::resolve(builtIn(), *rapid, review, QStringLiteral("en"));
    CHECK(figures.inputs.at(0).origin == FigureOrigin::Typed);
    CHECK(figures.anyTyped());
    CHECK(figures.fromWorkbook());
    CHECK(figures.problems().isEmpty());
    REQUIRE(figures.value);
    CHECK(figures.value->toString(2) == QStringLiteral("25")); // 200 / 8
    CHECK(figures.records == 8);
}

TEST_CASE("the appendix gives each criterion's figures computed from the workbook",
          "[report][figures]")
{
    const ReportModel model = modelOf(reviewWithWorkbook(), QStringLiteral("en"), false);
    REQUIRE(model.hasFigures);
    CHECK(model.figuresHeading == QStringLiteral("What the figures rest on"));
    CHECK_FALSE(model.figuresIntro.isEmpty());
    REQUIRE(model.figures.size() == kExpected.size());
    for (const Expected &expected : kExpected) {
        INFO(expected.id.toStdString());
        const ReportModel::FigureGroup *group = groupOf(model, expected.id);
        REQUIRE(group);
        const Criterion *criterion = builtIn().criterion(expected.id);
        CHECK(group->quantity == criterion->rule.quantity.text(QStringLiteral("en")));
        CHECK(group->value == expected.value);
        CHECK(group->suggestion == QStringLiteral("Suggested rating: %1").arg(expected.suggestion));
        REQUIRE(group->inputs.size() == 2);
        CHECK(group->inputs.at(0).label
              == criterion->rule.inputs.at(0).label.text(QStringLiteral("en")));
        CHECK(group->inputs.at(0).value == expected.first);
        CHECK(group->inputs.at(1).value == expected.second);
        for (const ReportModel::FigureLine &line : group->inputs) {
            CHECK(line.origin == QStringLiteral("computed from ") + expected.rows);
            CHECK(line.recordCodes.isEmpty());
        }
        CHECK_FALSE(mentionsACode(allText(*group)));
    }
    // The criteria table says where its figures come from, too.
    const ReportModel::CriterionRow &caseload = model.criteria.at(0);
    CHECK(caseload.evidence.contains(
        QStringLiteral("Clients per full-time coach: 19.44 (35\u202f/\u202f1.8) \u2192 5")));
    CHECK(caseload.evidence.contains(QStringLiteral("Computed from the workbook")));
}

TEST_CASE("the appendix writes decimals as the language does", "[report][figures]")
{
    const ReportModel model = modelOf(reviewWithWorkbook(), QStringLiteral("fi"), false);
    REQUIRE(model.hasFigures);
    const ReportModel::FigureGroup *caseload = groupOf(model, QStringLiteral("caseload"));
    REQUIRE(caseload);
    CHECK(caseload->value == QStringLiteral("19,44"));
    CHECK(caseload->inputs.at(1).value == QStringLiteral("1,8"));
    CHECK(caseload->suggestion.contains(QStringLiteral("5")));
}

TEST_CASE("the appendix names the records only when the options ask for it", "[report][figures]")
{
    ReviewDocument review = reviewWithWorkbook();
    // The sixth record has no first contact yet: the days rest on the seven others.
    review.workbook.records[5].values.remove(QStringLiteral("first-employer-contact"));
    const ReportModel model = modelOf(review, QStringLiteral("en"), true);
    const ReportModel::FigureGroup *rapid = groupOf(model, QStringLiteral("rapid-job-search"));
    REQUIRE(rapid);
    for (const ReportModel::FigureLine &line : rapid->inputs) {
        CHECK(line.origin == QStringLiteral("computed from 7 records"));
        CHECK(line.recordCodes
              == QStringLiteral("Records: K-101, K-102, K-103, K-104, K-105, K-107, K-108"));
    }
    const ReportModel::FigureGroup *jobs = groupOf(model, QStringLiteral("competitive-jobs"));
    REQUIRE(jobs);
    CHECK(jobs->inputs.at(0).recordCodes
          == QStringLiteral("Records: K-101, K-102, K-103, K-104, K-105, K-106, K-107, K-108"));
    // Coaches are counted, never named.
    const ReportModel::FigureGroup *caseload = groupOf(model, QStringLiteral("caseload"));
    REQUIRE(caseload);
    CHECK(caseload->inputs.at(0).recordCodes.isEmpty());
    CHECK_FALSE(allText(*caseload).contains(QStringLiteral("VA")));
}

TEST_CASE("a typed figure shows as typed and wins over the workbook", "[report][figures]")
{
    ReviewDocument review = reviewWithWorkbook();
    const Criterion &caseload = *builtIn().criterion(QStringLiteral("caseload"));
    review.numbers << EvidenceNumber {caseload.id, caseload.rule.inputs.at(0).key,
                                      QStringLiteral("40")};
    const ReportModel model = modelOf(review, QStringLiteral("en"), true);
    const ReportModel::FigureGroup *group = groupOf(model, caseload.id);
    REQUIRE(group);
    CHECK(group->inputs.at(0).value == QStringLiteral("40"));
    CHECK(group->inputs.at(0).origin
          == QStringLiteral("typed by a reviewer (the workbook gives 35)"));
    CHECK(group->inputs.at(0).recordCodes.isEmpty());
    CHECK(group->inputs.at(1).origin == QStringLiteral("computed from 2 coaches"));
    CHECK(group->value == QStringLiteral("22.22")); // 40 / 1.8
    CHECK(group->suggestion == QStringLiteral("Suggested rating: 4"));
    CHECK(model.criteria.at(0).evidence.contains(
        QStringLiteral("Partly typed, partly computed from the workbook")));

    // Typed only, and the same as the workbook's: no second figure to mention.
    ReviewDocument typedOnly = handMadeReview(4);
    typedOnly.numbers << EvidenceNumber {caseload.id, caseload.rule.inputs.at(0).key,
                                         QStringLiteral("85")}
                      << EvidenceNumber {caseload.id, caseload.rule.inputs.at(1).key,
                                         QStringLiteral("4")};
    const ReportModel typedModel = modelOf(typedOnly, QStringLiteral("en"), false);
    REQUIRE(typedModel.figures.size() == 1);
    CHECK(typedModel.figures.at(0).inputs.at(0).origin == QStringLiteral("typed by a reviewer"));
    CHECK(typedModel.figures.at(0).value == QStringLiteral("21.25"));
    CHECK(typedModel.criteria.at(0).evidence.contains(QStringLiteral("Typed by a reviewer")));
}

TEST_CASE("a workbook problem is named, not hidden", "[report][figures]")
{
    ReviewDocument review = handMadeReview(4);
    review.workbook = workbook();
    review.workbook.records[0].values[QStringLiteral("first-employer-contact")]
        = QStringLiteral("2024-12-01");
    const ReportModel model = modelOf(review, QStringLiteral("en"), false);
    const ReportModel::FigureGroup *rapid = groupOf(model, QStringLiteral("rapid-job-search"));
    REQUIRE(rapid);
    CHECK(rapid->inputs.at(0).value == QStringLiteral("\u2013"));
    CHECK(rapid->inputs.at(0).origin
          == QStringLiteral("not computed: a workbook row needs correcting"));
    CHECK(rapid->value == QStringLiteral("\u2013"));
    CHECK(rapid->suggestion == QStringLiteral("No suggestion until both figures are given"));
}

TEST_CASE("a review without a figure has no appendix", "[report][figures]")
{
    const ReviewDocument review = handMadeReview(4);
    REQUIRE(review.workbook.isEmpty());
    REQUIRE(review.numbers.isEmpty());
    const ReportModel model = modelOf(review, QStringLiteral("en"), true);
    CHECK_FALSE(model.hasFigures);
    CHECK(model.figures.isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.pdf"));
    REQUIRE(ReportRenderer::writePdf(model, path).isEmpty());
    const std::optional<QString> text = pdfText(path);
    if (text)
        CHECK_FALSE(text->contains(QStringLiteral("What the figures rest on")));
}

TEST_CASE("the appendix is the PDF's and the ODT's last part, its text whole",
          "[report][figures][pdf]")
{
    const ReportModel model = modelOf(reviewWithWorkbook(), QStringLiteral("en"), false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.pdf"));
    int pages = 0;
    REQUIRE(ReportRenderer::writePdf(model, path, &pages).isEmpty());
    const std::optional<QString> text = pdfText(path, 0, true);
    if (!text)
        return;
    const qsizetype appendix = text->indexOf(model.figuresHeading);
    REQUIRE(appendix >= 0);
    CHECK(appendix > text->lastIndexOf(model.signatureLabel));
    const QString tail = text->mid(appendix);
    for (const ReportModel::FigureGroup &group : model.figures) {
        INFO(group.criterionLabel.toStdString());
        // Each text whole: a word cut off at a cell's edge would not be found.
        for (const ReportModel::FigureLine &line : group.inputs) {
            CHECK(tail.contains(line.label.simplified()));
            CHECK(tail.contains(line.origin));
        }
        CHECK(tail.contains(group.quantity));
        CHECK(tail.contains(group.suggestion));
    }
    CHECK_FALSE(mentionsACode(*text));

    const QString odt = dir.filePath(QStringLiteral("figures.odt"));
    REQUIRE(ReportOdt::write(model, odt).isEmpty());
    // unzip fails on a broken zip; scripts/setup installs it.
    const QString unzipProgram = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    INFO("unzip is missing: apt-get install unzip (scripts/setup does)");
    REQUIRE_FALSE(unzipProgram.isEmpty());
    QProcess unzip;
    unzip.start(unzipProgram, {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(content.contains(model.figuresHeading));
    CHECK(content.contains(QStringLiteral("computed from 8 records")));
}
