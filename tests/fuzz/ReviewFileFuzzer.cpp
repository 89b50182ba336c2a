// Fuzzes the review file path end to end: ReviewFileFormat::fromJson, ReviewValidator against
// the built-in catalog, and ReviewImporter into one temporary database per process. The checks
// are the rules of reliability.md for files that cross laptops; any breach aborts.
#include "ReviewFileFuzzer.h"

#include "exchange/ReviewFileFormat.h"
#include "exchange/ReviewImporter.h"
#include "exchange/ReviewValidator.h"
#include "instrument/CatalogReader.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace laatu::fuzz {

namespace {

struct Harness
{
    std::unique_ptr<QCoreApplication> app; // QtSql loads its driver through the application
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<ReviewRepository> repository;
    std::unique_ptr<Instrument> instrument;
    QString filePath;
    QStringList tables;
    Stats stats;
    bool lastAccepted = false; // added, or imported unchanged
    std::string label = "(no label)";
    QByteArray input;
};

[[noreturn]] void violation(Harness &h, const QString &what)
{
    const QString saved = QDir::temp().filePath(QStringLiteral("laatu-fuzz-violation.json"));
    QFile file(saved);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(h.input);
    std::fprintf(stderr, "laatu fuzz: rule broken on input %s (%lld bytes, saved to %s):\n  %s\n",
                 h.label.c_str(), static_cast<long long>(h.input.size()), qUtf8Printable(saved),
                 qUtf8Printable(what));
    std::abort();
}

Harness &harness()
{
    static Harness h = [] {
        Harness made;
        static int argc = 1;
        static char name[] = "laatu_fuzz";
        static char *argv[] = {name, nullptr};
        if (!QCoreApplication::instance())
            made.app = std::make_unique<QCoreApplication>(argc, argv);
        made.dir = std::make_unique<QTemporaryDir>();
        StorageError error;
        made.database = made.dir->isValid()
            ? Database::open(made.dir->filePath(QStringLiteral("fuzz.db")), {}, error)
            : nullptr;
        CatalogReader::Result builtIn = CatalogReader::readBuiltIn();
        if (!made.database || !builtIn.ok()) {
            std::fprintf(stderr, "laatu fuzz: no database or catalog: %s %s\n",
                         qUtf8Printable(error.message()),
                         qUtf8Printable(builtIn.errors.join(QLatin1Char('\n'))));
            std::abort();
        }
        made.repository = std::make_unique<ReviewRepository>(*made.database);
        made.instrument = std::make_unique<Instrument>(*builtIn.instrument);
        made.filePath = made.dir->filePath(QStringLiteral("input.json"));
        QSqlQuery query(made.database->sql());
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (query.next())
            made.tables << query.value(0).toString();
        return made;
    }();
    return h;
}

// Cheap enough for every input: the review list (with each review's consensus sum, status and
// dates) and the row count of every table.
QString fingerprint(Harness &h)
{
    QList<ReviewSummary> reviews;
    if (const StorageError error = h.repository->listReviews(reviews))
        violation(h, QStringLiteral("the review list cannot be read: ") + error.message());
    QStringList parts;
    for (const ReviewSummary &r : reviews)
        parts << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(r.id)
                     .arg(r.uuid, r.siteUuid, r.siteName, r.visitStart.toString(Qt::ISODate),
                          toKey(r.kind), toKey(r.status))
                     .arg(r.consensusTotal)
                     .arg(r.consensusRated);
    QSqlQuery query(h.database->sql());
    for (const QString &table : h.tables) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !query.next())
            violation(h, QStringLiteral("cannot count ") + table);
        parts << table + QLatin1Char('=') + query.value(0).toString();
    }
    return parts.join(QLatin1Char('\n'));
}

// A valid file exports to canonical bytes that read back to the same review.
void checkRoundTrip(Harness &h, const ReviewDocument &document)
{
    const QByteArray canonical = ReviewFileFormat::toJson(document);
    QStringList errors;
    const auto again = ReviewFileFormat::fromJson(canonical, errors);
    if (!again)
        violation(h,
                  QStringLiteral("the export of an accepted file is refused: ")
                      + errors.join(QStringLiteral("; ")));
    if (!again->sameContent(document))
        violation(h, QStringLiteral("the export of an accepted file reads back differently"));
    if (ReviewFileFormat::toJson(*again) != canonical)
        violation(h, QStringLiteral("export -> import -> export changes the bytes"));
}

} // namespace

const Stats &stats()
{
    return harness().stats;
}

void setInputLabel(const char *label)
{
    harness().label = label;
}

bool lastInputAccepted()
{
    return harness().lastAccepted;
}

const std::vector<std::string> &mutationTokens()
{
    // Tokens that make mutated JSON stay JSON often enough to reach the validator and the
    // database.
    static const std::vector<std::string> tokens {"null",
                                                  "true",
                                                  "false",
                                                  "0",
                                                  "-1",
                                                  "6",
                                                  "4.5",
                                                  "1e999",
                                                  "-0",
                                                  "2147483648",
                                                  "\"\"",
                                                  "\"4\"",
                                                  "{}",
                                                  "[]",
                                                  "\"final\"",
                                                  "\"draft\"",
                                                  "\"caseload\"",
                                                  "\"gossip\"",
                                                  "\"2026-02-30\"",
                                                  "\"1999-12-31\"",
                                                  "\"2026-05-04T09:30:00Z\"",
                                                  "\"2026-05-04T09:30:00.5Z\"",
                                                  "\"\\u0000\"",
                                                  "\"\\ud800\"",
                                                  "\"\\u00e4\"",
                                                  "\"laatu-review\"",
                                                  "2",
                                                  "1",
                                                  "\"00000000-0000-0000-0000-000000000000\"",
                                                  "\"a\"",
                                                  ",",
                                                  ":",
                                                  "\"",
                                                  "{",
                                                  "}",
                                                  "[",
                                                  "]"};
    return tokens;
}

