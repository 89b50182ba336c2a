#include "ServerConnection.h"

#include <QAtomicInt>
#include <QSqlDriver>

namespace laatu {

namespace {
QAtomicInt connectionCounter;
} // namespace

std::unique_ptr<ServerConnection>
ServerConnection::open(const ServerAddress &address, const QString &password, ProgrammeError &error)
{
    error = {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        error = {ProgrammeError::Unreachable,
                 tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian install the "
                    "package libqt6sql6-psql. Tried nothing.")};
        return nullptr;
    }
    std::unique_ptr<ServerConnection> connection(new ServerConnection);
    connection->m_address = address;
    connection->m_connectionName
        = QStringLiteral("laatu-programme-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    connection->m_db
        = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->m_connectionName);
    QSqlDatabase &db = connection->m_db;
    db.setHostName(address.host());
    db.setPort(address.port());
    db.setDatabaseName(address.database());
    db.setUserName(address.user());
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(address.connectOptions());
    if (!db.open()) {
        const ProgrammeError cause = ProgrammeError::fromSql(
            db.lastError(), tr("connecting to %1").arg(address.describe()));
        error = {cause.code() == ProgrammeError::Refused ? ProgrammeError::Refused
                                                         : ProgrammeError::Unreachable,
                 cause.code() == ProgrammeError::Refused
                     ? cause.message()
                     : tr("The programme server could not be reached. Tried %1: %2")
                           .arg(address.describe(), db.lastError().text().trimmed()),
                 cause.sqlState()};
        return nullptr;
    }
    // Reads the identity the server gives this login, and pins the session to UTC so that
    // no time the server returns depends on its or this laptop's zone.
    if ((error = connection->execPlain(QStringLiteral("SET TIME ZONE 'UTC'"),
                                       tr("setting up the connection"))))
        return nullptr;
    // The server's notices ("already exists, skipping") are not for the user's terminal.
    if ((error = connection->execPlain(QStringLiteral("SET client_min_messages TO warning"),
                                       tr("setting up the connection"))))
        return nullptr;
    QSqlQuery who(db);
    if ((error = connection->exec(who, QStringLiteral("SELECT session_user, pg_backend_pid()"), {},
                                  tr("setting up the connection"))))
        return nullptr;
    if (who.next()) {
        connection->m_login = who.value(0).toString();
        connection->m_backendPid = who.value(1).toLongLong();
    }
    return connection;
}

ServerConnection::~ServerConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

ProgrammeError ServerConnection::exec(QSqlQuery &query, const QString &sql,
                                      const QVariantList &values, const QString &what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return ProgrammeError::fromSql(query.lastError(), what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return ProgrammeError::fromSql(query.lastError(), what);
    return {};
}

ProgrammeError ServerConnection::execPlain(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return ProgrammeError::fromSql(query.lastError(), what);
    return {};
}

ProgrammeError ServerConnection::begin(const QString &what)
{
    return execPlain(QStringLiteral("BEGIN"), what);
}

ProgrammeError ServerConnection::commit(const QString &what)
{
    // Callers commit only after every statement of the transaction succeeded (an error ends
    // it with rollback()), so a COMMIT that returns without an error is the server's COMMIT.
    // One whose answer is lost is reported as an error: the review stays pending and the next
    // publish finds it "already published".
    return execPlain(QStringLiteral("COMMIT"), what);
}

void ServerConnection::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace laatu
