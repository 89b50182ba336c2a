// The report as an editable OpenDocument text (issue 15, section 3): LibreOffice opens it
// headless and converts it to PDF, in which every criterion title of the chosen language is
// found; the chart travels as a picture; a draft says so; the file is private.
#include "../support/QtStringMaker.h"
#include "LibreOffice.h"
#include "ReportFixture.h"

#include "report/ReportOdt.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::convertedPdf;
using laatu::test::convertWithLibreOffice;
using laatu::test::handMadeReview;
using laatu::test::modelOf;
using laatu::test::pdfText;
using laatu::test::wordsOf;

TEST_CASE("the ODT report opens in LibreOffice with every criterion title, in fi, sv and en",
          "[report][odt]")
{
    QTemporaryDir dir;
    const QStringList languages {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
    QStringList files;
    for (const QString &language : languages) {
        const QString path = dir.filePath(QStringLiteral("report-%1.odt").arg(language));
        const ReportModel model = modelOf(handMadeReview(), language, true);
        REQUIRE(ReportOdt::write(model, path).isEmpty());
        CHECK_FALSE(QFileInfo(path).permissions()
                    & (QFileDevice::ReadGroup | QFileDevice::ReadOther));
        files << path;
    }
    // The chart is in the file as a picture, not left out (QTextDocumentWriter skips objects it
    // does not know).
    QFile first(files.constFirst());
    REQUIRE(first.open(QIODevice::ReadOnly));
    CHECK(first.readAll().contains("Pictures/"));
    convertWithLibreOffice(files, dir.path());
    for (qsizetype i = 0; i < languages.size(); ++i) {
        INFO(languages.at(i).toStdString());
        const std::optional<QString> text = pdfText(convertedPdf(files.at(i)));
        REQUIRE(text);
        // Word by word (wordsOf): a word broken in two is a column too narrow for it.
        for (const Criterion &criterion : builtIn().criteria())
            for (const QString &word : wordsOf(criterion.title.text(languages.at(i))))
                CHECK_THAT(text->toStdString(), Catch::Contains(word.toStdString()));
        CHECK_FALSE(text->contains(QStringLiteral("Konsensu s")));
        CHECK(text->contains(QStringLiteral("Testi IPS-valmennus")));
        CHECK(text->contains(QStringLiteral("Anna Arvioija")));
    }
}

TEST_CASE("an ODT report of a review that is not final says it is a draft", "[report][odt]")
{
    QTemporaryDir dir;
    ReviewDocument draft = handMadeReview();
    draft.review.status = ReviewStatus::Consensus;
    const ReportModel model = modelOf(draft, QStringLiteral("fi"));
    REQUIRE_FALSE(model.draftMark.isEmpty());
    const QString path = dir.filePath(QStringLiteral("draft.odt"));
    REQUIRE(ReportOdt::write(model, path).isEmpty());
    convertWithLibreOffice({path}, dir.path());
    const std::optional<QString> text = pdfText(convertedPdf(path));
    REQUIRE(text);
    CHECK(text->startsWith(model.draftMark));
}

TEST_CASE("an ODT report that cannot be written says why and leaves nothing", "[report][odt]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/report.odt"));
    const QString problem = ReportOdt::write(modelOf(handMadeReview(), QStringLiteral("en")), path);
    CHECK(problem.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
}
