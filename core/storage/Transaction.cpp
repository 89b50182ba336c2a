#include "Transaction.h"

#include <QSqlQuery>

namespace laatu {

Transaction::Transaction(QSqlDatabase &db, const QString &what)
    : m_db(db)
{
    QSqlQuery begin(m_db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_beginError = StorageError::fromSql(begin.lastError(), what);
}

Transaction::~Transaction()
{
    if (m_open) {
        // Qt's driver runs one statement per exec(); an explicit ROLLBACK ends the transaction
        // even when a statement in it failed half-way.
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

StorageError Transaction::commit(const QString &what)
{
    if (!m_open)
        return m_beginError;
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT")))
        return StorageError::fromSql(commitQuery.lastError(), what);
    m_open = false;
    return {};
}

} // namespace laatu
