#pragma once

#include "ProgrammeError.h"
#include "ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace laatu {

// One connection to the programme server through Qt's QPSQL driver, made only when asked
// for (nothing in Laatu connects on its own). Blocking: the GUI calls it from a worker thread;
// the connection belongs to the thread that opened it.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    // An empty password leaves it to libpq (PGPASSWORD, ~/.pgpass, or none needed).
    static std::unique_ptr<ServerConnection> open(const ServerAddress &address,
                                                  const QString &password, ProgrammeError &error);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    const ServerAddress &address() const { return m_address; }
    // The login the server knows us by (session_user), read at connection.
    const QString &login() const { return m_login; }
    // The server process serving this connection (tests end it with pg_terminate_backend).
    qint64 backendPid() const { return m_backendPid; }

    // Runs one statement with `?` placeholders bound in order; `query` gets the rows.
    ProgrammeError exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                        const QString &what);
    // Runs a statement without parameters (DDL, DO blocks, SET ROLE).
    ProgrammeError execPlain(const QString &sql, const QString &what);
    ProgrammeError begin(const QString &what);
    ProgrammeError commit(const QString &what);
    // Best effort: after a lost connection there is nothing left to roll back. A failed
    // statement has already rolled its transaction back; then this does nothing.
    void rollback();
    QSqlQuery newQuery() const { return QSqlQuery(m_db); }

private:
    ServerConnection() = default;
    ProgrammeError failed(const QSqlError &error, const QString &what);

    ServerAddress m_address;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_login;
    qint64 m_backendPid = 0;
    bool m_inTransaction = false;
};

} // namespace laatu
