#include "ReviewRepository.h"

#include "Database.h"
#include "ReviewDocumentReader.h"
#include "ReviewDocumentWriter.h"
#include "SqlStatement.h"
#include "StoredValues.h"
#include "TextGuard.h"
#include "Transaction.h"

#include "instrument/CatalogReader.h"

#include <QFile>

#include <algorithm>

namespace laatu {

namespace {
QString catalogKey(const QString &id, const QString &version)
{
    return id + QLatin1Char('\n') + version;
}

} // namespace

QString ReviewRepository::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

ReviewRepository::ReviewRepository(Database &database)
    : m_database(database)
{ }

StorageError ReviewRepository::storeCatalog(const QByteArray &json, const Instrument &instrument)
{
    const QString what = tr("storing catalog %1 %2").arg(instrument.id(), instrument.version());
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    SqlStatement existing(
        m_database.sql(),
        QStringLiteral("SELECT content FROM catalog WHERE catalog_key = ? AND version = ?"));
    existing.bind(instrument.id()).bind(instrument.version());
    if (StorageError error = existing.exec(what))
        return error;
    if (existing.next()) {
        if (existing.value(0).toString() == QString::fromUtf8(json))
            return {};
        return {StorageError::Constraint,
                tr("Catalog %1 version %2 is already stored with different content; give the "
                   "changed catalog a new version.")
                    .arg(instrument.id(), instrument.version())};
    }
    existing.finish();
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    SqlStatement insert(
        m_database.sql(),
        QStringLiteral("INSERT INTO catalog (catalog_key, version, content) VALUES (?, ?, ?)"));
    insert.bind(instrument.id()).bind(instrument.version()).bind(QString::fromUtf8(json));
    if (StorageError error = insert.exec(what))
        return error;
    return transaction.commit(what);
}

const Instrument *ReviewRepository::catalog(const QString &id, const QString &version,
                                            StorageError &error)
{
    const QString key = catalogKey(id, version);
    if (const auto it = m_catalogs.find(key); it != m_catalogs.end())
        return &it->second;
    SqlStatement query(
        m_database.sql(),
        QStringLiteral("SELECT content FROM catalog WHERE catalog_key = ? AND version = ?"));
    query.bind(id).bind(version);
    if ((error = query.exec(tr("reading catalog %1 %2").arg(id, version))))
        return nullptr;
    CatalogReader::Result result;
    if (query.next()) {
        result = CatalogReader::readStored(query.value(0).toString().toUtf8());
        // Stored by Laatu after it was validated: one that no longer reads is damage, not an
        // unknown catalog.
        if (!result.ok()) {
            error = m_database.markIfDamaged(
                {StorageError::Corrupt,
                 tr("The catalog %1 %2 stored in the database is damaged (%3). Run 'laatu-cli "
                    "check' and restore the newest backup (laatu-cli restore).")
                     .arg(id, version, result.errors.value(0))});
            return nullptr;
        }
    } else {
        if (const QString shipped = CatalogReader::shippedPath(id, version); !shipped.isEmpty())
            result = CatalogReader::readFile(shipped);
    }
    if (!result.ok()) {
        error = {StorageError::NotFound,
                 tr("Catalog %1 version %2 is not known to this database. Load that catalog first.")
                     .arg(id, version)};
        return nullptr;
    }
    return &m_catalogs.emplace(key, *result.instrument).first->second;
}

StorageError ReviewRepository::findReview(const QString &uuid, qint64 &id)
{
    SqlStatement query(m_database.sql(), QStringLiteral("SELECT id FROM review WHERE uuid = ?"));
    query.bind(uuid);
    if (StorageError error = query.exec(tr("finding review %1").arg(uuid)))
        return error;
    id = query.next() ? query.value(0).toLongLong() : 0;
    if (id == 0)
        return StorageError::noSuchReview(uuid);
    return {};
}

StorageError ReviewRepository::previousReview(qint64 siteId, const QDate &visitStart,
                                              const QString &exceptUuid, qint64 &id)
{
    id = 0;
    if (!visitStart.isValid())
        return {};
    // Dates are stored as ISO text, which sorts as the dates do; the index's last column is
    // the row id, so the ORDER BY is a backward step through the index, not a sort.
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT id FROM review WHERE site_id = ? AND visit_start < ?"
                                      " AND visit_start <> '' AND uuid <> ?"
                                      " ORDER BY visit_start DESC, id DESC LIMIT 1"));
    query.bind(siteId).bind(visitStart.toString(Qt::ISODate)).bind(exceptUuid);
    if (StorageError error = query.exec(tr("listing the reviews")))
        return m_database.markIfDamaged(error);
    if (query.next())
        id = query.value(0).toLongLong();
    return {};
}

