#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace laatu {

// Where the programme server is, from a libpq connection URI
// (postgresql://USER@HOST:PORT/DB?sslmode=verify-full&sslrootcert=FILE, or ?host=/socket/dir).
// Parsing applies the security rules once for every caller: a TCP host is reached only with
// sslmode=verify-full (the server's certificate checked against the CA and the host name)
// unless an unverified connection is explicitly allowed for a test server on this machine;
// a password in the URL is refused (it would sit in shell history and process lists);
// connect_timeout is always set.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr int kDefaultPort = 5432;
    static constexpr int kDefaultConnectTimeout = 10; // seconds
    static constexpr int kMaxConnectTimeout = 60;

    struct Rules
    {
        // Allows sslmode other than verify-full, but only for localhost / 127.0.0.1 / ::1.
        bool allowUnverifiedLocal = false;
    };

    // nullopt with `problem` set when the URL is malformed or breaks a rule.
    static std::optional<ServerAddress> parse(const QString &uri, const Rules &rules,
                                              QString &problem);

    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &database() const { return m_database; }
    const QString &user() const { return m_user; }
    const QString &sslMode() const { return m_sslMode; }
    int connectTimeout() const { return m_connectTimeout; }
    bool isSocket() const { return m_host.startsWith(QLatin1Char('/')); }

    // QPSQL's connect options: "key=value;..." with values quoted for libpq.
    QString connectOptions() const;
    // What a connection attempt tried, for messages: "user@host:port/db (sslmode=..., ...)".
    QString describe() const;
    // The server and database a pulled copy comes from ("host:port/db").
    QString label() const;

private:
    QString m_host;
    int m_port = kDefaultPort;
    QString m_database;
    QString m_user;
    QString m_sslMode;
    QString m_sslRootCert;
    QString m_sslCrl;
    QString m_sslCert;
    QString m_sslKey;
    int m_connectTimeout = kDefaultConnectTimeout;
};

} // namespace laatu