std::string summary()
{
    const Stats &s = harness().stats;
    return QStringLiteral("%1 parsed, %2 valid; %3 added, %4 replaced, %5 unchanged; refused: %6 "
                          "file, %7 final review")
        .arg(s.parsed)
        .arg(s.validatorClean)
        .arg(s.added)
        .arg(s.replaced)
        .arg(s.unchanged)
        .arg(s.refusedFile)
        .arg(s.refusedDatabase)
        .toStdString();
}

std::string missedPaths()
{
    const Stats &s = harness().stats;
    if (s.refusedFile == 0 || s.parsed <= s.validatorClean || s.added + s.replaced == 0)
        return "the mutations did not reach both the refusal and the import path";
    return {};
}

} // namespace laatu::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace laatu;
    using namespace laatu::fuzz;
    Harness &h = harness();
    h.input = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ++h.stats.inputs;
    h.lastAccepted = false;

    QStringList errors;
    const std::optional<ReviewDocument> document = ReviewFileFormat::fromJson(h.input, errors);
    QStringList problems;
    if (document) {
        ++h.stats.parsed;
        if (!errors.isEmpty())
            violation(h, QStringLiteral("a document and errors at once: ") + errors.join(u';'));
        // Against the catalog the file names, as the import does: the built-in one or an
        // earlier shipped version of it; any other is checked against the built-in one.
        StorageError unknown;
        const Instrument *named = h.repository->catalog(document->review.catalogId,
                                                        document->review.catalogVersion, unknown);
        problems = ReviewValidator::problems(*document, named ? *named : *h.instrument);
        h.stats.validatorClean += problems.isEmpty() ? 1 : 0;
        // Only for valid reviews: with duplicate keys (which the validator refuses) the
        // canonical order of ratings, notes, numbers and elements is not defined.
        if (problems.isEmpty())
            checkRoundTrip(h, *document);
    } else if (errors.isEmpty()) {
        violation(h, QStringLiteral("refused without a message"));
    }

    QFile file(h.filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(h.input) != h.input.size())
        violation(h, QStringLiteral("cannot write the input file: ") + file.errorString());
    file.close();

    const QString before = fingerprint(h);
    // The user agrees to site changes, so a valid file is refused only for what the database
    // holds (ReviewImporter::Result::conflicts) and the writing path is reached.
    ReviewImporter::Options options;
    options.acceptSiteChanges = true;
    const ReviewImporter::Result result
        = ReviewImporter::importFiles(*h.repository, {h.filePath}, options);
    const bool refused = !result.fileProblems.isEmpty() || result.databaseError;
    if (refused) {
        h.stats.refusedFile += result.fileProblems.isEmpty() ? 0 : 1;
        h.stats.refusedDatabase += result.databaseError ? 1 : 0;
        if (!result.imported.isEmpty())
            violation(h, QStringLiteral("refused, yet reported as imported"));
        if (fingerprint(h) != before)
            violation(h,
                      QStringLiteral("a refused file changed the database: ")
                          + result.fileProblems.join(u';') + result.databaseError.message());
        // Everything about the file is checked before writing; the database itself may only
        // refuse to replace a final review.
        if (result.databaseError && result.databaseError.code() != StorageError::ReviewLocked)
            violation(h,
                      QStringLiteral("a validated file was refused by the database: ")
                          + result.databaseError.message());
        // A one-rater file is valid, yet refused by the importer: it is merged, not imported.
        QStringList unexplained = result.fileProblems;
        for (const QString &conflict : result.conflicts)
            unexplained.removeAll(conflict);
        if (document && problems.isEmpty() && !unexplained.isEmpty()
            && document->onlyRaterUuid.isEmpty())
            violation(h,
                      QStringLiteral("the importer refused what the validator accepts: ")
                          + result.fileProblems.join(u';'));
        return 0;
    }
    if (!document)
        violation(h, QStringLiteral("imported a file that ReviewFileFormat refuses"));
    if (!document->onlyRaterUuid.isEmpty())
        violation(h, QStringLiteral("imported a one-rater file, which replaces the whole review"));
    if (!problems.isEmpty())
        violation(h, QStringLiteral("imported a file with problems: ") + problems.join(u';'));
    if (result.imported.size() != 1)
        violation(h, QStringLiteral("one file, but not one import result"));
    switch (result.imported.constFirst().outcome) {
    case ReviewImporter::Outcome::Added:
        ++h.stats.added;
        h.lastAccepted = true;
        break;
    case ReviewImporter::Outcome::Replaced:
        ++h.stats.replaced;
        break;
    case ReviewImporter::Outcome::Unchanged:
        ++h.stats.unchanged;
        h.lastAccepted = true;
        if (fingerprint(h) != before)
            violation(h, QStringLiteral("an unchanged import changed the database"));
        break;
    }
    qint64 id = 0;
    ReviewDocument stored;
    if (h.repository->findReview(document->review.uuid, id) || h.repository->loadReview(id, stored))
        violation(h, QStringLiteral("the imported review cannot be loaded"));
    if (!stored.sameContent(*document))
        violation(h, QStringLiteral("the imported review loads back differently"));
    return 0;
}
