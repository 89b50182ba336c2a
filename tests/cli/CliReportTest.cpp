// laatu-cli report and export-csv end to end: exit codes, messages, the files written.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using laatu::test::readAll;
using laatu::test::runCli;
using laatu::test::withDb;

namespace {
struct DemoDatabase
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("demo.db"));
    DemoDatabase()
    {
        const auto demo = runCli(
            withDb(db, {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("2")}));
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
    }
};
} // namespace

TEST_CASE("laatu-cli report writes a PDF in the chosen language", "[cli][report]")
{
    DemoDatabase demo;
    const QString pdf = demo.dir.filePath(QStringLiteral("report.pdf"));
    // Review 2 is the first site's second review: a follow-up with a previous review.
    const auto report
        = runCli(withDb(demo.db,
                        {QStringLiteral("report"), QStringLiteral("2"), QStringLiteral("--out"),
                         pdf, QStringLiteral("--lang"), QStringLiteral("fi")}));
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("pages")));
    CHECK(readAll(pdf).startsWith("%PDF-"));
    CHECK_FALSE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOther));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("SKIPPED: pdftotext is not installed (poppler-utils; scripts/setup installs it)");
        return;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    CHECK(text.contains(QStringLiteral("Asiakasmäärä työhönvalmentajaa kohden")));
    CHECK(text.contains(QStringLiteral("Polku IPS-valmennus")));
    CHECK(text.contains(QStringLiteral("Hämeenlinna")));
}

TEST_CASE("laatu-cli report refuses wrong input with the documented exit codes", "[cli][report]")
{
    DemoDatabase demo;
    const QString pdf = demo.dir.filePath(QStringLiteral("report.pdf"));
    const auto badLanguage
        = runCli(withDb(demo.db,
                        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
                         pdf, QStringLiteral("--lang"), QStringLiteral("de")}));
    CHECK(badLanguage.exitCode == 2);
    CHECK(badLanguage.err.contains(QStringLiteral("--lang")));
    const auto noOut = runCli(withDb(demo.db, {QStringLiteral("report"), QStringLiteral("1")}));
    CHECK(noOut.exitCode == 2);
    const auto missing = runCli(withDb(
        demo.db, {QStringLiteral("report"), QStringLiteral("999"), QStringLiteral("--out"), pdf}));
    CHECK(missing.exitCode == 4);
    CHECK_FALSE(missing.err.isEmpty());
    const auto badFolder
        = runCli(withDb(demo.db,
                        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
                         demo.dir.filePath(QStringLiteral("no/such/folder/report.pdf"))}));
    CHECK(badFolder.exitCode == 3);
    CHECK(badFolder.err.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("laatu-cli export-csv writes one row per review and criterion", "[cli][report]")
{
    DemoDatabase demo;
    const QString csv = demo.dir.filePath(QStringLiteral("history.csv"));
    const auto exported = runCli(withDb(demo.db,
                                        {QStringLiteral("export-csv"), QStringLiteral("--out"), csv,
                                         QStringLiteral("--lang"), QStringLiteral("fi")}));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    // 2 sites with 3 reviews each, 25 criteria, and the header line.
    CHECK(bytes.count("\r\n") == 2 * 3 * 25 + 1);
    CHECK(bytes.mid(3).startsWith("review_uuid;site;"));
    CHECK(
        QString::fromUtf8(bytes).contains(QStringLiteral("Asiakasmäärä työhönvalmentajaa kohden")));

    const auto comma = runCli(withDb(demo.db,
                                     {QStringLiteral("export-csv"), QStringLiteral("--out"), csv,
                                      QStringLiteral("--separator"), QStringLiteral(",")}));
    REQUIRE(comma.exitCode == 0);
    CHECK(readAll(csv).mid(3).startsWith("review_uuid,site,"));

    const auto wrong = runCli(withDb(demo.db,
                                     {QStringLiteral("export-csv"), QStringLiteral("--out"), csv,
                                      QStringLiteral("--separator"), QStringLiteral("|")}));
    CHECK(wrong.exitCode == 2);
}

TEST_CASE("laatu-cli report of a review that is not final marks every page", "[cli][report]")
{
    DemoDatabase demo;
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("SKIPPED: pdftotext is not installed (poppler-utils; scripts/setup installs it)");
        return;
    }
    const auto pageTexts = [&pdftotext](const QString &pdf, int pages) {
        QStringList texts;
        for (int page = 1; page <= pages; ++page) {
            QProcess process;
            process.start(pdftotext,
                          {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                           QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
            REQUIRE(process.waitForFinished(30000));
            texts << QString::fromUtf8(process.readAllStandardOutput());
        }
        return texts;
    };
    // Review 3 is the first site's latest review, still a draft; review 2 is final.
    for (const auto &[id, draft] :
         {std::pair(QStringLiteral("3"), true), std::pair(QStringLiteral("2"), false)}) {
        const QString pdf = demo.dir.filePath(QStringLiteral("report-%1.pdf").arg(id));
        const auto report = runCli(withDb(demo.db,
                                          {QStringLiteral("report"), id, QStringLiteral("--out"),
                                           pdf, QStringLiteral("--lang"), QStringLiteral("en")}));
        INFO(report.err.toStdString());
        REQUIRE(report.exitCode == 0);
        static const QRegularExpression pagesPattern(QStringLiteral("\\((\\d+) pages\\)"));
        const QRegularExpressionMatch match = pagesPattern.match(report.out);
        REQUIRE(match.hasMatch());
        const QStringList texts = pageTexts(pdf, match.captured(1).toInt());
        REQUIRE(texts.size() > 3);
        for (int page = 0; page < texts.size(); ++page) {
            INFO("review " << id.toStdString() << " page " << page + 1);
            CHECK(texts.at(page).contains(QStringLiteral("DRAFT")) == draft);
        }
    }
}

TEST_CASE("laatu-cli report --format odt writes an OpenDocument text; a format it does not know "
          "is a usage error that writes nothing",
          "[cli][report][odt]")
{
    DemoDatabase demo;
    const QString odt = demo.dir.filePath(QStringLiteral("report.data"));
    const auto report
        = runCli(withDb(demo.db,
                        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
                         odt, QStringLiteral("--format"), QStringLiteral("odt")}));
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("OpenDocument")));
    const QByteArray bytes = readAll(odt);
    CHECK(bytes.startsWith("PK"));
    CHECK(bytes.left(100).contains("application/vnd.oasis.opendocument.text"));
    CHECK_FALSE(QFileInfo(odt).permissions().testFlag(QFileDevice::ReadOther));

    // The name's ending chooses when --format is not given.
    const QString named = demo.dir.filePath(QStringLiteral("named.odt"));
    REQUIRE(runCli(withDb(demo.db,
                          {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
                           named}))
                .exitCode
            == 0);
    CHECK(readAll(named).startsWith("PK"));

    const QString doc = demo.dir.filePath(QStringLiteral("report.doc"));
    const auto wrong
        = runCli(withDb(demo.db,
                        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
                         doc, QStringLiteral("--format"), QStringLiteral("doc")}));
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--format must be pdf or odt")));
    CHECK_FALSE(QFileInfo::exists(doc));
}
