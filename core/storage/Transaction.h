#pragma once

#include "StorageError.h"

#include <QSqlDatabase>

namespace laatu {

// One write transaction, begun with BEGIN IMMEDIATE so the write lock is taken up front (no
// deadlock-prone upgrade from a read lock). Rolled back unless commit() succeeded.
class Transaction
{
public:
    // `what` names the edit for messages ("saving the rating").
    Transaction(QSqlDatabase &db, const QString &what);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const StorageError &beginError() const { return m_beginError; }
    StorageError commit(const QString &what);

private:
    QSqlDatabase &m_db;
    StorageError m_beginError;
    bool m_open = false;
};

} // namespace laatu
