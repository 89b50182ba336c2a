#include "ServerAccess.h"

#include "programme/ProgrammeSettings.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace laatu::cli {

QCommandLineOption ServerAccess::urlOption()
{
    return QCommandLineOption(
        QStringLiteral("url"),
        tr("The programme server as a libpq URI: postgresql://USER@HOST:5432/DATABASE"
           "?sslrootcert=CA.pem (TLS verify-full), or ?host=/socket/folder."),
        QStringLiteral("uri"));
}

QCommandLineOption ServerAccess::insecureLocalOption()
{
    return QCommandLineOption(
        QStringLiteral("insecure-local-test-server"),
        tr("Allow an unverified connection (sslmode other than verify-full) to a test server "
           "on this machine."));
}

QString ServerAccess::configuredUrl(const CommandParser &parser)
{
    if (parser.parser().isSet(QStringLiteral("url")))
        return parser.parser().value(QStringLiteral("url"));
    // The GUI's Settings → Programme Server.
    return ProgrammeSettings::url();
}

std::unique_ptr<ServerConnection> ServerAccess::connect(const CommandParser &parser, CliIo &io,
                                                        int &exitCode)
{
    const QString url = configuredUrl(parser);
    if (url.isEmpty()) {
        exitCode = parser.usageError(io,
                                     tr("no programme server is configured: give --url "
                                        "postgresql://USER@HOST/DATABASE (nothing was "
                                        "connected)"));
        return nullptr;
    }
    ServerAddress::Rules rules;
    rules.allowUnverifiedLocal
        = parser.parser().isSet(QStringLiteral("insecure-local-test-server"));
    QString problem;
    const std::optional<ServerAddress> address = ServerAddress::parse(url, rules, problem);
    if (!address) {
        exitCode = parser.usageError(io, problem);
        return nullptr;
    }
    ProgrammeError error;
    std::unique_ptr<ServerConnection> connection = ServerConnection::open(*address, {}, error);
    // The server wants a password libpq did not have (no PGPASSWORD): ask once.
    if (!connection && error.code() == ProgrammeError::Refused
        && error.message().contains(QLatin1String("no password supplied"))
        && isatty(STDIN_FILENO)) {
        const QString password
            = readPassword(tr("Password for %1 on %2: ").arg(address->user(), address->host()), io);
        connection = ServerConnection::open(*address, password, error);
    }
    if (!connection)
        exitCode = fail(io, parser.command(), error);
    return connection;
}

int ServerAccess::fail(CliIo &io, const QString &command, const ProgrammeError &error)
{
    io.err << tr("laatu-cli %1: %2").arg(command, error.message()) << Qt::endl;
    switch (error.code()) {
    case ProgrammeError::Unreachable:
        return ExitUnreachable;
    case ProgrammeError::NotConfigured:
    case ProgrammeError::BadAddress:
        return ExitUsage;
    case ProgrammeError::Conflict:
    case ProgrammeError::Denied:
        return ExitBadInput;
    default:
        return ExitDatabase;
    }
}

QString ServerAccess::readPassword(const QString &prompt, CliIo &io)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        io.err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        io.err << Qt::endl;
    }
    return QString::fromStdString(line);
}

} // namespace laatu::cli