StorageError ReviewRepository::loadReview(qint64 id, ReviewDocument &document)
{
    return m_database.markIfDamaged(ReviewDocumentReader::load(m_database.sql(), id, document));
}

StorageError ReviewRepository::ensureCatalogRow(const QString &id, const QString &version,
                                                const QString &what)
{
    SqlStatement known(
        m_database.sql(),
        QStringLiteral("SELECT 1 FROM catalog WHERE catalog_key = ? AND version = ?"));
    known.bind(id).bind(version);
    if (StorageError error = known.exec(what))
        return error;
    if (known.next())
        return {};
    known.finish();
    // The built-in catalog is stored the first time a review uses it.
    const QString shipped = CatalogReader::shippedPath(id, version);
    QFile file(shipped);
    if (shipped.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {StorageError::NotFound,
                tr("Catalog %1 version %2 is not known to this database. Load that catalog first.")
                    .arg(id, version)};
    SqlStatement insert(
        m_database.sql(),
        QStringLiteral("INSERT INTO catalog (catalog_key, version, content) VALUES (?, ?, ?)"));
    insert.bind(id).bind(version).bind(QString::fromUtf8(file.readAll()));
    return insert.exec(what);
}

StorageError ReviewRepository::saveReview(ReviewDocument &document, bool &unchanged)
{
    QList<ReviewDocument> documents {document};
    QList<SaveOutcome> outcomes;
    const StorageError error = importReviews(documents, outcomes);
    if (!error)
        document = documents.constFirst();
    unchanged = !error && outcomes.constFirst() == SaveOutcome::Unchanged;
    return error;
}

StorageError ReviewRepository::importReviewsUnchecked(QList<ReviewDocument> &documents,
                                                      QList<SaveOutcome> &outcomes)
{
    const QString what = tr("saving %n review(s)", nullptr, static_cast<int>(documents.size()));
    if (StorageError error = TextGuard::documents(documents))
        return error;
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    // All or nothing: a review the database refuses (a final one, say) keeps the others out.
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    outcomes.clear();
    for (ReviewDocument &document : documents) {
        SaveOutcome outcome = SaveOutcome::Added;
        if (StorageError error = upsert(document, outcome, what))
            return error;
        outcomes << outcome;
    }
    return transaction.commit(what);
}

StorageError ReviewRepository::upsert(ReviewDocument &document, SaveOutcome &outcome,
                                      const QString &what)
{
    qint64 existingId = 0;
    int reopenCount = 0;
    SqlStatement find(m_database.sql(),
                      QStringLiteral("SELECT id, reopen_count FROM review WHERE uuid = ?"));
    find.bind(document.review.uuid);
    if (StorageError error = find.exec(what))
        return error;
    if (find.next()) {
        existingId = find.value(0).toLongLong();
        reopenCount = find.value(1).toInt();
    }
    find.finish();
    outcome = existingId > 0 ? SaveOutcome::Replaced : SaveOutcome::Added;
    if (existingId > 0) {
        ReviewDocument existing;
        if (StorageError error = loadReview(existingId, existing))
            return error;
        // The site row is shared by the site's reviews and its fields may have been renamed
        // since this file was written: the review is the same when all but the site's
        // details are, with the site known by its UUID.
        ReviewDocument withSiteAsStored = document;
        if (withSiteAsStored.site.uuid == existing.site.uuid)
            withSiteAsStored.site = existing.site;
        if (existing.sameContent(withSiteAsStored)) {
            document.review.id = existingId;
            document.site.id = existing.site.id;
            if (withSiteAsStored.site == document.site) {
                outcome = SaveOutcome::Unchanged;
                return {};
            }
            // Only the site's details differ: they belong to the site, not to the (possibly
            // final) review, and the file's are the newer word on them.
            outcome = SaveOutcome::Replaced;
            return ReviewDocumentWriter(m_database.sql()).upsertSite(document.site);
        }
        if (existing.review.status == ReviewStatus::Final)
            return {StorageError::ReviewLocked,
                    tr("Review %1 is final in this database; reopen it before replacing it.")
                        .arg(document.review.uuid)};
    }
    if (StorageError error
        = ensureCatalogRow(document.review.catalogId, document.review.catalogVersion, what))
        return error;
    ReviewDocumentWriter writer(m_database.sql());
    if (StorageError error = writer.write(document, existingId))
        return error;
    if (reopenCount == 0)
        return {};
    // A reopened review replaced by a file is a change after the reopen: logged with it.
    SqlStatement audit(m_database.sql(),
                       QStringLiteral("INSERT INTO audit_log (review_id, at, "
                                      "action, detail) VALUES (?, ?, 'replace', ?)"));
    audit.bind(existingId).bind(nowUtc()).bind(QStringLiteral("review file"));
    return audit.exec(what);
}

StorageError ReviewRepository::saveReviewsUnchecked(QList<ReviewDocument> &documents)
{
    const QString what = tr("saving %n review(s)", nullptr, static_cast<int>(documents.size()));
    if (StorageError error = TextGuard::documents(documents))
        return error;
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    ReviewDocumentWriter writer(m_database.sql());
    for (ReviewDocument &document : documents) {
        if (StorageError error
            = ensureCatalogRow(document.review.catalogId, document.review.catalogVersion, what))
            return error;
        if (StorageError error = writer.write(document, 0))
            return error;
    }
    return transaction.commit(what);
}

StorageError ReviewRepository::deleteReview(qint64 id)
{
    const QString what = tr("deleting review %1").arg(id);
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    EditContext context;
    if (StorageError error = editContext(id, context, what))
        return error;
    SqlStatement remove(m_database.sql(), QStringLiteral("DELETE FROM review WHERE id = ?"));
    remove.bind(id);
    if (StorageError error = remove.exec(what))
        return error;
    if (remove.rowsAffected() != 1)
        return StorageError::noSuchReview(QString::number(id));
    return transaction.commit(what);
}

StorageError ReviewRepository::editContext(qint64 reviewId, EditContext &context,
                                           const QString &what)
{
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT status, reopen_count, catalog_key,"
                                      " catalog_version FROM review WHERE id = ?"));
    query.bind(reviewId);
    if (StorageError error = query.exec(what))
        return error;
    if (!query.next())
        return StorageError::noSuchReview(QString::number(reviewId));
    if (StorageError error = StoredValues::reviewStatus(query.value(0), reviewId, context.status))
        return m_database.markIfDamaged(error);
    context.reopenCount = query.value(1).toInt();
    const QString catalogId = query.value(2).toString();
    const QString catalogVersion = query.value(3).toString();
    query.finish();
    StorageError error;
    context.instrument = catalog(catalogId, catalogVersion, error);
    if (error)
        return error;
    if (context.status == ReviewStatus::Final)
        return {StorageError::ReviewLocked,
                tr("The review is final, so %1 did not happen. Reopen it first; the reopening "
                   "and every later change are logged.")
                    .arg(what)};
    return {};
}

