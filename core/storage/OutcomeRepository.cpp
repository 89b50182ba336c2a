#include "OutcomeRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Transaction.h"

namespace laatu {

OutcomeRepository::OutcomeRepository(Database &database)
    : m_database(database)
{ }

QString OutcomeRepository::problem(const SiteOutcome &outcome)
{
    if (!outcome.periodStart.isValid() || !outcome.periodEnd.isValid())
        return tr("The period needs a start and an end date.");
    if (outcome.periodEnd < outcome.periodStart)
        return tr("The period ends (%1) before it starts (%2).")
            .arg(outcome.periodEnd.toString(Qt::ISODate),
                 outcome.periodStart.toString(Qt::ISODate));
    if (outcome.coached < 0 || outcome.employed < 0)
        return tr("The numbers of people cannot be negative.");
    if (outcome.employed > outcome.coached)
        return tr("More people in competitive work (%1) than coached (%2).")
            .arg(outcome.employed)
            .arg(outcome.coached);
    return {};
}

StorageError OutcomeRepository::setOutcome(qint64 siteId, const SiteOutcome &outcome)
{
    if (const QString wrong = problem(outcome); !wrong.isEmpty())
        return {StorageError::InvalidInput, wrong};
    const QString what = tr("saving the outcomes of %1 to %2")
                             .arg(outcome.periodStart.toString(Qt::ISODate),
                                  outcome.periodEnd.toString(Qt::ISODate));
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    SqlStatement site(m_database.sql(), QStringLiteral("SELECT 1 FROM site WHERE id = ?"));
    site.bind(siteId);
    if (StorageError error = site.exec(what))
        return m_database.markIfDamaged(error);
    if (!site.next())
        return {StorageError::NotFound, tr("There is no site %1.").arg(siteId)};
    site.finish();
    // Portable upsert: delete the period's row, insert the new one, in one transaction.
    SqlStatement remove(m_database.sql(),
                        QStringLiteral("DELETE FROM site_outcome WHERE site_id = ?"
                                       " AND period_start = ? AND period_end = ?"));
    remove.bind(siteId)
        .bind(outcome.periodStart.toString(Qt::ISODate))
        .bind(outcome.periodEnd.toString(Qt::ISODate));
    if (StorageError error = remove.exec(what))
        return m_database.markIfDamaged(error);
    SqlStatement insert(m_database.sql(),
                        QStringLiteral("INSERT INTO site_outcome (site_id, period_start,"
                                       " period_end, coached, employed) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(siteId)
        .bind(outcome.periodStart.toString(Qt::ISODate))
        .bind(outcome.periodEnd.toString(Qt::ISODate))
        .bind(outcome.coached)
        .bind(outcome.employed);
    if (StorageError error = insert.exec(what))
        return m_database.markIfDamaged(error);
    return m_database.markIfDamaged(transaction.commit(what));
}

StorageError OutcomeRepository::removeOutcome(qint64 siteId, const QDate &periodStart,
                                              const QDate &periodEnd)
{
    const QString what
        = tr("removing the outcomes of %1 to %2")
              .arg(periodStart.toString(Qt::ISODate), periodEnd.toString(Qt::ISODate));
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    SqlStatement remove(m_database.sql(),
                        QStringLiteral("DELETE FROM site_outcome WHERE site_id = ?"
                                       " AND period_start = ? AND period_end = ?"));
    remove.bind(siteId)
        .bind(periodStart.toString(Qt::ISODate))
        .bind(periodEnd.toString(Qt::ISODate));
    if (StorageError error = remove.exec(what))
        return m_database.markIfDamaged(error);
    if (remove.rowsAffected() != 1)
        return {StorageError::NotFound,
                tr("There are no outcomes for %1 to %2 to remove.")
                    .arg(periodStart.toString(Qt::ISODate), periodEnd.toString(Qt::ISODate))};
    return m_database.markIfDamaged(transaction.commit(what));
}

StorageError OutcomeRepository::listOutcomes(qint64 siteId, QList<SiteOutcome> &outcomes)
{
    outcomes.clear();
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT period_start, period_end, coached, employed"
                                      " FROM site_outcome WHERE site_id = ?"
                                      " ORDER BY period_start, period_end"));
    query.bind(siteId);
    if (StorageError error = query.exec(tr("reading the outcomes")))
        return m_database.markIfDamaged(error);
    while (query.next())
        outcomes << SiteOutcome {QDate::fromString(query.value(0).toString(), Qt::ISODate),
                                 QDate::fromString(query.value(1).toString(), Qt::ISODate),
                                 query.value(2).toInt(), query.value(3).toInt()};
    return m_database.markIfDamaged(query.readError(tr("reading the outcomes")));
}

} // namespace laatu
