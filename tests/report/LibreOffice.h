#pragma once

// LibreOffice headless for the ODT tests: the files Laatu writes as OpenDocument must open in
// the office suite a reviewer edits them in. libreoffice-writer-nogui is installed by
// scripts/setup; a missing soffice fails the test rather than skipping it.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace laatu::test {

// Converts the ODT files to PDF beside them (in `folder`), one process for all of them, with a
// LibreOffice profile of its own in `folder`.
inline void convertWithLibreOffice(const QStringList &files, const QString &folder)
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

// The PDF LibreOffice made of `odt`.
inline QString convertedPdf(const QString &odt)
{
    const QFileInfo info(odt);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
}

// The words of a text as a PDF's text may break them: LibreOffice draws a wrapped table cell's
// lines between those of the cells beside it, so a phrase is looked for word by word; a line
// may end after a hyphen ("TE-|tjänsterna"). A word broken in two (a column too narrow for it)
// is missing.
inline QStringList wordsOf(const QString &text)
{
    static const QRegularExpression wordBreak(QStringLiteral("\\s+|(?<=-)"));
    return text.split(wordBreak, Qt::SkipEmptyParts);
}

} // namespace laatu::test
