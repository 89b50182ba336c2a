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
    if (const auto problem = emptyValue())
        return usageError(io, *problem);
    return std::nullopt;
}

std::optional<QString> CommandParser::emptyValue() const
{
    for (const QCommandLineOption &option : m_options) {
        if (option.valueName().isEmpty() || !m_parser.isSet(option))
            continue;
        for (const QString &value : m_parser.values(option))
            if (value.isEmpty())
                return tr("--%1 needs a value (%2), not an empty one")
                    .arg(option.names().constFirst(), option.valueName());
    }
    if (m_parser.positionalArguments().contains(QString()))
        return tr("an empty argument was given; give a value or leave it out");
    return std::nullopt;
}

int CommandParser::usageError(CliIo &io, const QString &message) const
{
    io.err << tr("laatu-cli %1: %2").arg(m_command, message) << Qt::endl;
    io.err << tr("Try 'laatu-cli %1 --help'.").arg(m_command) << Qt::endl;
    return ExitUsage;
}

} // namespace laatu::cli
