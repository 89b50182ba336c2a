// laatu-cli data-request end to end: the letter as PDF and ODT, and the documented exit codes
// for a wrong file name, an unknown review and a file that cannot be written.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using laatu::test::CliResult;
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
        const auto demo
            = runCli(withDb(db,
                            {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("2"),
                             QStringLiteral("--reviews-per-site"), QStringLiteral("1")}));
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
    }
    CliResult request(const QString &id, const QString &out, const QStringList &more = {}) const
    {
        return runCli(withDb(
            db,
            QStringList {QStringLiteral("data-request"), id, QStringLiteral("--out"), out} + more));
    }
};
} // namespace

TEST_CASE("laatu-cli data-request writes the letter as PDF and ODT", "[cli][data-request]")
{
    DemoDatabase demo;
    const QString pdf = demo.dir.filePath(QStringLiteral("request.pdf"));
    const CliResult written
        = demo.request(QStringLiteral("1"), pdf, {QStringLiteral("--lang"), QStringLiteral("fi")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("pages")));
    CHECK(readAll(pdf).startsWith("%PDF-"));
    CHECK_FALSE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOther));

    const QString odt = demo.dir.filePath(QStringLiteral("request.odt"));
    const CliResult editable = demo.request(QStringLiteral("1"), odt);
    INFO(editable.err.toStdString());
    REQUIRE(editable.exitCode == 0);
    CHECK(editable.out.contains(QStringLiteral("OpenDocument")));
    CHECK(readAll(odt).startsWith("PK\x03\x04"));
    CHECK_FALSE(QFileInfo(odt).permissions().testFlag(QFileDevice::ReadOther));

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
    // The built-in catalog's providers and a criterion, in Finnish.
    CHECK(text.contains(QStringLiteral("Palvelun esihenkilö")));
    CHECK(text.contains(QStringLiteral("Työhönvalmentajat")));
    CHECK(text.contains(QStringLiteral("Asiakasmäärä työhönvalmentajaa kohden")));
}

TEST_CASE("laatu-cli data-request refuses wrong input with the documented exit codes",
          "[cli][data-request]")
{
    DemoDatabase demo;
    const QString pdf = demo.dir.filePath(QStringLiteral("request.pdf"));
    const CliResult wrongEnding
        = demo.request(QStringLiteral("1"), demo.dir.filePath(QStringLiteral("request.docx")));
    CHECK(wrongEnding.exitCode == 2);
    CHECK(wrongEnding.err.contains(QStringLiteral(".pdf or .odt")));
    const CliResult badLanguage
        = demo.request(QStringLiteral("1"), pdf, {QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(badLanguage.exitCode == 2);
    CHECK(badLanguage.err.contains(QStringLiteral("--lang")));
    const CliResult noOut
        = runCli(withDb(demo.db, {QStringLiteral("data-request"), QStringLiteral("1")}));
    CHECK(noOut.exitCode == 2);
    const CliResult unknown = demo.request(QStringLiteral("999"), pdf);
    CHECK(unknown.exitCode == 4);
    CHECK_FALSE(unknown.err.isEmpty());
    for (const QString &name : {QStringLiteral("request.pdf"), QStringLiteral("request.odt")}) {
        INFO(name.toStdString());
        const QString out = demo.dir.filePath(QStringLiteral("no/such/folder/") + name);
        const CliResult unwritable = demo.request(QStringLiteral("1"), out);
        CHECK(unwritable.exitCode == 3);
        CHECK(unwritable.err.contains(QStringLiteral("cannot be written")));
        CHECK_FALSE(QFile::exists(out));
    }
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("laatu-cli data-request never writes through a symbolic link", "[cli][data-request]")
{
    DemoDatabase demo;
    const QString target = demo.dir.filePath(QStringLiteral("precious.txt"));
    for (const QString &name : {QStringLiteral("out.pdf"), QStringLiteral("out.odt")}) {
        INFO(name.toStdString());
        {
            QFile file(target);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("keep me");
        }
        const QString link = demo.dir.filePath(name);
        REQUIRE(QFile::link(target, link));
        const CliResult result = demo.request(QStringLiteral("1"), link);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(QStringLiteral("symbolic link")));
        CHECK(readAll(target) == QByteArray("keep me"));
        CHECK(QFileInfo(link).isSymLink());
    }
}
