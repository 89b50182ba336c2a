// The comparison table as CSV: byte order mark, separators, decimals, quoting, formula guard.
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/ComparisonCsv.h"
#include "analysis/CountyComparison.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace laatu;
using namespace laatu::test;

namespace {
CountyComparison sample()
{
    QList<ComparisonRow> rows;
    ComparisonRow complete;
    complete.reviewId = 1;
    complete.siteName = QStringLiteral("Polku; \"uusi\" IPS");
    complete.municipality = QStringLiteral("Hämeenlinna");
    complete.visitStart = QDate(2025, 9, 2);
    for (const Criterion &criterion : builtIn().criteria())
        complete.consensus.insert(criterion.id, 4);
    complete.consensus.insert(QStringLiteral("caseload"), 3); // total 99, mean 3.96
    ComparisonRow partial;
    partial.reviewId = 2;
    partial.siteName = QStringLiteral("=HYPERLINK(\"x\")");
    partial.visitStart = QDate(2026, 3, 1);
    partial.status = ReviewStatus::Final;
    partial.consensus.insert(QStringLiteral("caseload"), 5);
    rows << complete << partial;
    return CountyComparison::build({}, rows, builtIn(), {});
}

QStringList lines(const QByteArray &csv)
{
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    QStringList result = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(result.constLast().isEmpty()); // every line ends with CRLF
    result.removeLast();
    return result;
}
} // namespace

TEST_CASE("comparison CSV with semicolons and decimal commas", "[analysis][comparison][csv]")
{
    const QStringList rows
        = lines(ComparisonCsv::toCsv(sample(), QLatin1Char(';'), QStringLiteral("en")));
    REQUIRE(rows.size() == 4); // header, two reviews, county mean
    CHECK(rows.at(0).startsWith(QStringLiteral("Site;Municipality;Visit;Kind;Status;1 ")));
    CHECK(rows.at(0).endsWith(QStringLiteral(";Rated;Total;Mean;Level")));
    CHECK(rows.at(1)
          == QStringLiteral("\"Polku; \"\"uusi\"\" IPS\";Hämeenlinna;2025-09-02;external;draft;3;")
              + QStringLiteral("4;").repeated(24) + QStringLiteral("25;99;3,96;fair"));
    CHECK(rows.at(2).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\";;2026-03-01;external;")
                                + QStringLiteral("final;5;")));
    CHECK(rows.at(2).endsWith(QStringLiteral(";1;;;incomplete")));
    CHECK(rows.at(3).startsWith(QStringLiteral("County mean;;;;;4,00;4,00;")));
    // 5 + 25 + 4 columns: 33 separators (the quoted site name holds one more).
    CHECK(rows.at(0).count(QLatin1Char(';')) == 33);
    CHECK(rows.at(1).count(QLatin1Char(';')) == 34);
    CHECK(rows.at(2).count(QLatin1Char(';')) == 33);
    CHECK(rows.at(3).count(QLatin1Char(';')) == 33);
}

TEST_CASE("comparison CSV with commas and decimal points, written safely",
          "[analysis][comparison][csv]")
{
    const QByteArray csv = ComparisonCsv::toCsv(sample(), QLatin1Char(','), QStringLiteral("fi"));
    const QStringList rows = lines(csv);
    CHECK(rows.at(1).endsWith(QStringLiteral(",25,99,3.96,fair")));
    CHECK(rows.at(1).startsWith(QStringLiteral("Polku; \"\"uusi\"\" IPS,")) == false);
    CHECK(rows.at(1).startsWith(QStringLiteral("\"Polku; \"\"uusi\"\" IPS\",")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("compare.csv"));
    REQUIRE(ComparisonCsv::write(path, csv).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == csv);
    CHECK_FALSE(file.permissions().testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(
        ComparisonCsv::write(dir.filePath(QStringLiteral("no/such/dir/x.csv")), csv).isEmpty());
}
