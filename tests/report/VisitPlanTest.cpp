// The printed visit plan (issue 15, preparation): the letter with the agenda names the service,
// the visit and the reviewers, then every item under its day (with the day's date), in fi, sv
// and en; as a PDF whose text holds every item and as an ODT that is a real OpenDocument zip.
#include "../support/QtStringMaker.h"
#include "ReportFixture.h"

#include "exchange/VisitPlanTemplate.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "report/VisitPlanBuilder.h"
#include "report/VisitPlanContent.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::handMadeReview;
using laatu::test::pdfText;

namespace {
const QDate kCreatedOn(2026, 1, 15);
const QStringList kLanguages {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};

// The hand-made review (visit 2.3.–3.3.2026) with the built-in plan of `language`, and one
// item of our own on a day the visit does not have.
ReviewDocument plannedReview(const QString &language)
{
    ReviewDocument review = handMadeReview();
    review.review.visitStart = QDate(2026, 3, 2);
    review.review.visitEnd = QDate(2026, 3, 3);
    review.visitPlan = VisitPlanTemplate::instantiate(VisitPlanTemplate::builtIn(language));
    review.visitPlan.items << VisitPlanItem {QStringLiteral("5e0c1d2a-0000-4000-8000-0000000000ff"),
                                             3,
                                             QTime(9, 15),
                                             QTime(),
                                             QStringLiteral("Follow-up call"),
                                             QStringLiteral("Team leader\nand coaches"),
                                             QStringLiteral("By phone")};
    return review;
}

VisitPlanModel letterOf(const QString &language)
{
    return VisitPlanBuilder::build(builtIn(), plannedReview(language), language, kCreatedOn);
}

std::optional<QString> zipEntry(const QString &path, const QString &entry)
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        WARN("SKIPPED: unzip is not installed");
        return std::nullopt;
    }
    QProcess process;
    process.start(unzip, {QStringLiteral("-p"), path, entry});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString xmlUnescaped(QString text)
{
    return text.replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}
} // namespace

TEST_CASE("the visit plan letter holds the visit, the reviewers and every item under its day",
          "[report][visit-plan]")
{
    for (const QString &language : kLanguages) {
        INFO(language.toStdString());
        const VisitPlanModel model = letterOf(language);
        const QString text = VisitPlanContent::document(model)->toPlainText();
        const ReviewDocument review = plannedReview(language);
        CHECK(text.contains(review.site.name));
        for (const Rater &rater : review.raters)
            CHECK(text.contains(rater.name));
        for (const VisitPlanItem &item : review.visitPlan.items) {
            CHECK(text.contains(item.activity));
            CHECK(text.contains(item.place));
        }
        // Days 1 and 2 of the visit, and the third day the visit does not have, named alone.
        REQUIRE(model.days.size() == 3);
        CHECK(model.days.at(0).rows.size() + model.days.at(1).rows.size()
              == review.visitPlan.items.size() - 1);
        CHECK(model.days.at(2).rows.constFirst().time == QStringLiteral("09:15"));
        CHECK(model.days.at(0).rows.constFirst().time == QStringLiteral("08:30\u201309:00"));
    }
    const VisitPlanModel fi = letterOf(QStringLiteral("fi"));
    CHECK(fi.days.at(0).heading.contains(QStringLiteral("2.3.2026")));
    CHECK(fi.days.at(0).heading.contains(QStringLiteral("maanantai")));
    CHECK(fi.days.at(1).heading.contains(QStringLiteral("tiistai 3.3.2026")));
    CHECK_FALSE(fi.days.at(2).heading.contains(QStringLiteral("2026")));
    const VisitPlanModel sv = letterOf(QStringLiteral("sv"));
    CHECK(sv.days.at(1).heading.contains(QStringLiteral("tisdag")));
}

TEST_CASE("a review without a plan gives a letter that says the agenda is coming",
          "[report][visit-plan]")
{
    const VisitPlanModel model
        = VisitPlanBuilder::build(builtIn(), handMadeReview(), QStringLiteral("en"), kCreatedOn);
    CHECK(model.days.isEmpty());
    CHECK_FALSE(model.emptyText.isEmpty());
    CHECK(VisitPlanContent::document(model)->toPlainText().contains(model.emptyText));
}

