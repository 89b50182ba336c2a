// laatu-cli plan end to end: a draft's plan started from the built-in template or an own
// template file (a broken one refused, the database unchanged), shown in show --json, written
// as a PDF whose text holds every item and as an ODT; final reviews refuse a new plan.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    QString draft;
    QString final;
    DemoDatabase()
    {
        const auto demo
            = runCli(withDb(db,
                            {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("1"),
                             QStringLiteral("--reviews-per-site"), QStringLiteral("3")}));
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        const CliResult list = runCli(withDb(db, {QStringLiteral("list")}));
        for (const QString &line : list.out.split(u'\n')) {
            const QStringList cells = line.split(u'\t');
            if (cells.size() > 5 && cells.at(5) == QLatin1String("draft"))
                draft = cells.at(0);
            if (cells.size() > 5 && cells.at(5) == QLatin1String("final"))
                final = cells.at(0);
        }
        REQUIRE_FALSE(draft.isEmpty());
        REQUIRE_FALSE(final.isEmpty());
    }
    CliResult plan(const QStringList &arguments) const
    {
        return runCli(withDb(db, QStringList {QStringLiteral("plan")} + arguments));
    }
    QJsonArray items(const QString &id) const
    {
        const CliResult show
            = runCli(withDb(db, {QStringLiteral("show"), id, QStringLiteral("--json")}));
        REQUIRE(show.exitCode == 0);
        return QJsonDocument::fromJson(show.out.toUtf8())
            .object()
            .value(QStringLiteral("review"))
            .toObject()
            .value(QStringLiteral("visitPlan"))
            .toObject()
            .value(QStringLiteral("items"))
            .toArray();
    }
};

std::optional<QString> pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        WARN("SKIPPED: pdftotext is not installed");
        return std::nullopt;
    }
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                   QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}
} // namespace

TEST_CASE("laatu-cli plan starts a draft's plan from the template and writes it as a letter",
          "[cli][plan]")
{
    DemoDatabase demo;
    CHECK(demo.items(demo.draft).isEmpty());
    const CliResult started = demo.plan({demo.draft, QStringLiteral("--from-template"),
                                         QStringLiteral("--lang"), QStringLiteral("sv")});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    CHECK(started.out.contains(QStringLiteral("over 2 days")));
    const QJsonArray items = demo.items(demo.draft);
    REQUIRE(items.size() >= 10);
    CHECK(items.at(0).toObject().value(QStringLiteral("start")).toString()
          == QStringLiteral("08:30"));

    // A plan already there is kept unless --replace says otherwise.
    const CliResult again = demo.plan({demo.draft, QStringLiteral("--from-template")});
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("--replace")));
    CHECK(demo.items(demo.draft) == items);

    const QString pdf = demo.dir.filePath(QStringLiteral("plan.pdf"));
    const CliResult written = demo.plan(
        {demo.draft, QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("sv")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("pages")));
    CHECK(readAll(pdf).startsWith("%PDF-"));
    CHECK_FALSE(QFileInfo(pdf).permissions().testFlag(QFileDevice::ReadOther));
    if (const std::optional<QString> text = pdfText(pdf)) {
        for (const QJsonValue &item : items) {
            const QJsonObject object = item.toObject();
            for (const char *key : {"activity", "participants", "place"})
                CHECK(text->contains(object.value(QLatin1String(key)).toString().simplified()));
        }
    }
    const QString odt = demo.dir.filePath(QStringLiteral("plan.odt"));
    const CliResult editable = demo.plan({demo.draft, QStringLiteral("--out"), odt});
    REQUIRE(editable.exitCode == 0);
    CHECK(editable.out.contains(QStringLiteral("OpenDocument")));
    CHECK(readAll(odt).startsWith("PK\x03\x04"));
}

TEST_CASE("laatu-cli plan: own templates checked, final reviews and wrong usage refused",
          "[cli][plan]")
{
    DemoDatabase demo;
    const QString own = demo.dir.filePath(QStringLiteral("own.json"));
    {
        QFile file(own);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "laatu-visit-plan-template", "formatVersion": 1,
            "items": [{"day": 1, "start": "09:00", "end": "10:00", "activity": "Esittely",
                       "participants": "Tiimi", "place": "Sali"},
                      {"day": 2, "start": "13:00", "activity": "Palaute"}]})");
    }
    const CliResult started = demo.plan(
        {demo.draft, QStringLiteral("--from-template"), QStringLiteral("--template"), own});
    INFO(started.err.toStdString());
    REQUIRE(started.exitCode == 0);
    const QJsonArray items = demo.items(demo.draft);
    REQUIRE(items.size() == 2);
    CHECK(items.at(1).toObject().value(QStringLiteral("end")).toString() == QString());

    const QString broken = demo.dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "laatu-visit-plan-template", "formatVersion": 1,
            "items": [{"day": 1, "start": "10:00", "end": "09:00", "activity": "x"}]})");
    }
    const QByteArray before = readAll(demo.db);
    const CliResult refused
        = demo.plan({demo.draft, QStringLiteral("--from-template"), QStringLiteral("--replace"),
                     QStringLiteral("--template"), broken});
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("item 1: the end time 09:00 is not after")));
    CHECK(demo.items(demo.draft) == items);
    CHECK(readAll(demo.db) == before);

    const CliResult locked = demo.plan({demo.final, QStringLiteral("--from-template")});
    CHECK(locked.exitCode != 0);
    CHECK(locked.err.contains(QStringLiteral("final")));
    CHECK(demo.items(demo.final).isEmpty());

    CHECK(demo.plan({demo.draft}).exitCode == 2);
    CHECK(demo.plan({demo.draft, QStringLiteral("--out"), QStringLiteral("plan.txt")}).exitCode
          == 2);
    CHECK(demo.plan({demo.draft, QStringLiteral("--out"), QStringLiteral("p.pdf"),
                     QStringLiteral("--template"), own})
              .exitCode
          == 2);
    CHECK(demo.plan({demo.draft, QStringLiteral("--out"), QStringLiteral("p.pdf"),
                     QStringLiteral("--lang"), QStringLiteral("de")})
              .exitCode
          == 2);
    CHECK(demo.plan({QStringLiteral("999"), QStringLiteral("--out"),
                     demo.dir.filePath(QStringLiteral("x.pdf"))})
              .exitCode
          != 0);
}
