// Importing review files: added, unchanged, replaced, refused, and all-or-nothing.
#include "ExchangeFixture.h"

#include "exchange/ReviewFileIo.h"

using namespace laatu;
using laatu::test::ExchangeFixture;

namespace {

QString exportFile(ExchangeFixture &fixture, const QString &name, const ReviewDocument &document)
{
    const QString path = fixture.dir.filePath(name);
    const QString error = ReviewFileIo::write(path, document);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return path;
}

void requireImported(const ReviewImporter::Result &result, int count)
{
    INFO(result.fileProblems.join(QLatin1Char('\n')).toStdString()
         << "\n"
         << result.databaseError.message().toStdString());
    REQUIRE(result.fileProblems.isEmpty());
    REQUIRE_FALSE(result.databaseError);
    REQUIRE(result.imported.size() == count);
}

// A real edit: one consensus rating moved by one point, a finding added, an action dropped.
ReviewDocument modified(ReviewDocument document)
{
    for (RatingEntry &entry : document.ratings) {
        if (entry.raterUuid.isEmpty()) {
            entry.value = entry.value == 5 ? 4 : entry.value + 1;
            break;
        }
    }
    document.findings << Finding {QStringLiteral("5e1f0c2a-7d3b-4e8f-9a10-b2c3d4e5f601"), QString(),
                                  FindingKind::Strength, QStringLiteral("Uusi havainto")};
    document.actions.removeLast();
    return document;
}

} // namespace

TEST_CASE("import: a new review is added, and the same file again changes nothing", "[exchange]")
{
    ExchangeFixture fixture;
    const int before = static_cast<int>(fixture.list().size());
    const ReviewDocument document = laatu::test::demoReviews(1, 1, true, 99u).constFirst();
    const QString path = exportFile(fixture, QStringLiteral("new.json"), document);

    const ReviewImporter::Result first = fixture.import({path});
    requireImported(first, 1);
    CHECK(first.imported.at(0).outcome == ReviewImporter::Outcome::Added);
    CHECK(first.imported.at(0).reviewUuid == document.review.uuid);
    CHECK(first.imported.at(0).path == path);
    CHECK(fixture.list().size() == before + 1);
    const ReviewDocument stored = fixture.load(document.review.uuid);
    CHECK(stored.sameContent(document));
    // What the database now holds exports to the very bytes that were imported.
    CHECK(ReviewFileFormat::toJson(stored) == laatu::test::fileBytes(path));

    const ExchangeFixture::Snapshot snapshot = fixture.snapshot();
    const ReviewImporter::Result second = fixture.import({path});
    requireImported(second, 1);
    CHECK(second.imported.at(0).outcome == ReviewImporter::Outcome::Unchanged);
    fixture.requireUnchanged(snapshot);
}

TEST_CASE("import: every review exported from a database imports into it unchanged", "[exchange]")
{
    ExchangeFixture fixture(laatu::test::demoReviews(3, 3));
    QStringList paths;
    for (const ReviewSummary &summary : fixture.list())
        paths << exportFile(fixture, summary.uuid + QStringLiteral(".json"),
                            fixture.load(summary.uuid));
    REQUIRE(paths.size() == 9);
    const ExchangeFixture::Snapshot snapshot = fixture.snapshot();
    const ReviewImporter::Result result = fixture.import(paths);
    requireImported(result, 9);
    for (const ReviewImporter::FileResult &file : result.imported)
        CHECK(file.outcome == ReviewImporter::Outcome::Unchanged);
    fixture.requireUnchanged(snapshot);
}

TEST_CASE("import: an export moved to a fresh database arrives whole", "[exchange]")
{
    ExchangeFixture source(laatu::test::demoReviews(2, 2));
    ExchangeFixture target(QList<ReviewDocument> {});
    QStringList paths;
    for (const ReviewSummary &summary : source.list())
        paths << exportFile(source, summary.uuid + QStringLiteral(".json"),
                            source.load(summary.uuid));
    requireImported(target.import(paths), 4);
    const ExchangeFixture::Snapshot from = source.snapshot();
    const ExchangeFixture::Snapshot to = target.snapshot();
    REQUIRE(to.documents.size() == from.documents.size());
    for (int i = 0; i < from.documents.size(); ++i)
        CHECK(to.documents.at(i).sameContent(from.documents.at(i)));
}

