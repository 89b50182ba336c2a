// Text that could rewrite a terminal or fake a row (issue 12, items 3 and 7), end to end: names
// holding escape sequences, bell, carriage return, tab, line feed, NUL, C1 controls and bidi
// overrides, written into the database behind Laatu's back as an older version or a hand edit
// could have left them; every text output must stay safe. Review files bringing such names are
// refused, naming the field, and a file that would change a site needs --accept-site-changes.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using laatu::test::readAll;
using laatu::test::runCli;
using laatu::test::withDb;

namespace {

// The hostile texts, each a different way to break a line-based or terminal output.
QStringList hostileTexts()
{
    return {QStringLiteral("Polku\x1b[2J\x1b[31mPUNAINEN"),
            QStringLiteral("Kello\aSoi"),
            QStringLiteral("Rivi\rYli"),
            QStringLiteral("Sarake\tVale\tkenttä"),
            QStringLiteral("Kaksi\nriviä\t9\tx"),
            QStringLiteral("Nolla") + QChar(0) + QStringLiteral("tavu"),
            QStringLiteral("C1") + QChar(0x9b) + QStringLiteral("31m"),
            QStringLiteral("Käänteinen") + QChar(0x202e) + QStringLiteral("txt.exe"),
            QStringLiteral("Eristys") + QChar(0x2066) + QStringLiteral("x") + QChar(0x2069)};
}

// What no line of output may hold: controls other than the line feed and the tab Laatu
// itself writes, C1 controls, bidi embeddings, overrides and isolates, line separators.
bool unsafe(const QString &output)
{
    for (const QChar c : output) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || (u >= 0x7f && u <= 0x9f)
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028
            || u == 0x2029)
            return true;
    }
    return false;
}

// Writes `text` into every name of the database and into a finding and an action, as a hand
// edit would (Laatu itself refuses them now).
void poison(const QString &db, const QString &text)
{
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        sql.setDatabaseName(db);
        REQUIRE(sql.open());
        QSqlQuery query(sql);
        for (const char *statement :
             {"UPDATE site SET name = :t || id, unit = :t, municipality = :t, county = :t",
              "UPDATE rater SET name = :t || id", "UPDATE finding SET text = :t",
              "UPDATE action_item SET what = :t, who = :t"}) {
            REQUIRE(query.prepare(QString::fromLatin1(statement)));
            query.bindValue(QStringLiteral(":t"), text);
            INFO(statement << ": " << query.lastError().text().toStdString());
            REQUIRE(query.exec());
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

TEST_CASE("every text output stays safe whatever the names in the database hold", "[cli][text]")
{
    QTemporaryDir dir;
    const QString clean = dir.filePath(QStringLiteral("clean.db"));
    REQUIRE(runCli(withDb(clean,
                          {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("2"),
                           QStringLiteral("--reviews-per-site"), QStringLiteral("2")}))
                .exitCode
            == 0);
    int outputs = 0;
    for (const QString &text : hostileTexts()) {
        INFO("hostile text "
             << QString::fromLatin1(QJsonDocument(QJsonArray {text}).toJson()).toStdString());
        const QString db = dir.filePath(QStringLiteral("hostile.db"));
        QFile::remove(db);
        REQUIRE(QFile::copy(clean, db));
        poison(db, text);

        const auto list = runCli(withDb(db, {QStringLiteral("list")}));
        REQUIRE(list.exitCode == 0);
        CHECK_FALSE(unsafe(list.out));
        const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
        CHECK(lines.size() == 4); // one row per review, however the names try to add some
        for (const QString &line : lines)
            CHECK(line.split(QLatin1Char('\t')).size() == 8);
        ++outputs;

        for (int id = 1; id <= 4; ++id) {
            const auto show = runCli(withDb(db, {QStringLiteral("show"), QString::number(id)}));
            REQUIRE(show.exitCode == 0);
            CHECK_FALSE(unsafe(show.out));
            ++outputs;
        }
        const auto sites
            = QJsonDocument::fromJson(
                  runCli(withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}))
                      .out.toUtf8())
                  .array();
        REQUIRE(sites.size() == 4);
        const auto showJson = runCli(
            withDb(db, {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}));
        REQUIRE(showJson.exitCode == 0);
        const QString siteUuid = QJsonDocument::fromJson(showJson.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("review"))
                                     .toObject()
                                     .value(QStringLiteral("site"))
                                     .toObject()
                                     .value(QStringLiteral("uuid"))
                                     .toString();
        const auto history = runCli(withDb(db, {QStringLiteral("history"), siteUuid}));
        REQUIRE(history.exitCode == 0);
        CHECK_FALSE(unsafe(history.out));
        const QStringList historyRows = history.out.split(QLatin1Char('\n'));
        CHECK(historyRows.filter(QRegularExpression(QStringLiteral("^\\d+\\t"))).size() == 2);
        ++outputs;

        const auto compare
            = runCli(withDb(db, {QStringLiteral("compare"), QStringLiteral("--all")}));
        CHECK_FALSE(unsafe(compare.out + compare.err));
        ++outputs;

        const QString csvPath = dir.filePath(QStringLiteral("all.csv"));
        const auto csv
            = runCli(withDb(db, {QStringLiteral("export-csv"), QStringLiteral("--out"), csvPath}));
        REQUIRE(csv.exitCode == 0);
        const QString csvText = QString::fromUtf8(readAll(csvPath));
        CHECK_FALSE(unsafe(QString(csvText).remove(QLatin1Char('\r'))));
        ++outputs;

        const QString jsonPath = dir.filePath(QStringLiteral("review.json"));
        QFile::remove(jsonPath);
        // A review file is checked before it is written: a name no laptop may import is
        // refused here, with the field named, and nothing is written.
        const auto exported = runCli(withDb(
            db,
            {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), jsonPath}));
        CHECK(exported.exitCode != 0);
        CHECK(exported.err.contains(QStringLiteral("\"name\"")));
        CHECK_FALSE(unsafe(exported.err));
        CHECK_FALSE(QFile::exists(jsonPath));
        ++outputs;
    }
    CHECK(outputs == 9 * hostileTexts().size());
}

