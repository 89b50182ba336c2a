// Export -> import -> export gives the same bytes, in memory and through files on disk.
#include "ExchangeFixture.h"

#include "exchange/ReviewFileIo.h"
#include "exchange/ReviewValidator.h"

#include <QFileInfo>

#include <random>

using namespace laatu;
using laatu::test::builtIn;

namespace {

void requireRoundTrip(const ReviewDocument &document)
{
    INFO("review " << document.review.uuid.toStdString());
    CHECK(ReviewValidator::problems(document, builtIn()).isEmpty());
    const QByteArray exported = ReviewFileFormat::toJson(document);
    QStringList errors;
    const auto parsed = ReviewFileFormat::fromJson(exported, errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(parsed);
    CHECK(errors.isEmpty());
    CHECK(parsed->sameContent(document));
    CHECK(ReviewFileFormat::toJson(*parsed) == exported);
}

// A review with the awkward values a hand-written one has: quotes, line breaks, emoji, empty
// optional fields, a finding about the whole service, every action status, a text of exactly
// the longest allowed length, findings in an order that is not sorted.
ReviewDocument awkwardReview()
{
    ReviewDocument document = laatu::test::demoReviews(1, 1, true, 5u).constFirst();
    // A name is one line (TextRules); line breaks and tabs are in the finding below.
    document.site.name = QStringLiteral("\"Polku\" – IPS rivi 2 \\ 😀 Åå");
    document.site.organisation.clear();
    document.site.unit.clear();
    document.site.archived = true;
    document.review.kind = ReviewKind::SelfAssessment;
    document.review.visitEnd = document.review.visitStart; // a one-day visit
    document.notes.first().text = QString(ReviewFileFormat::kMaxTextLength, QLatin1Char('x'));
    document.findings = {
        {QStringLiteral("ffffffff-0000-4000-8000-000000000001"), QString(),
         FindingKind::Recommendation, QStringLiteral("Koko palvelu\t\"lainaus\"\r\n")},
        {QStringLiteral("00000000-0000-4000-8000-000000000002"), builtIn().criteria().at(3).id,
         FindingKind::Strength, QStringLiteral("ß∑ 中文")},
    };
    const ActionStatus statuses[]
        = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped};
    document.actions.clear();
    for (int i = 0; i < 4; ++i)
        document.actions << ActionItem {
            QStringLiteral("0000000%1-1111-4222-8333-444444444444").arg(i),
            QStringLiteral("Tee %1").arg(i), i == 0 ? QString() : QStringLiteral("Vetäjä"),
            i == 1 ? QDate() : QDate(2027, 1, 31).addDays(i), statuses[i]};
    return document;
}

} // namespace

TEST_CASE("review files: export, import and export again give the same bytes", "[exchange]")
{
    struct Table
    {
        const char *name;
        int sites;
        int reviewsPerSite;
        bool withEvidence;
        quint32 seed;
    };
    const Table rows[] = {
        {"demo with evidence", 3, 4, true, 41u}, // includes self-assessments and drafts
        {"demo without evidence", 2, 2, false, 7u},
        {"another seed", 9, 1, true, 20261129u},
    };
    int checked = 0;
    for (const Table &row : rows) {
        INFO(row.name);
        for (const ReviewDocument &document :
             laatu::test::demoReviews(row.sites, row.reviewsPerSite, row.withEvidence, row.seed)) {
            requireRoundTrip(document);
            ++checked;
        }
    }
    CHECK(checked == 12 + 4 + 9);
    requireRoundTrip(awkwardReview());
}

