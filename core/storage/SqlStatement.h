#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace laatu {

// A prepared statement whose every failure becomes a StorageError (prepare, bind, exec).
class SqlStatement
{
public:
    SqlStatement(QSqlDatabase &db, const QString &sql);

    // A null QString would reach SQLite as NULL; text columns are NOT NULL, so a null string
    // is bound as the empty text it means.
    SqlStatement &bind(const QVariant &value)
    {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            m_query.addBindValue(QString(QLatin1String("")));
        else
            m_query.addBindValue(value);
        return *this;
    }
    StorageError exec(const QString &what);
    // False at the end of the rows and when reading the next one failed (a damaged page is
    // found only when it is read): a loop over next() asks readError() afterwards.
    bool next() { return m_query.next(); }
    // The error that ended a loop over next(), if one did.
    StorageError readError(const QString &what) const;
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Releases the statement so a later COMMIT is not held up by an unfinished read.
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace laatu
