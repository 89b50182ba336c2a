#pragma once

#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "demo/DemoGenerator.h"
#include "exchange/ReviewFileFormat.h"
#include "exchange/ReviewImporter.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <optional>

namespace laatu::test {

inline QList<ReviewDocument> demoReviews(int sites = 2, int reviewsPerSite = 2,
                                         bool withEvidence = true, quint32 seed = 41u)
{
    return DemoGenerator(builtIn(), {sites, reviewsPerSite, seed, withEvidence}).generate();
}

// SHA-256 over the schema, the pragmas the app sets at creation and every row of every table
// (rows sorted, as some tables are WITHOUT ROWID): equal fingerprints mean no row was added,
// removed or changed.
inline QByteArray databaseFingerprint(Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(database.sql());
    const auto addRows = [&](const QString &sql) {
        const bool ran = query.exec(sql);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(ran);
        QList<QByteArray> rows;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QByteArray row;
            for (int c = 0; c < record.count(); ++c) {
                const QVariant value = record.value(c);
                row += value.isNull() ? QByteArrayLiteral("\x01NULL")
                                      : QByteArray("\x02") + value.toString().toUtf8();
            }
            rows << row + QByteArrayLiteral("\x03");
        }
        std::sort(rows.begin(), rows.end());
        for (const QByteArray &row : rows)
            hash.addData(row);
        hash.addData(QByteArrayLiteral("\x04"));
    };
    addRows(QStringLiteral("PRAGMA application_id"));
    addRows(QStringLiteral("PRAGMA user_version"));
    QStringList tables;
    REQUIRE(query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name")));
    while (query.next()) {
        hash.addData(query.value(1).toString().toUtf8());
        if (query.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
            tables << query.value(0).toString();
    }
    REQUIRE(tables.size() >= 10); // the dump must really see the schema
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        addRows(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
    }
    return hash.result();
}

// The bytes on disk: the database file and its write-ahead log (the -shm index is only
// SQLite's shared memory and changes on reads).
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets (or with no value removes) the member at a path like "review/kind" or
// "raters/0/ratings/1/value"; "+" appends to a list.
inline QJsonValue withPath(const QJsonValue &node, QStringList path,
                           const std::optional<QJsonValue> &value)
{
    if (path.isEmpty())
        return value.value_or(QJsonValue());
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        if (key == QLatin1String("+")) {
            array.append(withPath(QJsonValue(), path, value));
            return array;
        }
        const int index = key.toInt();
        REQUIRE(index < array.size());
        if (path.isEmpty() && !value)
            array.removeAt(index);
        else
            array[index] = withPath(array.at(index), path, value);
        return array;
    }
    REQUIRE(node.isObject());
    QJsonObject object = node.toObject();
    if (path.isEmpty() && !value)
        object.remove(key);
    else
        object[key] = withPath(object.value(key), path, value);
    return object;
}

inline QJsonValue valueAt(const QByteArray &json, const QString &path)
{
    QJsonValue node = QJsonDocument::fromJson(json).object();
    for (const QString &key : path.split(QLatin1Char('/')))
        node = node.isArray() ? node.toArray().at(key.toInt()) : node.toObject().value(key);
    return node;
}

inline QByteArray edited(const QByteArray &json, const QString &path,
                         const std::optional<QJsonValue> &value)
{
    const QJsonValue root
        = withPath(QJsonDocument::fromJson(json).object(), path.split(QLatin1Char('/')), value);
    return QJsonDocument(root.toObject()).toJson(QJsonDocument::Indented);
}

// A temporary database filled with demo reviews, and the files to import beside it.
struct ExchangeFixture
{
    QTemporaryDir dir;
    QString dbPath;
    std::unique_ptr<Database> database;
    std::unique_ptr<ReviewRepository> repository;

    explicit ExchangeFixture(QList<ReviewDocument> initial = demoReviews())
    {
        REQUIRE(dir.isValid());
        dbPath = dir.filePath(QStringLiteral("laatu.db"));
        StorageError error;
        database = Database::open(dbPath, {}, error);
        INFO(error.message().toStdString());
        REQUIRE(database);
        repository = std::make_unique<ReviewRepository>(*database);
        if (!initial.isEmpty())
            REQUIRE_FALSE(repository->saveReviews(initial));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
        return path;
    }

    ReviewImporter::Result import(const QStringList &paths)
    {
        return ReviewImporter::importFiles(*repository, paths);
    }

    ReviewDocument load(const QString &uuid)
    {
        qint64 id = 0;
        REQUIRE_FALSE(repository->findReview(uuid, id));
        ReviewDocument document;
        REQUIRE_FALSE(repository->loadReview(id, document));
        return document;
    }

    QList<ReviewSummary> list()
    {
        QList<ReviewSummary> reviews;
        REQUIRE_FALSE(repository->listReviews(reviews));
        return reviews;
    }

    // What "the database as it was" means in these tests: every row, every loaded review and
    // the bytes of the database file and its log.
    struct Snapshot
    {
        std::string rows; // hex SHA-256, readable in a failure
        std::string files;
        QList<ReviewDocument> documents; // by UUID
    };

    Snapshot snapshot()
    {
        Snapshot result;
        result.rows = databaseFingerprint(*database).toHex().toStdString();
        // Hashed, so a failure prints 32 bytes rather than the whole file.
        result.files = (QCryptographicHash::hash(fileBytes(dbPath), QCryptographicHash::Sha256)
                        + QCryptographicHash::hash(fileBytes(dbPath + QStringLiteral("-wal")),
                                                   QCryptographicHash::Sha256))
                           .toHex()
                           .toStdString();
        for (const ReviewSummary &summary : list())
            result.documents << load(summary.uuid);
        std::sort(result.documents.begin(), result.documents.end(),
                  [](const ReviewDocument &a, const ReviewDocument &b) {
                      return a.review.uuid < b.review.uuid;
                  });
        return result;
    }

    void requireUnchanged(const Snapshot &before)
    {
        const Snapshot after = snapshot();
        CHECK(after.rows == before.rows);
        CHECK(after.files == before.files);
        REQUIRE(after.documents.size() == before.documents.size());
        for (int i = 0; i < before.documents.size(); ++i) {
            INFO("review " << before.documents.at(i).review.uuid.toStdString());
            CHECK(after.documents.at(i).sameContent(before.documents.at(i)));
        }
    }
};

inline const ReviewDocument &firstWithStatus(const QList<ReviewDocument> &documents,
                                             ReviewStatus status)
{
    const auto it
        = std::find_if(documents.cbegin(), documents.cend(),
                       [status](const ReviewDocument &d) { return d.review.status == status; });
    REQUIRE(it != documents.cend());
    return *it;
}

} // namespace laatu::test
