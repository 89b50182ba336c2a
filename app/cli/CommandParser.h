#pragma once

#include "CliIo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace laatu::cli {

// QCommandLineParser set up the way every laatu-cli command needs it: --help per command,
// errors reported with exit code 2 (QCommandLineParser::process() would exit with 1).
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    CommandParser(const QString &command, const QString &description);

    void addOptions(const QList<QCommandLineOption> &options)
    {
        m_parser.addOptions(options);
        m_options << options;
    }
    void addPositionalArgument(const QString &name, const QString &description,
                               const QString &syntax = {})
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }
    // Parses `arguments` (the command name first). Returns an exit code when the command must
    // stop here: help was shown, or the arguments are wrong. "--" ends the options (a file
    // named "-x.json" can follow it); an option given an empty value (--dir "") and an empty
    // argument ("") are wrong usage, never an empty name passed on.
    std::optional<int> parse(const QStringList &arguments, CliIo &io);
    int usageError(CliIo &io, const QString &message) const;

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    const QCommandLineParser &parser() const { return m_parser; }
    const QString &command() const { return m_command; }

private:
    std::optional<QString> emptyValue() const;

    QString m_command;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
};

} // namespace laatu::cli
