#include "SqlStatement.h"

#include <QSqlError>

namespace laatu {

SqlStatement::SqlStatement(QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

StorageError SqlStatement::exec(const QString &what)
{
    if (!m_prepared || !m_query.exec())
        return StorageError::fromSql(m_query.lastError(), what);
    return {};
}

StorageError SqlStatement::readError(const QString &what) const
{
    if (m_query.lastError().isValid())
        return StorageError::fromSql(m_query.lastError(), what);
    return {};
}

} // namespace laatu
