#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace laatu {

// What went wrong between this laptop and the programme server, in words a reviewer can act
// on. The code tells callers (and laatu-cli's exit codes) the cases apart: a server that
// cannot be reached is not the same as one that refuses the login or the row.
class ProgrammeError
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeError)

public:
    enum Code {
        None,
        NotConfigured, // no server named: nothing was tried, no socket opened
        BadAddress, // the URL is malformed or asks for an unverified connection
        Unreachable, // no connection, or it was lost (timeout, refused, terminated)
        Refused, // the server or TLS refused us: login, pg_hba, certificate
        Denied, // SQLSTATE 42501: the login may not read or write that row
        SchemaMismatch, // the server's schema is of a version this Laatu does not know
        Conflict, // same review and revision already published with other content
        Server, // any other error the server reported
        Local, // the laptop's database refused (message from StorageError)
    };

    ProgrammeError() = default;
    ProgrammeError(Code code, QString message, QString sqlState = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_sqlState(std::move(sqlState))
    { }

    // A failed statement or connection: SQLSTATE (QPSQL's nativeErrorCode) decides the code,
    // libpq's words the rest. `what` names what was being done ("publishing review X").
    static ProgrammeError fromSql(const QSqlError &error, const QString &what);

    bool isError() const { return m_code != None; }
    explicit operator bool() const { return isError(); }
    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &sqlState() const { return m_sqlState; }

private:
    Code m_code = None;
    QString m_message;
    QString m_sqlState;
};

} // namespace laatu
