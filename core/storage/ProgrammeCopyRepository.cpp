#include "ProgrammeCopyRepository.h"

#include "Database.h"
#include "ReviewDocumentWriter.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include "instrument/CatalogReader.h"

#include <QDateTime>
#include <QFile>

namespace laatu {

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Opens the pulled reviews to the pull's own writes for the rest of the transaction. The row
// is removed again before COMMIT, so no committed state ever has it.
StorageError setWriting(QSqlDatabase &db, bool writing, const QString &what)
{
    SqlStatement statement(
        db,
        writing ? QStringLiteral("INSERT INTO programme_copy_writing (id) VALUES (1)")
                : QStringLiteral("DELETE FROM programme_copy_writing"));
    return statement.exec(what);
}
} // namespace

ProgrammeCopyRepository::ProgrammeCopyRepository(Database &database)
    : m_database(database)
{ }

StorageError ProgrammeCopyRepository::state(PullState &state)
{
    state = {};
    const QString what = tr("reading the state of the programme copy");
    SqlStatement query(
        m_database.sql(),
        QStringLiteral("SELECT server, last_sequence, last_pull_at FROM programme_pull"));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    if (query.next())
        state = {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()};
    return m_database.markIfDamaged(query.readError(what));
}

StorageError ProgrammeCopyRepository::pulledIds(QSet<qint64> &ids)
{
    ids.clear();
    const QString what = tr("reading the programme copy");
    SqlStatement query(m_database.sql(), QStringLiteral("SELECT review_id FROM programme_copy"));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return m_database.markIfDamaged(query.readError(what));
}

StorageError ProgrammeCopyRepository::store(QList<PulledReview> &reviews, const QString &server,
                                            qint64 lastSequence, StoreCounts &counts)
{
    const QString what = tr("storing %n review(s) pulled from the programme", nullptr,
                            static_cast<int>(reviews.size()));
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return m_database.markIfDamaged(transaction.beginError());
    if (StorageError error = setWriting(m_database.sql(), true, what))
        return m_database.markIfDamaged(error);
    const QString now = nowUtc();
    StoreCounts added;
    for (PulledReview &review : reviews)
        if (StorageError error = storeOne(review, now, added, what))
            return m_database.markIfDamaged(error);
    if (StorageError error = writeState(server, lastSequence, what))
        return m_database.markIfDamaged(error);
    if (StorageError error = setWriting(m_database.sql(), false, what))
        return m_database.markIfDamaged(error);
    if (StorageError error = transaction.commit(what))
        return m_database.markIfDamaged(error);
    counts.added += added.added;
    counts.replaced += added.replaced;
    counts.unchanged += added.unchanged;
    counts.own += added.own;
    return {};
}

StorageError ProgrammeCopyRepository::storeOne(PulledReview &review, const QString &now,
                                               StoreCounts &counts, const QString &what)
{
    SqlStatement find(m_database.sql(),
                      QStringLiteral("SELECT r.id, p.revision FROM review r"
                                     " LEFT JOIN programme_copy p ON p.review_id = r.id"
                                     " WHERE r.uuid = ?"));
    find.bind(review.document.review.uuid);
    if (StorageError error = find.exec(what))
        return error;
    qint64 existingId = 0;
    if (find.next()) {
        existingId = find.value(0).toLongLong();
        if (find.value(1).isNull()) {
            // This laptop's own review (perhaps the one it published): its reviewer's copy
            // is the one that counts here.
            ++counts.own;
            return {};
        }
        if (find.value(1).toInt() >= review.revision) {
            ++counts.unchanged;
            return {};
        }
    }
    find.finish();
    // A site this laptop knows keeps its details as they are here: a pull never changes what
    // this laptop's own reviews' files hold (which would make them differ from what they
    // published).
    SqlStatement site(m_database.sql(),
                      QStringLiteral("SELECT name, organisation, unit, municipality, county,"
                                     " archived FROM site WHERE uuid = ?"));
    site.bind(review.document.site.uuid);
    if (StorageError error = site.exec(what))
        return error;
    if (site.next()) {
        Site &known = review.document.site;
        known.name = site.value(0).toString();
        known.organisation = site.value(1).toString();
        known.unit = site.value(2).toString();
        known.municipality = site.value(3).toString();
        known.county = site.value(4).toString();
        known.archived = site.value(5).toInt() != 0;
    }
    site.finish();
    if (StorageError error = ensureCatalogRow(review.document.review.catalogId,
                                              review.document.review.catalogVersion, what))
        return error;
    if (StorageError error
        = ReviewDocumentWriter(m_database.sql()).write(review.document, existingId))
        return error;
    SqlStatement mark(m_database.sql(),
                      QStringLiteral("INSERT INTO programme_copy (review_id, revision, sha256,"
                                     " server_sequence, published_by, published_at, pulled_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"
                                     " ON CONFLICT (review_id) DO UPDATE SET"
                                     " revision = excluded.revision, sha256 = excluded.sha256,"
                                     " server_sequence = excluded.server_sequence,"
                                     " published_by = excluded.published_by,"
                                     " published_at = excluded.published_at,"
                                     " pulled_at = excluded.pulled_at"));
    mark.bind(review.document.review.id)
        .bind(review.revision)
        .bind(review.sha256)
        .bind(review.sequence)
        .bind(review.publishedBy)
        .bind(review.publishedAt)
        .bind(now);
    if (StorageError error = mark.exec(what))
        return error;
    ++(existingId > 0 ? counts.replaced : counts.added);
    return {};
}