TEST_CASE("the visit plan PDF holds every item's text, on numbered pages",
          "[report][visit-plan][pdf]")
{
    for (const QString &language : kLanguages) {
        DYNAMIC_SECTION("language " << language.toStdString())
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("plan.pdf"));
            const VisitPlanModel model = letterOf(language);
            int pages = 0;
            const QString problem
                = ReportRenderer::writePdf(VisitPlanContent::paged(model), path, &pages);
            INFO(problem.toStdString());
            REQUIRE(problem.isEmpty());
            CHECK(pages >= 1);
            CHECK(pages <= 3);
            CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
            const std::optional<QString> text = pdfText(path);
            if (!text)
                return;
            CHECK(text->contains(model.title));
            CHECK(text->contains(QStringLiteral("%1 / %1").arg(pages)));
            for (const VisitPlanModel::Day &day : model.days) {
                CHECK(text->contains(day.heading));
                for (const VisitPlanModel::Row &row : day.rows) {
                    INFO(row.activity.toStdString());
                    CHECK(text->contains(row.time));
                    CHECK(text->contains(row.activity.simplified()));
                    CHECK(text->contains(row.participants.simplified()));
                    CHECK(text->contains(row.place.simplified()));
                }
            }
        }
    }
}

TEST_CASE("the visit plan ODT is an OpenDocument zip holding every item",
          "[report][visit-plan][odt]")
{
    QTemporaryDir dir;
    for (const QString &language : kLanguages) {
        INFO(language.toStdString());
        const QString path = dir.filePath(QStringLiteral("plan-%1.odt").arg(language));
        const VisitPlanModel model = letterOf(language);
        const QString problem = ReportOdt::write(VisitPlanContent::paged(model), path);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("PK\x03\x04"));
        CHECK(bytes.left(100).contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        const std::optional<QString> content = zipEntry(path, QStringLiteral("content.xml"));
        if (!content)
            return;
        const QString xml = xmlUnescaped(*content);
        for (const VisitPlanModel::Day &day : model.days) {
            CHECK(xml.contains(day.heading));
            for (const VisitPlanModel::Row &row : day.rows)
                CHECK(xml.contains(row.activity));
        }
    }
}

TEST_CASE("the built-in visit plan templates hold the same agenda in fi, sv and en",
          "[report][visit-plan][template]")
{
    QList<VisitPlan> plans;
    for (const QString &language : kLanguages) {
        QStringList errors;
        const std::optional<VisitPlan> plan
            = VisitPlanTemplate::fromFile(VisitPlanTemplate::builtInPath(language), errors);
        INFO(language.toStdString() << ": " << errors.join(u'\n').toStdString());
        REQUIRE(plan);
        CHECK(plan->dayCount() == 2);
        plans << *plan;
    }
    // Same days and times in every language: only the words differ.
    for (const VisitPlan &plan : plans) {
        REQUIRE(plan.items.size() == plans.constFirst().items.size());
        for (int i = 0; i < plan.items.size(); ++i) {
            CHECK(plan.items.at(i).day == plans.constFirst().items.at(i).day);
            CHECK(plan.items.at(i).start == plans.constFirst().items.at(i).start);
            CHECK(plan.items.at(i).end == plans.constFirst().items.at(i).end);
        }
    }
}

TEST_CASE("a visit plan template file that is not one is refused with what is wrong",
          "[report][visit-plan][template]")
{
    const QByteArray head = R"({"format": "laatu-visit-plan-template", "formatVersion": 1, )";
    const struct
    {
        const char *name;
        QByteArray json;
        const char *expected;
    } cases[] = {
        {"not JSON", "{", "not valid JSON"},
        {"another format", R"({"format": "laatu-review", "items": []})",
         "not a visit plan template"},
        {"a later version", R"({"format": "laatu-visit-plan-template", "formatVersion": 2})",
         "\"formatVersion\" must be 1"},
        {"no items", head + R"("items": []})", "the template has no items"},
        {"a time that is not one",
         head + R"("items": [{"day": 1, "start": "8.30", "activity": "x"}]})",
         "\"start\" must be a time as HH:MM"},
        {"end before start",
         head + R"("items": [{"day": 1, "start": "10:00", "end": "09:00", "activity": "x"}]})",
         "is not after the start time"},
        {"half a day", head + R"("items": [{"day": 1.5, "start": "10:00", "activity": "x"}]})",
         "\"day\" must be a whole number"},
        {"a UUID in a template",
         head + R"("items": [{"uuid": "x", "day": 1, "start": "10:00", "activity": "x"}]})",
         "unknown member \"uuid\""},
        {"no activity", head + R"("items": [{"day": 1, "start": "10:00"}]})",
         "\"activity\" must be a text"},
        {"a place on two lines",
         head + R"("items": [{"day": 1, "start": "10:00", "activity": "x", "place": "a\nb"}]})",
         "place"},
    };
    for (const auto &entry : cases) {
        INFO(entry.name);
        QStringList errors;
        CHECK_FALSE(VisitPlanTemplate::fromJson(entry.json, errors));
        INFO(errors.join(u'\n').toStdString());
        REQUIRE(errors.size() >= 1);
        CHECK(errors.join(u'\n').contains(QString::fromUtf8(entry.expected)));
    }
}