TEST_CASE("import: a modified file replaces the draft it came from", "[exchange]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const ReviewDocument draft = laatu::test::firstWithStatus(initial, ReviewStatus::Draft);
    const ReviewDocument changed = modified(draft);
    REQUIRE_FALSE(changed.sameContent(draft));
    const ExchangeFixture::Snapshot before = fixture.snapshot();

    const ReviewImporter::Result result
        = fixture.import({exportFile(fixture, QStringLiteral("changed.json"), changed)});
    requireImported(result, 1);
    CHECK(result.imported.at(0).outcome == ReviewImporter::Outcome::Replaced);
    CHECK(result.imported.at(0).reviewUuid == draft.review.uuid);
    CHECK(fixture.load(draft.review.uuid).sameContent(changed));

    // Only that review changed.
    const ExchangeFixture::Snapshot after = fixture.snapshot();
    REQUIRE(after.documents.size() == before.documents.size());
    for (int i = 0; i < before.documents.size(); ++i) {
        const bool target = before.documents.at(i).review.uuid == draft.review.uuid;
        CHECK(after.documents.at(i).sameContent(before.documents.at(i)) == !target);
    }
}

TEST_CASE("import: a final review in the database refuses replacement", "[exchange]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const ReviewDocument locked = laatu::test::firstWithStatus(initial, ReviewStatus::Final);
    const QString changedPath
        = exportFile(fixture, QStringLiteral("changed.json"), modified(locked));
    const ExchangeFixture::Snapshot before = fixture.snapshot();

    const ReviewImporter::Result refused = fixture.import({changedPath});
    CHECK(refused.fileProblems.isEmpty());
    CHECK(refused.imported.isEmpty());
    CHECK(refused.databaseError.code() == StorageError::ReviewLocked);
    CHECK(refused.databaseError.message().contains(locked.review.uuid));
    CHECK(refused.databaseError.message().contains(QStringLiteral("reopen")));
    fixture.requireUnchanged(before);

    // The same content as stored is not a replacement, so it is fine.
    const ReviewImporter::Result same
        = fixture.import({exportFile(fixture, QStringLiteral("same.json"), locked)});
    requireImported(same, 1);
    CHECK(same.imported.at(0).outcome == ReviewImporter::Outcome::Unchanged);
    fixture.requireUnchanged(before);
}

TEST_CASE("import: a reopened review can be replaced, and the replacement is in the audit log",
          "[exchange][audit]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const ReviewDocument locked = laatu::test::firstWithStatus(initial, ReviewStatus::Final);
    qint64 id = 0;
    REQUIRE_FALSE(fixture.repository->findReview(locked.review.uuid, id));
    REQUIRE_FALSE(fixture.repository->reopen(id, QStringLiteral("Korjataan arvio")));
    QStringList auditBefore;
    REQUIRE_FALSE(fixture.repository->auditLog(id, auditBefore));
    REQUIRE(auditBefore.size() == 1);

    ReviewDocument changed = modified(locked);
    changed.review.status = ReviewStatus::Consensus;
    const ReviewImporter::Result result
        = fixture.import({exportFile(fixture, QStringLiteral("changed.json"), changed)});
    requireImported(result, 1);
    CHECK(result.imported.at(0).outcome == ReviewImporter::Outcome::Replaced);
    CHECK(fixture.load(locked.review.uuid).sameContent(changed));
    // reliability.md rule 8: every change after a reopen is written to the audit log in the
    // same transaction as the change; an import that replaces the review is such a change.
    QStringList auditAfter;
    REQUIRE_FALSE(fixture.repository->auditLog(id, auditAfter));
    INFO(auditAfter.join(QLatin1Char('\n')).toStdString());
    CHECK(auditAfter.size() > auditBefore.size());
}

