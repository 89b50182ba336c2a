#pragma once

// Helpers shared by the reliability tests: fixture databases made through Laatu's own storage,
// raw SQLite access for files "another program" could have made, and exact before/after
// comparisons (file hashes, every review's content).
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

namespace laatu::test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

// Files beside the database (lock, -wal, -shm ...), by name.
inline QStringList filesBeside(const QString &path)
{
    const QFileInfo info(path);
    QStringList names = QDir(info.absolutePath()).entryList(QDir::Files | QDir::Hidden);
    names.removeAll(info.fileName());
    return names;
}

inline bool isRoot()
{
    return ::geteuid() == 0;
}

// Demo reviews: deterministic (seeded), with evidence notes, numbers and findings.
inline QList<ReviewDocument> demoReviews(int sites, int reviewsPerSite, quint32 seed = 7u)
{
    return DemoGenerator(builtIn(), {sites, reviewsPerSite, seed, true}).generate();
}

// A small valid Laatu database, closed cleanly so it is one file (the log folded back).
inline void makeDemoDatabase(const QString &path, int sites = 2, int reviewsPerSite = 2)
{
    StorageError error;
    {
        std::unique_ptr<Database> database = Database::open(path, {}, error);
        INFO(error.message().toStdString());
        REQUIRE(database);
        QList<ReviewDocument> documents = demoReviews(sites, reviewsPerSite);
        ReviewRepository repository(*database);
        error = repository.saveReviews(documents);
        INFO(error.message().toStdString());
        REQUIRE_FALSE(error);
    }
    REQUIRE(filesBeside(path).isEmpty());
}

// Runs statements on a file through a plain QSQLITE connection, outside Laatu's Database
// (as another program would). Returns the first error's text, or an empty string.
inline QString runRawSql(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("reliability-raw-%1").arg(++counter);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            problem = db.lastError().text();
        for (const QString &statement : statements) {
            if (!problem.isEmpty())
                break;
            QSqlQuery query(db);
            if (!query.exec(statement))
                problem = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// One value of a query on an open Database (a pragma, a count).
inline QVariant queryValue(Database &database, const QString &sql)
{
    QSqlQuery query(database.sql());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

// Everything a reviewer sees: the review list and every review's full content.
struct DataSnapshot
{
    QStringList summaries;
    QList<ReviewDocument> documents;
};

inline DataSnapshot takeSnapshot(ReviewRepository &repository)
{
    DataSnapshot snapshot;
    QList<ReviewSummary> reviews;
    StorageError error = repository.listReviews(reviews);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    for (const ReviewSummary &summary : reviews) {
        snapshot.summaries << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                                  .arg(summary.id)
                                  .arg(summary.uuid, summary.siteUuid, summary.siteName,
                                       summary.visitStart.toString(Qt::ISODate))
                                  .arg(summary.consensusTotal)
                                  .arg(summary.consensusRated);
        ReviewDocument document;
        error = repository.loadReview(summary.id, document);
        INFO(error.message().toStdString());
        REQUIRE_FALSE(error);
        snapshot.documents << document;
    }
    return snapshot;
}

// A review that takes edits (the demo data has final reviews too, which refuse them).
inline qint64 editableReview(ReviewRepository &repository)
{
    QList<ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));
    for (const ReviewSummary &summary : reviews) {
        if (summary.status != ReviewStatus::Final)
            return summary.id;
    }
    FAIL("no review that is not final");
    return 0;
}

inline bool sameData(const DataSnapshot &before, const DataSnapshot &after)
{
    if (before.summaries != after.summaries || before.documents.size() != after.documents.size())
        return false;
    for (qsizetype i = 0; i < before.documents.size(); ++i) {
        if (!before.documents.at(i).sameContent(after.documents.at(i)))
            return false;
    }
    return true;
}

} // namespace laatu::test