TEST_CASE("import refuses names with control characters and a silent site change, exit 3",
          "[cli][text][site]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("laatu.db"));
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("2"),
                           QStringLiteral("--reviews-per-site"), QStringLiteral("1")}))
                .exitCode
            == 0);
    const QString file = dir.filePath(QStringLiteral("review.json"));
    // Review 1 is the first site's only review, a draft: its site may change when accepted.
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                           file}))
                .exitCode
            == 0);
    QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    REQUIRE(root.value(QStringLiteral("review")).toObject().value(QStringLiteral("status"))
            == QStringLiteral("draft"));
    const QByteArray before = readAll(db);
    for (const QString &text : hostileTexts()) {
        QJsonObject site = root.value(QStringLiteral("site")).toObject();
        site.insert(QStringLiteral("county"), text);
        QJsonObject hostile = root;
        hostile.insert(QStringLiteral("site"), site);
        const QString path = dir.filePath(QStringLiteral("hostile.json"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(hostile).toJson());
        out.close();
        const auto result = runCli(withDb(db, {QStringLiteral("import"), path}));
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(QStringLiteral("site: \"county\" holds")));
        CHECK_FALSE(unsafe(result.err));
        CHECK(readAll(db) == before);
    }

    QJsonObject site = root.value(QStringLiteral("site")).toObject();
    site.insert(QStringLiteral("name"), QStringLiteral("Uusi nimi"));
    root.insert(QStringLiteral("site"), site);
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const auto refused = runCli(withDb(db, {QStringLiteral("import"), file}));
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("\"Uusi nimi\"")));
    CHECK(refused.err.contains(QStringLiteral("--accept-site-changes")));
    CHECK(readAll(db) == before);
    const auto accepted = runCli(
        withDb(db, {QStringLiteral("import"), QStringLiteral("--accept-site-changes"), file}));
    INFO(accepted.err.toStdString());
    CHECK(accepted.exitCode == 0);
    CHECK(accepted.out.contains(QStringLiteral("site change:")));
    CHECK(runCli(withDb(db, {QStringLiteral("list")})).out.contains(QStringLiteral("Uusi nimi")));
}
