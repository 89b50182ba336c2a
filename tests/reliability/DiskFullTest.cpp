// reliability.md: "Disk full: PRAGMA max_page_count forcing SQLITE_FULL at each write of an
// import: rolled back, clear message, data as before."
#include "ReliabilitySupport.h"

#include "exchange/ReviewFileIo.h"
#include "exchange/ReviewImporter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace laatu;
using namespace laatu::test;

namespace {
// Seeded prose-like text of `length` characters (no compression in SQLite, so any text does).
QString longText(QRandomGenerator &random, int length)
{
    static const QStringList words {QStringLiteral("työhönvalmentaja"),
                                    QStringLiteral("asiakas"),
                                    QStringLiteral("employer"),
                                    QStringLiteral("benefits"),
                                    QStringLiteral("caseload"),
                                    QStringLiteral("integrated"),
                                    QStringLiteral("team"),
                                    QStringLiteral("follow-along")};
    QString text;
    while (text.size() < length)
        text += words.at(random.bounded(static_cast<int>(words.size()))) + QLatin1Char(' ');
    return text.left(length);
}

// A review with a long note for every criterion from two sources (about 300 kB of text).
ReviewDocument largeReview()
{
    ReviewDocument document = demoReviews(1, 1, 5150u).first();
    QRandomGenerator random(5150u);
    document.notes.clear();
    for (const Criterion &criterion : builtIn().criteria()) {
        for (int s = 0; s < 2; ++s)
            document.notes << EvidenceNote {criterion.id, builtIn().sources().at(s).key,
                                            longText(random, 6000)};
    }
    document.normalize();
    return document;
}

int pragmaInt(Database &database, const QString &pragma)
{
    return queryValue(database, QStringLiteral("PRAGMA ") + pragma).toInt();
}

void checkIntact(Database &database, ReviewRepository &repository, const DataSnapshot &before)
{
    CHECK(sameData(before, takeSnapshot(repository)));
    QStringList report;
    const StorageError error = database.check(report);
    INFO(report.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(error);
}

void checkDiskFullMessage(const StorageError &error)
{
    INFO(error.message().toStdString());
    CHECK(error.code() == StorageError::DiskFull);
    CHECK(error.message().contains(QLatin1String("disk is full")));
    CHECK(error.message().contains(QLatin1String("intact")));
}
} // namespace

TEST_CASE("a full disk at every page of an import: rolled back, clear message, data as before",
          "[reliability][diskfull]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 2, 2);
    const ReviewDocument large = largeReview();
    const QString file = dir.filePath(QStringLiteral("large.json"));
    REQUIRE(ReviewFileIo::write(file, large) == QString());

    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {}, error);
    REQUIRE(database);
    ReviewRepository repository(*database);
    const DataSnapshot before = takeSnapshot(repository);
    const int startPages = pragmaInt(*database, QStringLiteral("page_count"));
    REQUIRE(pragmaInt(*database, QStringLiteral("freelist_count")) == 0);

    // Each limit lets the import get one page further before SQLite says SQLITE_FULL.
    int failures = 0;
    bool imported = false;
    for (int limit = startPages; limit < startPages + 1000 && !imported; ++limit) {
        INFO("max_page_count " << limit);
        REQUIRE(pragmaInt(*database, QStringLiteral("max_page_count = %1").arg(limit)) == limit);
        const ReviewImporter::Result result = ReviewImporter::importFiles(repository, {file});
        REQUIRE(result.fileProblems.isEmpty());
        if (!result.databaseError) {
            imported = true;
            break;
        }
        ++failures;
        checkDiskFullMessage(result.databaseError);
        CHECK(result.imported.isEmpty());
        CHECK(pragmaInt(*database, QStringLiteral("page_count")) == startPages);
        checkIntact(*database, repository, before);
    }
    REQUIRE(imported);
    WARN("the import failed with a full disk at " << failures << " page limits (" << startPages
                                                  << " to " << startPages + failures - 1
                                                  << "), each rolled back");
    // The large review needs far more than a handful of pages: many points were tried.
    CHECK(failures > 50);

    // Then it is all there: the earlier reviews and the imported one, exactly.
    qint64 id = 0;
    REQUIRE_FALSE(repository.findReview(large.review.uuid, id));
    ReviewDocument loaded;
    REQUIRE_FALSE(repository.loadReview(id, loaded));
    CHECK(loaded.sameContent(large));
    const DataSnapshot after = takeSnapshot(repository);
    REQUIRE(after.documents.size() == before.documents.size() + 1);
    int kept = 0;
    for (const ReviewDocument &old : before.documents) {
        for (const ReviewDocument &now : after.documents)
            kept += old.sameContent(now) ? 1 : 0;
    }
    CHECK(kept == before.documents.size());
}

TEST_CASE("a full disk during an edit: the note is not saved, the rest as before",
          "[reliability][diskfull]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 2, 2);
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {}, error);
    REQUIRE(database);
    ReviewRepository repository(*database);
    const DataSnapshot before = takeSnapshot(repository);
    const qint64 id = editableReview(repository);
    const QString criterion = builtIn().criteria().last().id;
    const QString source = builtIn().sources().first().key;
    QRandomGenerator random(77u);
    const QString note = longText(random, 20000);

    const int pages = pragmaInt(*database, QStringLiteral("page_count"));
    REQUIRE(pragmaInt(*database, QStringLiteral("freelist_count")) == 0);
    REQUIRE(pragmaInt(*database, QStringLiteral("max_page_count = %1").arg(pages)) == pages);
    const StorageError full = repository.setEvidenceNote(id, criterion, source, note);
    checkDiskFullMessage(full);
    CHECK(full.message().contains(QLatin1String("saving the note")));
    checkIntact(*database, repository, before);

    // With room again the same connection saves the same edit.
    REQUIRE(pragmaInt(*database, QStringLiteral("max_page_count = %1").arg(pages + 100))
            == pages + 100);
    REQUIRE_FALSE(repository.setEvidenceNote(id, criterion, source, note));
    ReviewDocument loaded;
    REQUIRE_FALSE(repository.loadReview(id, loaded));
    bool found = false;
    for (const EvidenceNote &saved : loaded.notes)
        found = found
            || (saved.criterionId == criterion && saved.source == source && saved.text == note);
    CHECK(found);
}
