// fi, sv and en stay complete: every string in the sources has a finished translation with the
// same %1 and %n markers, and the committed .ts files are in step with the sources.
#include "../support/QtStringMaker.h"
#include "TsFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using laatu::test::TsFile;

namespace {
QString tsPath(const QString &language)
{
    return QStringLiteral(LAATU_SOURCE_DIR "/translations/laatu_%1.ts").arg(language);
}
} // namespace

TEST_CASE("every translation file is complete", "[i18n]")
{
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const TsFile ts = TsFile::read(tsPath(language));
        REQUIRE(ts.readable);
        CHECK(ts.language == language);
        CHECK(ts.keys.size() > 50);
        INFO("unfinished: " << ts.unfinished.mid(0, 5).join(QStringLiteral(" | ")).toStdString());
        CHECK(ts.unfinished.isEmpty());
        INFO("markers lost: "
             << ts.markerFaults.mid(0, 5).join(QStringLiteral(" | ")).toStdString());
        CHECK(ts.markerFaults.isEmpty());
    }
}

TEST_CASE("the translation files hold exactly the strings of the sources", "[i18n]")
{
    // lupdate into a scratch copy: a string added to the code but not to the .ts files would
    // show up there as new, a string removed from the code as gone.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("laatu_fi.ts"));
    REQUIRE(QFile::copy(tsPath(QStringLiteral("fi")), scratch));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(LAATU_SOURCE_DIR));
    lupdate.start(QStringLiteral(LAATU_LUPDATE_PATH),
                  {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("forms"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-ts"), scratch});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(QString::fromUtf8(lupdate.readAllStandardError()).toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    const TsFile committed = TsFile::read(tsPath(QStringLiteral("fi")));
    const TsFile current = TsFile::read(scratch);
    const QSet<QString> added = current.keys - committed.keys;
    const QSet<QString> removed = committed.keys - current.keys;
    INFO("run 'cmake --build build --target update_translations' and translate; new: "
         << QStringList(added.begin(), added.end())
                .mid(0, 5)
                .join(QStringLiteral(" | "))
                .toStdString()
         << " gone: "
         << QStringList(removed.begin(), removed.end())
                .mid(0, 5)
                .join(QStringLiteral(" | "))
                .toStdString());
    CHECK(added.isEmpty());
    CHECK(removed.isEmpty());
}
