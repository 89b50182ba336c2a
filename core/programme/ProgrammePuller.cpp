#include "ProgrammePuller.h"

#include "ServerConnection.h"
#include "ServerSchema.h"

#include "exchange/ReviewFileFormat.h"
#include "exchange/ReviewValidator.h"
#include "storage/ReviewRepository.h"

#include <QCryptographicHash>

namespace laatu {

ProgrammePuller::ProgrammePuller(Database &database, ReviewRepository &repository,
                                 ServerConnection &connection)
    : m_database(database)
    , m_repository(repository)
    , m_connection(connection)
{ }

ProgrammePuller::Result ProgrammePuller::pull()
{
    Result result;
    if ((result.error = ServerSchema::requireKnownVersion(m_connection)))
        return result;
    ProgrammeCopyRepository copy(m_database);
    ProgrammeCopyRepository::PullState state;
    if (StorageError error = copy.state(state)) {
        result.error = {ProgrammeError::Local, error.message()};
        return result;
    }
    const QString server = m_connection.address().label();
    // A copy of another server starts again from its beginning; reviews are matched by UUID,
    // so what both servers hold is not doubled.
    qint64 after = state.server == server ? state.lastSequence : 0;
    for (;;) {
        QList<ProgrammeCopyRepository::PulledReview> page;
        qint64 last = after;
        const ProgrammeError pageError = readPage(after, page, last);
        // What was read and checked before a problem is kept: the sequence stops before it.
        // A pull that found nothing new still notes its time.
        StorageError error;
        if (!page.isEmpty())
            error = copy.store(page, server, last, result.counts);
        else if (!pageError)
            error = copy.touch(server, last);
        if (error) {
            result.error = {ProgrammeError::Local, error.message()};
            return result;
        }
        result.received += static_cast<int>(page.size());
        result.lastSequence = last;
        if (pageError) {
            result.error = pageError;
            return result;
        }
        if (page.size() < kPageSize || (progress && !progress(result.received)))
            return result;
        after = last;
    }
}

ProgrammeError ProgrammePuller::readPage(qint64 after,
                                         QList<ProgrammeCopyRepository::PulledReview> &page,
                                         qint64 &last)
{
    const QString what = tr("pulling the programme's reviews");
    QSqlQuery query = m_connection.newQuery();
    if (ProgrammeError error = m_connection.exec(
            query,
            QStringLiteral("SELECT sequence, revision, sha256, document_text, published_by,"
                           " to_char(published_at AT TIME ZONE 'UTC',"
                           "  'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                           " FROM laatu.snapshot WHERE sequence > ? ORDER BY sequence LIMIT ?"),
            {after, kPageSize}, what))
        return error;
    while (query.next()) {
        ProgrammeCopyRepository::PulledReview review;
        review.sequence = query.value(0).toLongLong();
        review.revision = query.value(1).toInt();
        review.sha256 = query.value(2).toString();
        const QByteArray json = query.value(3).toString().toUtf8();
        review.publishedBy = query.value(4).toString();
        review.publishedAt = query.value(5).toString();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        QStringList problems;
        if (sha != review.sha256)
            problems << tr("its text does not match its SHA-256");
        std::optional<ReviewDocument> document;
        if (problems.isEmpty())
            document = ReviewFileFormat::fromJson(json, problems);
        if (document
            && (!document->onlyRaterUuid.isEmpty() || !document->handedOutToUuid.isEmpty()))
            problems << tr("it is a partial review file");
        if (document && problems.isEmpty()) {
            StorageError catalogError;
            const Instrument *instrument = m_repository.catalog(
                document->review.catalogId, document->review.catalogVersion, catalogError);
            if (catalogError)
                problems << catalogError.message();
            else
                problems << ReviewValidator::problems(*document, *instrument);
        }
        if (!problems.isEmpty())
            return {ProgrammeError::Server,
                    tr("Snapshot %1 on the server cannot be taken into the programme copy: %2. "
                       "The copy holds everything before it.")
                        .arg(review.sequence)
                        .arg(problems.join(QStringLiteral("; ")))};
        review.document = std::move(*document);
        last = review.sequence;
        page << std::move(review);
    }
    if (query.lastError().isValid())
        return ProgrammeError::fromSql(query.lastError(), what);
    return {};
}

} // namespace laatu
