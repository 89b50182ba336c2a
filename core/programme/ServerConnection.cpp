#include "ServerConnection.h"

#include <QAtomicInt>
#include <QSqlDriver>

namespace laatu {

namespace {
QAtomicInt connectionCounter;

QtMessageHandler previousHandler = nullptr;

// QPSQL frees each prepared statement when its query object goes; on a connection that was
// lost it can only warn "Unable to free statement: no connection to the server" to stderr,
// after Laatu's own message has said what happened and what to do. The session and its
// statements are gone with the connection, so that one warning is dropped; every other
// message goes on as before.
void dropStatementFreeingNoise(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement:")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        qt_message_output(type, context, message);
}

void installNoiseFilter()
{
    static const bool installed = [] {
        previousHandler = qInstallMessageHandler(dropStatementFreeingNoise);
        return true;
    }();
    Q_UNUSED(installed);
}
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
    installNoiseFilter();
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
        return failed(query.lastError(), what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failed(query.lastError(), what);
    return {};
}

ProgrammeError ServerConnection::execPlain(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return failed(query.lastError(), what);
    return {};
}

ProgrammeError ServerConnection::failed(const QSqlError &error, const QString &what)
{
    // A failed statement aborts the transaction it is in: it is rolled back at once, so the
    // statements still prepared in it are freed outside an aborted transaction (which refuses
    // even that) and the connection is ready for the next review.
    if (m_inTransaction)
        rollback();
    return ProgrammeError::fromSql(error, what);
}

ProgrammeError ServerConnection::begin(const QString &what)
{
    ProgrammeError error = execPlain(QStringLiteral("BEGIN"), what);
    m_inTransaction = !error;
    return error;
}

ProgrammeError ServerConnection::commit(const QString &what)
{
    // Callers commit only after every statement of the transaction succeeded (an error ends
    // it with rollback()), so a COMMIT that returns without an error is the server's COMMIT.
    // One whose answer is lost is reported as an error: the review stays pending and the next
    // publish finds it "already published".
    const ProgrammeError error = execPlain(QStringLiteral("COMMIT"), what);
    m_inTransaction = false;
    return error;
}

void ServerConnection::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace laatu
