#include "ServerUserCommand.h"

#include "CommandParser.h"
#include "ServerAccess.h"

#include "programme/ServerUsers.h"

namespace laatu::cli {

QString ServerUserCommand::summary()
{
    return tr("Add a person to the programme, or change their counties.");
}

int ServerUserCommand::run(const QStringList &arguments, CliIo &io)
{
    // "server add-user NAME ...": the parser sees "server" as the command name and the
    // action as its first positional argument.
    CommandParser parser(
        QStringLiteral("server"),
        tr("add-user NAME --role reviewer|county-manager|programme-manager [--county C]...: "
           "a login for one person, its password read from the terminal (or one line of "
           "standard input) and sent to the server only as a SCRAM verifier. assign NAME "
           "--county C...: more counties. unassign NAME --county C...: fewer."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("add-user, assign or unassign."),
                                 QStringLiteral("add-user|assign|unassign"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The person's login."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("reviewer, county-manager or programme-manager."),
                                        QStringLiteral("role"));
    const QCommandLineOption countyOption(
        QStringLiteral("county"), tr("A county the person publishes to or reads (repeatable)."),
        QStringLiteral("name"));
    parser.addOptions(
        {ServerAccess::urlOption(), ServerAccess::insecureLocalOption(), roleOption, countyOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return parser.usageError(io, tr("expected the action and one login name"));
    const QString action = positional.at(0);
    const QString login = positional.at(1);
    const QStringList counties = parser.values(countyOption);
    ServerUsers::Role role = ServerUsers::Role::Reviewer;
    if (action == QLatin1String("add-user")) {
        if (!ServerUsers::roleFromName(parser.value(roleOption), role))
            return parser.usageError(
                io, tr("--role must be reviewer, county-manager or programme-manager"));
        if (role != ServerUsers::Role::ProgrammeManager && counties.isEmpty())
            return parser.usageError(io, tr("a reviewer or county manager needs --county"));
    } else if (counties.isEmpty()) {
        return parser.usageError(io, tr("--county is required"));
    }
    if (!ServerUsers::isValidLogin(login))
        return parser.usageError(io,
                                 tr("\"%1\" cannot be a login: lower-case letters, digits "
                                    "and . _ - @, beginning with a letter")
                                     .arg(login));
    QString password;
    if (action == QLatin1String("add-user")) {
        password = ServerAccess::readPassword(tr("Password for the new user %1: ").arg(login), io);
        if (password.size() < 12)
            return parser.usageError(io, tr("the password must have at least 12 characters"));
    }
    int exitCode = ExitOk;
    std::unique_ptr<ServerConnection> connection = ServerAccess::connect(parser, io, exitCode);
    if (!connection)
        return exitCode;
    ProgrammeError error;
    if (action == QLatin1String("add-user"))
        error = ServerUsers::addUser(*connection, login, role, password, counties);
    else if (action == QLatin1String("assign"))
        error = ServerUsers::assign(*connection, login, counties);
    else
        error = ServerUsers::unassign(*connection, login, counties);
    if (error)
        return ServerAccess::fail(io, parser.command(), error);
    io.out << tr("%1: %2").arg(action, login) << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