TEST_CASE("import: several files where one is broken import none of them", "[exchange]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const ReviewDocument fresh = laatu::test::demoReviews(1, 1, true, 77u).constFirst();
    const QString freshPath = exportFile(fixture, QStringLiteral("a-new.json"), fresh);
    const QString changedPath
        = exportFile(fixture, QStringLiteral("b-changed.json"),
                     modified(laatu::test::firstWithStatus(initial, ReviewStatus::Draft)));
    const QString brokenPath = fixture.writeFile(
        QStringLiteral("c-broken.json"),
        laatu::test::edited(ReviewFileFormat::toJson(fresh), QStringLiteral("review/kind"),
                            QJsonValue(QStringLiteral("peer"))));
    const ExchangeFixture::Snapshot before = fixture.snapshot();

    for (const QStringList &paths : {QStringList {freshPath, changedPath, brokenPath},
                                     QStringList {brokenPath, freshPath, changedPath}}) {
        const ReviewImporter::Result result = fixture.import(paths);
        CHECK(result.imported.isEmpty());
        CHECK_FALSE(result.databaseError);
        REQUIRE(result.fileProblems.size() == 1);
        CHECK(result.fileProblems.at(0).startsWith(brokenPath));
        CHECK(result.fileProblems.at(0).contains(QStringLiteral("peer")));
        fixture.requireUnchanged(before);
    }

    // Every broken file is named, not just the first.
    const QString missingPath = fixture.dir.filePath(QStringLiteral("missing.json"));
    const ReviewImporter::Result two = fixture.import({brokenPath, freshPath, missingPath});
    CHECK(two.imported.isEmpty());
    REQUIRE(two.fileProblems.size() == 2);
    CHECK(two.fileProblems.at(0).startsWith(brokenPath));
    CHECK(two.fileProblems.at(1).startsWith(missingPath));
    fixture.requireUnchanged(before);
}

TEST_CASE("import: files refused by the database in one import leave the others out too",
          "[exchange][transaction]")
{
    // reliability.md: "one transaction to import". A new review followed by a replacement the
    // database refuses (a final review) must not leave the new review half-imported.
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const QString freshPath = exportFile(fixture, QStringLiteral("a-new.json"),
                                         laatu::test::demoReviews(1, 1, true, 77u).constFirst());
    const QString lockedPath
        = exportFile(fixture, QStringLiteral("b-final-changed.json"),
                     modified(laatu::test::firstWithStatus(initial, ReviewStatus::Final)));
    const ExchangeFixture::Snapshot before = fixture.snapshot();

    const ReviewImporter::Result result = fixture.import({freshPath, lockedPath});
    CHECK(result.databaseError.code() == StorageError::ReviewLocked);
    CHECK(result.fileProblems.isEmpty());
    CHECK(result.imported.isEmpty());
    fixture.requireUnchanged(before);
}

namespace {

// Some values survive JSON but not the database as they are. Refusing such a file is a fine
// answer if it changes nothing; accepting it must store exactly what the file says, or the
// next import of the same file "replaces" the review again.
void requireRefusedOrStoredExactly(const char *path, const QJsonValue &value, const char *field)
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews();
    ExchangeFixture fixture(initial);
    const QByteArray valid
        = ReviewFileFormat::toJson(laatu::test::firstWithStatus(initial, ReviewStatus::Draft));
    const QString file = fixture.writeFile(QStringLiteral("odd.json"),
                                           laatu::test::edited(valid, QLatin1String(path), value));
    const ExchangeFixture::Snapshot before = fixture.snapshot();
    const ReviewImporter::Result first = fixture.import({file});
    if (!first.fileProblems.isEmpty()) {
        CHECK(first.fileProblems.size() == 1);
        CHECK(first.fileProblems.at(0).contains(QLatin1String(field)));
        fixture.requireUnchanged(before);
        return;
    }
    REQUIRE(first.imported.size() == 1);
    QStringList errors;
    const auto document = ReviewFileFormat::fromJson(laatu::test::fileBytes(file), errors);
    REQUIRE(document);
    CHECK(fixture.load(document->review.uuid).sameContent(*document));
    // "merging the same file twice changes nothing"
    const ReviewImporter::Result second = fixture.import({file});
    REQUIRE(second.imported.size() == 1);
    CHECK(second.imported.at(0).outcome == ReviewImporter::Outcome::Unchanged);
}

} // namespace

TEST_CASE("import: a text that is not valid Unicode is refused or stored exactly",
          "[exchange][unicode]")
{
    // JSON allows "\ud800" (half of a surrogate pair) and QString keeps it, but it has no
    // UTF-8 form, so the database cannot store it as it is.
    requireRefusedOrStoredExactly("findings/0/text", QStringLiteral("Hyv\u00e4 ") + QChar(0xd800),
                                  "text");
}

TEST_CASE("import: a time with fractions of a second is refused or stored exactly",
          "[exchange][time]")
{
    // ReviewHeader keeps whole seconds; a file may still say "09:30:00.500Z".
    requireRefusedOrStoredExactly("review/updatedAt", QStringLiteral("2026-05-04T09:30:00.500Z"),
                                  "updatedAt");
}
