#include "ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace laatu {

namespace {
bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
        || host == QLatin1String("::1");
}

// libpq's quoting of a conninfo value; QPSQL turns ';' into ' ' between options, so a value
// may not hold one (checked by the parser).
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

std::optional<ServerAddress> ServerAddress::parse(const QString &uri, const Rules &rules,
                                                  QString &problem)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))) {
        problem = tr("\"%1\" is not a PostgreSQL connection URI; write it like "
                     "postgresql://USER@HOST:5432/DATABASE")
                      .arg(uri);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        problem = tr("the URL holds a password; leave it out and give the password when asked "
                     "(or in PGPASSWORD for scripts), so it is not kept in shell history");
        return std::nullopt;
    }
    ServerAddress address;
    address.m_host = url.host();
    address.m_port = url.port(kDefaultPort);
    address.m_database = url.path().mid(1);
    address.m_user = url.userName();
    QString sslMode;
    QString timeout;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (value.contains(QLatin1Char(';'))) {
            problem = tr("the URL parameter %1 may not hold a ';'").arg(key);
            return std::nullopt;
        }
        if (key == QLatin1String("host"))
            address.m_host = value;
        else if (key == QLatin1String("port"))
            address.m_port = value.toInt();
        else if (key == QLatin1String("dbname"))
            address.m_database = value;
        else if (key == QLatin1String("user"))
            address.m_user = value;
        else if (key == QLatin1String("sslmode"))
            sslMode = value;
        else if (key == QLatin1String("sslrootcert"))
            address.m_sslRootCert = value;
        else if (key == QLatin1String("sslcrl"))
            address.m_sslCrl = value;
        else if (key == QLatin1String("sslcert"))
            address.m_sslCert = value;
        else if (key == QLatin1String("sslkey"))
            address.m_sslKey = value;
        else if (key == QLatin1String("connect_timeout"))
            timeout = value;
        else {
            problem = tr("the URL parameter \"%1\" is not one Laatu passes on (host, port, "
                         "dbname, user, sslmode, sslrootcert, sslcrl, sslcert, sslkey, "
                         "connect_timeout)")
                          .arg(key);
            return std::nullopt;
        }
    }
    // Without a host libpq would fall back to PGHOST or its default socket: a server nobody
    // named. Laatu connects only where it was told to.
    if (address.m_host.isEmpty() || address.m_database.isEmpty() || address.m_user.isEmpty()) {
        problem = tr("the URL must name the host (or ?host=/socket/folder), the database and "
                     "the user: postgresql://USER@HOST:5432/DATABASE");
        return std::nullopt;
    }
    if (address.m_port < 1 || address.m_port > 65535) {
        problem = tr("the port must be between 1 and 65535");
        return std::nullopt;
    }
    if (!timeout.isEmpty()) {
        bool ok = false;
        address.m_connectTimeout = timeout.toInt(&ok);
        if (!ok || address.m_connectTimeout < 1 || address.m_connectTimeout > kMaxConnectTimeout) {
            problem
                = tr("connect_timeout must be between 1 and %1 seconds").arg(kMaxConnectTimeout);
            return std::nullopt;
        }
    }
    static const QStringList modes {QStringLiteral("disable"),   QStringLiteral("allow"),
                                    QStringLiteral("prefer"),    QStringLiteral("require"),
                                    QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!sslMode.isEmpty() && !modes.contains(sslMode)) {
        problem
            = tr("sslmode \"%1\" is not one of %2").arg(sslMode, modes.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (address.isSocket()) {
        // A local socket never carries TLS; the file system's permissions guard it.
        address.m_sslMode = sslMode.isEmpty() ? QStringLiteral("disable") : sslMode;
        return address;
    }
    address.m_sslMode = sslMode.isEmpty() ? QStringLiteral("verify-full") : sslMode;
    if (address.m_sslMode != QLatin1String("verify-full")
        && !(rules.allowUnverifiedLocal && isLoopback(address.m_host))) {
        problem = tr("sslmode=%1 does not check that %2 is the programme's server; Laatu "
                     "connects to a network host only with sslmode=verify-full (an unverified "
                     "connection is possible only to a test server on this machine, when "
                     "explicitly allowed)")
                      .arg(address.m_sslMode, address.m_host);
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::connectOptions() const
{
    QStringList options {QStringLiteral("connect_timeout=%1").arg(m_connectTimeout),
                         QStringLiteral("sslmode=%1").arg(m_sslMode),
                         QStringLiteral("application_name=laatu")};
    for (const auto &[key, value] : {std::pair(QStringLiteral("sslrootcert"), &m_sslRootCert),
                                     std::pair(QStringLiteral("sslcrl"), &m_sslCrl),
                                     std::pair(QStringLiteral("sslcert"), &m_sslCert),
                                     std::pair(QStringLiteral("sslkey"), &m_sslKey)}) {
        if (!value->isEmpty())
            options << key + QLatin1Char('=') + quoted(*value);
    }
    return options.join(QLatin1Char(';'));
}

QString ServerAddress::describe() const
{
    const QString where = isSocket() ? tr("socket folder %1, port %2").arg(m_host).arg(m_port)
                                     : QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    return tr("%1 on %2, database %3 (sslmode=%4, connect_timeout=%5 s)")
        .arg(m_user, where, m_database, m_sslMode)
        .arg(m_connectTimeout);
}

QString ServerAddress::label() const
{
    return QStringLiteral("%1:%2/%3").arg(m_host).arg(m_port).arg(m_database);
}

} // namespace laatu
