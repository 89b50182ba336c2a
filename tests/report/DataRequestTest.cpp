// The data request (issue 15, preparation): the letter sent before the site visit names every
// item the catalog asks the service to prepare, under who provides it, every criterion with its
// evidence sources, the figures of the workbook and the visit itself, in fi, sv and en; it is
// written as an ODT that is a real OpenDocument zip and as a PDF that reads back.
#include "../support/QtStringMaker.h"
#include "LibreOffice.h"
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
using laatu::test::convertedPdf;
using laatu::test::convertWithLibreOffice;
using laatu::test::handMadeReview;
using laatu::test::pdfText;
using laatu::test::poppler;
using laatu::test::wordsOf;

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

TEST_CASE("the data request ODT opens in LibreOffice with every criterion, source and item, in "
          "fi, sv and en",
          "[report][data-request][odt]")
{
    // The letter is sent as ODT so the reviewers can add to it before it goes: what they send
    // must be what Laatu wrote, nothing lost in the office suite.
    QTemporaryDir dir;
    QStringList files;
    for (const QString &language : kLanguages) {
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
        files << path;
    }
    convertWithLibreOffice(files, dir.path());
    const Instrument &instrument = builtIn();
    for (qsizetype i = 0; i < kLanguages.size(); ++i) {
        const QString &language = kLanguages.at(i);
        INFO(language.toStdString());
        const std::optional<QString> text = pdfText(convertedPdf(files.at(i)));
        REQUIRE(text);
        const std::string pdf = text->toStdString();
        const auto checkWords = [&pdf](const QString &phrase) {
            for (const QString &word : wordsOf(phrase))
                CHECK_THAT(pdf, Catch::Contains(word.toStdString()));
        };
        for (const Criterion &criterion : instrument.criteria()) {
            INFO("criterion " << criterion.number);
            checkWords(criterion.title.text(language));
            for (const QString &key : criterion.sources)
                checkWords(instrument.source(key)->name.text(language));
            for (const PreparationItem &item : criterion.preparation)
                checkWords(item.text.text(language));
        }
        for (const Provider &provider : instrument.providers())
            checkWords(provider.name.text(language));
        checkWords(handMadeReview().site.name);
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
