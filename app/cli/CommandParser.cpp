#include "CommandParser.h"

namespace laatu::cli {

CommandParser::CommandParser(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

std::optional<int> CommandParser::parse(const QStringList &arguments, CliIo &io)
{
    if (!m_parser.parse(arguments))
        return usageError(io, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // helpText() names the program by its path (argv[0]); show how the command is typed.
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        QString usage = help.left(firstLineEnd);
        usage.replace(QCoreApplication::arguments().value(0),
                      QStringLiteral("laatu-cli %1").arg(m_command));
        io.out << usage << help.mid(firstLineEnd);
        return ExitOk;
    }
    return std::nullopt;
}

int CommandParser::usageError(CliIo &io, const QString &message) const
{
    io.err << tr("laatu-cli %1: %2").arg(m_command, message) << Qt::endl;
    io.err << tr("Try 'laatu-cli %1 --help'.").arg(m_command) << Qt::endl;
    return ExitUsage;
}

} // namespace laatu::cli
