// The report as an editable OpenDocument text (issue 15, section 3): LibreOffice opens it
// headless and converts it to PDF, in which every criterion title of the chosen language is
// found; the chart travels as a picture; a draft says so; the file is private.
#include "../support/QtStringMaker.h"
#include "ReportFixture.h"

#include "report/ReportOdt.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::handMadeReview;
using laatu::test::modelOf;
using laatu::test::pdfText;

namespace {
const QRegularExpression kWordBreak(QStringLiteral("\\s+|(?<=-)"));

// Converts the ODT files to PDF with LibreOffice (libreoffice-writer-nogui, which scripts/setup
// installs): one process for all of them, with a profile of its own in `folder`.
void convertWithLibreOffice(const QStringList &files, const QString &folder)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    INFO("soffice is missing: apt-get install libreoffice-writer-nogui (scripts/setup does)");
    REQUIRE_FALSE(soffice.isEmpty());
    QProcess process;
    process.start(soffice,
                  QStringList {QStringLiteral("-env:UserInstallation=file://")
                                   + QDir(folder).filePath(QStringLiteral("profile")),
                               QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                               QStringLiteral("pdf"), QStringLiteral("--outdir"), folder}
                      + files);
    REQUIRE(process.waitForFinished(180000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
}

QString pdfOf(const QString &odt)
{
    const QFileInfo info(odt);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
}
} // namespace

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
        const std::optional<QString> text = pdfText(pdfOf(files.at(i)));
        REQUIRE(text);
        // Word by word: LibreOffice draws a wrapped table cell's lines between those of the
        // cells beside it, but a word broken in two (a column too narrow for it) is missing. A line
        // may end after a hyphen ("TE-|tjänsterna").
        for (const Criterion &criterion : builtIn().criteria())
            for (const QString &word :
                 criterion.title.text(languages.at(i)).split(kWordBreak, Qt::SkipEmptyParts))
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
    const std::optional<QString> text = pdfText(pdfOf(path));
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