StorageError ProgrammeCopyRepository::touch(const QString &server, qint64 lastSequence)
{
    const QString what = tr("noting the time of the pull");
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return m_database.markIfDamaged(transaction.beginError());
    if (StorageError error = writeState(server, lastSequence, what))
        return m_database.markIfDamaged(error);
    return m_database.markIfDamaged(transaction.commit(what));
}

StorageError ProgrammeCopyRepository::writeState(const QString &server, qint64 lastSequence,
                                                 const QString &what)
{
    SqlStatement statement(
        m_database.sql(),
        QStringLiteral("INSERT INTO programme_pull (id, server, last_sequence,"
                       " last_pull_at) VALUES (1, ?, ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET server = excluded.server,"
                       " last_sequence = excluded.last_sequence,"
                       " last_pull_at = excluded.last_pull_at"));
    statement.bind(server).bind(lastSequence).bind(nowUtc());
    return statement.exec(what);
}

StorageError ProgrammeCopyRepository::clear()
{
    const QString what = tr("removing the programme copy");
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return m_database.markIfDamaged(transaction.beginError());
    const QStringList statements {
        QStringLiteral("INSERT INTO programme_copy_writing (id) VALUES (1)"),
        QStringLiteral("DELETE FROM review WHERE id IN (SELECT review_id FROM programme_copy)"),
        QStringLiteral("DELETE FROM programme_pull"),
        QStringLiteral("DELETE FROM programme_copy_writing"),
    };
    for (const QString &sql : statements) {
        SqlStatement statement(m_database.sql(), sql);
        if (StorageError error = statement.exec(what))
            return m_database.markIfDamaged(error);
    }
    return m_database.markIfDamaged(transaction.commit(what));
}

StorageError ProgrammeCopyRepository::ensureCatalogRow(const QString &id, const QString &version,
                                                       const QString &what)
{
    // As ReviewRepository does for an import: the built-in catalog is stored the first time a
    // review uses it; any other catalog must have been loaded on this laptop.
    SqlStatement known(
        m_database.sql(),
        QStringLiteral("SELECT 1 FROM catalog WHERE catalog_key = ? AND version = ?"));
    known.bind(id).bind(version);
    if (StorageError error = known.exec(what))
        return error;
    if (known.next())
        return {};
    known.finish();
    const QString shipped = CatalogReader::shippedPath(id, version);
    QFile file(shipped);
    if (shipped.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {StorageError::NotFound,
                tr("A pulled review was rated against catalog %1 version %2, which this laptop "
                   "does not know. Load that catalog (laatu-cli catalog) and pull again.")
                    .arg(id, version)};
    SqlStatement insert(
        m_database.sql(),
        QStringLiteral("INSERT INTO catalog (catalog_key, version, content) VALUES (?, ?, ?)"));
    insert.bind(id).bind(version).bind(QString::fromUtf8(file.readAll()));
    return insert.exec(what);
}

} // namespace laatu