StorageError ReviewRepository::checkCriterion(const EditContext &context,
                                              const QString &criterionId, std::optional<int> value)
{
    if (!context.instrument->criterion(criterionId))
        return {StorageError::InvalidInput,
                tr("The catalog has no criterion \"%1\".").arg(criterionId)};
    if (value
        && (*value < context.instrument->ratingMin() || *value > context.instrument->ratingMax()))
        return {StorageError::InvalidInput,
                tr("A rating must be a whole number from %1 to %2, not %3.")
                    .arg(context.instrument->ratingMin())
                    .arg(context.instrument->ratingMax())
                    .arg(*value)};
    return {};
}

StorageError ReviewRepository::touch(qint64 reviewId, const EditContext &context,
                                     const QString &action, const QString &detail,
                                     const QString &what)
{
    const QString now = nowUtc();
    SqlStatement update(m_database.sql(),
                        QStringLiteral("UPDATE review SET updated_at = ? WHERE id = ?"));
    update.bind(now).bind(reviewId);
    if (StorageError error = update.exec(what))
        return error;
    if (context.reopenCount == 0)
        return {};
    SqlStatement audit(
        m_database.sql(),
        QStringLiteral(
            "INSERT INTO audit_log (review_id, at, action, detail) VALUES (?, ?, ?, ?)"));
    audit.bind(reviewId).bind(now).bind(action).bind(detail);
    return audit.exec(what);
}

StorageError ReviewRepository::edit(qint64 reviewId, const QString &what, const QString &action,
                                    const QString &detail, const Change &change)
{
    return m_database.markIfDamaged(editUnchecked(reviewId, what, action, detail, change));
}

StorageError ReviewRepository::importReviews(QList<ReviewDocument> &documents,
                                             QList<SaveOutcome> &outcomes)
{
    return m_database.markIfDamaged(importReviewsUnchecked(documents, outcomes));
}

StorageError ReviewRepository::saveReviews(QList<ReviewDocument> &documents)
{
    return m_database.markIfDamaged(saveReviewsUnchecked(documents));
}

StorageError ReviewRepository::editUnchecked(qint64 reviewId, const QString &what,
                                             const QString &action, const QString &detail,
                                             const Change &change)
{
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    EditContext context;
    if (StorageError error = editContext(reviewId, context, what))
        return error;
    if (StorageError error = change(context))
        return error;
    if (StorageError error = touch(reviewId, context, action, detail, what))
        return error;
    return transaction.commit(what);
}

} // namespace laatu