TEST_CASE("review files: the export is canonical whatever order the lists are in", "[exchange]")
{
    const ReviewDocument document = laatu::test::demoReviews(1, 1).constFirst();
    ReviewDocument shuffled = document;
    std::mt19937 random(17u);
    std::shuffle(shuffled.ratings.begin(), shuffled.ratings.end(), random);
    std::shuffle(shuffled.notes.begin(), shuffled.notes.end(), random);
    std::shuffle(shuffled.numbers.begin(), shuffled.numbers.end(), random);
    std::shuffle(shuffled.elements.begin(), shuffled.elements.end(), random);
    REQUIRE(shuffled.ratings != document.ratings);
    CHECK(ReviewFileFormat::toJson(shuffled) == ReviewFileFormat::toJson(document));

    // Findings and actions keep the order the reviewers gave them.
    ReviewDocument reordered = document;
    REQUIRE(reordered.findings.size() >= 2);
    std::swap(reordered.findings[0], reordered.findings[1]);
    const QByteArray json = ReviewFileFormat::toJson(reordered);
    CHECK(json != ReviewFileFormat::toJson(document));
    QStringList errors;
    const auto parsed = ReviewFileFormat::fromJson(json, errors);
    REQUIRE(parsed);
    CHECK(parsed->findings == reordered.findings);
}

TEST_CASE("review files: the file names its format and version", "[exchange]")
{
    const QByteArray json = ReviewFileFormat::toJson(laatu::test::demoReviews(1, 1).constFirst());
    CHECK(laatu::test::valueAt(json, QStringLiteral("format")).toString()
          == QLatin1String(ReviewFileFormat::kFormatName));
    // Version 1 while the review has no workbook, so that every Laatu reading version 1
    // still reads it; version 2 with one.
    CHECK(laatu::test::valueAt(json, QStringLiteral("formatVersion")).toInt() == 1);
    laatu::ReviewDocument withWorkbook = laatu::test::demoReviews(1, 1).constFirst();
    withWorkbook.workbook.coaches << laatu::WorkbookRow {
        QStringLiteral("5d6c0e6e-1d3b-4a53-9b1c-3e0c3b7f2a10"),
        QStringLiteral("Anna"),
        {},
        {{QStringLiteral("fte"), QStringLiteral("0.8")}}};
    CHECK(laatu::test::valueAt(ReviewFileFormat::toJson(withWorkbook),
                               QStringLiteral("formatVersion"))
              .toInt()
          == ReviewFileFormat::kFormatVersion);
    CHECK(laatu::test::valueAt(json, QStringLiteral("catalog/id")).toString() == builtIn().id());
    CHECK(laatu::test::valueAt(json, QStringLiteral("catalog/version")).toString()
          == builtIn().version());
}

TEST_CASE("review files: write then read through the disk round-trips", "[exchange]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<ReviewDocument> documents = laatu::test::demoReviews(2, 2);
    for (const ReviewDocument &document : documents + QList<ReviewDocument> {awkwardReview()}) {
        INFO("review " << document.review.uuid.toStdString());
        const QString path = dir.filePath(document.review.uuid + QStringLiteral(".laatu.json"));
        CHECK(ReviewFileIo::write(path, document).isEmpty());
        CHECK(laatu::test::fileBytes(path) == ReviewFileFormat::toJson(document));
        // Notes may be about practices only, but the file is still private to its owner.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther
            | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        CHECK((QFileInfo(path).permissions() & others).toInt() == 0);
        QStringList errors;
        const auto read = ReviewFileIo::read(path, errors);
        INFO(errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(read);
        CHECK(read->sameContent(document));
    }

    // Writing over an existing file replaces it whole.
    const QString path = dir.filePath(QStringLiteral("same.laatu.json"));
    REQUIRE(ReviewFileIo::write(path, awkwardReview()).isEmpty());
    REQUIRE(ReviewFileIo::write(path, documents.first()).isEmpty());
    CHECK(laatu::test::fileBytes(path) == ReviewFileFormat::toJson(documents.first()));
}

TEST_CASE("review files: writing where it cannot be written says so and leaves nothing",
          "[exchange]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-folder/review.json"));
    const QString message = ReviewFileIo::write(path, laatu::test::demoReviews(1, 1).constFirst());
    CHECK(message.contains(QStringLiteral("no-such-folder")));
    CHECK(message.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFileInfo::exists(path));
}
