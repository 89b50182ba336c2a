// The data request (issue 15, preparation): the letter sent before the site visit names every
// item the catalog asks the service to prepare, under who provides it, every criterion with its
// evidence sources, the figures of the workbook and the visit itself, in fi, sv and en; it is
// written as an ODT that is a real OpenDocument zip and as a PDF that reads back.
#include "../support/QtStringMaker.h"
#include "ReportFixture.h"

#include "report/DataRequestBuilder.h"
#include "report/DataRequestContent.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "report/ReportStrings.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::handMadeReview;
using laatu::test::pdfText;
using laatu::test::poppler;

namespace {
const QDate kCreatedOn(2026, 1, 15);
const QStringList kLanguages {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};

DataRequestModel letterOf(const Instrument &instrument, const QString &language)
{
    return DataRequestBuilder::build(instrument, handMadeReview(), language, kCreatedOn);
}

QString plainText(const DataRequestModel &model)
{
    return DataRequestContent::document(model)->toPlainText();
}

// What every letter holds whatever the catalog: each criterion's number and title and the
// name of each of its evidence sources, the site and the visit.
void checkCriteriaAndVisit(const Instrument &instrument, const QString &language,
                           const QString &text)
{
    for (const Criterion &criterion : instrument.criteria()) {
        INFO(language.toStdString() << " criterion " << criterion.number);
        CHECK(text.contains(
            ReportStrings::numbered(criterion.number, criterion.title.text(language))));
        for (const QString &key : criterion.sources) {
            const EvidenceSource *source = instrument.source(key);
            REQUIRE(source);
            CHECK(text.contains(source->name.text(language)));
        }
    }
    const ReviewDocument review = handMadeReview();
    CHECK(text.contains(review.site.name));
    CHECK(text.contains(review.site.municipality));
    CHECK(text.contains(review.site.county));
    for (const Rater &rater : review.raters)
        CHECK(text.contains(rater.name));
}

// The text of `entry` in the zip at `path`, read with unzip (which fails on a broken zip);
// nullopt, with a warning, when unzip is not installed.
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
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
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

TEST_CASE("the data request names every item, provider, criterion and source, in fi, sv and en",
          "[report][data-request]")
{
    const Instrument &instrument = builtIn();
    for (const QString &language : kLanguages) {
        INFO(language.toStdString());
        const DataRequestModel model = letterOf(instrument, language);
        const QString text = plainText(model);
        int items = 0;
        for (const Criterion &criterion : instrument.criteria()) {
            // The built-in catalog asks for something for every criterion.
            CHECK_FALSE(criterion.preparation.isEmpty());
            for (const PreparationItem &item : criterion.preparation) {
                INFO("criterion " << criterion.number);
                CHECK(text.contains(item.text.text(language)));
                REQUIRE(instrument.provider(item.provider));
                CHECK(text.contains(instrument.provider(item.provider)->name.text(language)));
                ++items;
            }
        }
        // Each item once, under its provider, with the criterion it serves.
        int listed = 0;
        for (const DataRequestModel::ProviderGroup &group : model.providers)
            listed += static_cast<int>(group.items.size());
        CHECK(listed == items);
        CHECK(model.providers.size() == instrument.providers().size());
        checkCriteriaAndVisit(instrument, language, text);
        for (const WorkbookField &field : instrument.workbookFields())
            CHECK(text.contains(field.label.text(language)));
        CHECK(text.contains(model.pseudonymNote));
        CHECK_FALSE(model.pseudonymNote.isEmpty());
    }
}

TEST_CASE("the data request writes the visit dates as the language does", "[report][data-request]")
{
    // The hand-made review's visit is 4 and 5 March 2025.
    CHECK(plainText(letterOf(builtIn(), QStringLiteral("fi")))
              .contains(QStringLiteral("4.3.2025 \u2013 5.3.2025")));
    CHECK(plainText(letterOf(builtIn(), QStringLiteral("sv")))
              .contains(QStringLiteral("4.3.2025 \u2013 5.3.2025")));
    CHECK(plainText(letterOf(builtIn(), QStringLiteral("en")))
              .contains(QStringLiteral("4 March 2025 \u2013 5 March 2025")));
}

TEST_CASE("a provider with nothing to provide is left out of the data request",
          "[report][data-request]")
{
    const Instrument &shipped = builtIn();
    VisitDeclarations visit {shipped.providers(), shipped.workbookFields()};
    const Provider idle {QStringLiteral("idle"),
                         LocalizedText({{QStringLiteral("en"), QStringLiteral("Nobody at all")}})};
    visit.providers.prepend(idle);
    const Instrument instrument(
        {shipped.id(), shipped.version(), shipped.name(), shipped.description(),
         shipped.languages(), shipped.ratingMin(), shipped.ratingMax()},
        shipped.sources(), shipped.sections(), shipped.criteria(), shipped.levels(), visit);
    const DataRequestModel model = letterOf(instrument, QStringLiteral("en"));
    CHECK_FALSE(plainText(model).contains(QStringLiteral("Nobody at all")));
    // The others keep the catalog's order.
    REQUIRE(model.providers.size() == shipped.providers().size());
    for (qsizetype i = 0; i < model.providers.size(); ++i)
        CHECK(model.providers.at(i).name
              == shipped.providers().at(i).name.text(QStringLiteral("en")));
}

TEST_CASE("a catalog without providers or preparation still gives a letter",
          "[report][data-request]")
{
    const CatalogReader::Result result = CatalogReader::readFile(
        QStringLiteral(LAATU_TEST_DATA_DIR "/catalogs/three-item-example.json"));
    INFO(result.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(result.ok());
    const Instrument &instrument = *result.instrument;
    REQUIRE(instrument.providers().isEmpty());
    for (const QString &language : kLanguages) {
        INFO(language.toStdString());
        const DataRequestModel model = letterOf(instrument, language);
        const QString text = plainText(model);
        CHECK(model.providers.isEmpty());
        CHECK(text.contains(model.noItemsText));
        checkCriteriaAndVisit(instrument, language, text);
        // No workbook: the figures are those of the numeric rules.
        for (const Criterion &criterion : instrument.criteria())
            for (const EvidenceInput &input : criterion.rule.inputs)
                CHECK(text.contains(input.label.text(language)));
    }
    QTemporaryDir dir;
    int pages = 0;
    const QString path = dir.filePath(QStringLiteral("small.pdf"));
    REQUIRE(ReportRenderer::writePdf(
                DataRequestContent::paged(letterOf(instrument, QStringLiteral("fi"))), path, &pages)
                .isEmpty());
    CHECK(pages >= 1);
}

TEST_CASE("the data request ODT is an OpenDocument zip holding every criterion title",
          "[report][data-request][odt]")
{
    QTemporaryDir dir;
    for (const QString &language : kLanguages) {
        INFO(language.toStdString());
        const QString path = dir.filePath(QStringLiteral("request-%1.odt").arg(language));
        const QString problem
            = ReportOdt::write(DataRequestContent::paged(letterOf(builtIn(), language)), path);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        CHECK_FALSE(QFileInfo(path).permissions()
                    & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // An OpenDocument package: a zip whose first entry names the type, uncompressed.
        CHECK(bytes.startsWith("PK\x03\x04"));
        CHECK(bytes.left(100).contains("mimetypeapplication/vnd.oasis.opendocument.text"));
        const std::optional<QString> content = zipEntry(path, QStringLiteral("content.xml"));
        if (!content)
            return;
        const QString xml = xmlUnescaped(*content);
        for (const Criterion &criterion : builtIn().criteria())
            CHECK(xml.contains(criterion.title.text(language)));
        CHECK(xml.contains(handMadeReview().site.name));
    }
}

TEST_CASE("the data request ODT that cannot be written says why and leaves nothing",
          "[report][data-request][odt]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/request.odt"));
    const QString problem = ReportOdt::write(
        DataRequestContent::paged(letterOf(builtIn(), QStringLiteral("en"))), path);
    CHECK(problem.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("the data request PDF reads back with its providers on numbered pages",
          "[report][data-request][pdf]")
{
    for (const QString &language : kLanguages) {
        DYNAMIC_SECTION("language " << language.toStdString())
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("request.pdf"));
            const DataRequestModel model = letterOf(builtIn(), language);
            int pages = 0;
            const QString problem
                = ReportRenderer::writePdf(DataRequestContent::paged(model), path, &pages);
            INFO(problem.toStdString());
            REQUIRE(problem.isEmpty());
            CHECK(pages > 0);
            CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
            const std::optional<QString> info = poppler(QStringLiteral("pdfinfo"), {path});
            if (!info)
                return;
            CHECK(info->contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))));
            CHECK(info->contains(model.title));
            const std::optional<QString> text = pdfText(path);
            REQUIRE(text);
            for (const DataRequestModel::ProviderGroup &group : model.providers)
                CHECK(text->contains(group.name));
            CHECK(text->contains(model.title));
            CHECK(text->contains(QStringLiteral("%1 / %1").arg(pages)));
            // Every criterion reaches the page (the evidence table is not cut off).
            for (const Criterion &criterion : builtIn().criteria())
                CHECK(text->contains(criterion.title.text(language)));
        }
    }
}
