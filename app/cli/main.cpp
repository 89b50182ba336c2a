// laatu-cli: the headless command line of Laatu (scoring, suggestions, catalogs; later the
// database commands). Same core as the GUI, no widgets.
#include "BackupCommand.h"
#include "CatalogCommand.h"
#include "CheckCommand.h"
#include "CliIo.h"
#include "CompareCommand.h"
#include "DataRequestCommand.h"
#include "DatabaseAccess.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ExportCsvCommand.h"
#include "ExportMineCommand.h"
#include "HandOutCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "MergeCommand.h"
#include "OutcomeCommand.h"
#include "PlanCommand.h"
#include "PublishCommand.h"
#include "PullCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "ScoreCommand.h"
#include "ServerCommand.h"
#include "ShowCommand.h"
#include "SuggestCommand.h"
#include "WorkbookCommand.h"

#include "LaatuVersion.h"
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

struct Command
{
    const char *name;
    std::function<QString()> summary;
    std::function<int(const QStringList &, laatu::cli::CliIo &)> run;
};

const QList<Command> &commands()
{
    using namespace laatu::cli;
    static const QList<Command> list {
        {"score", &ScoreCommand::summary, &ScoreCommand::run},
        {"suggest", &SuggestCommand::summary, &SuggestCommand::run},
        {"catalog", &CatalogCommand::summary, &CatalogCommand::run},
        {"demo", &DemoCommand::summary, &DemoCommand::run},
        {"list", &ListCommand::summary, &ListCommand::run},
        {"show", &ShowCommand::summary, &ShowCommand::run},
        {"workbook", &WorkbookCommand::summary, &WorkbookCommand::run},
        {"export", &ExportCommand::summary, &ExportCommand::run},
        {"export-csv", &ExportCsvCommand::summary, &ExportCsvCommand::run},
        {"report", &ReportCommand::summary, &ReportCommand::run},
        {"data-request", &DataRequestCommand::summary, &DataRequestCommand::run},
        {"plan", &PlanCommand::summary, &PlanCommand::run},
        {"import", &ImportCommand::summary, &ImportCommand::run},
        {"check", &CheckCommand::summary, &CheckCommand::run},
        {"backup", &BackupCommand::summary, &BackupCommand::run},
        {"restore", &RestoreCommand::summary, &RestoreCommand::run},
        {"merge", &MergeCommand::summary, &MergeCommand::run},
        {"export-mine", &ExportMineCommand::summary, &ExportMineCommand::run},
        {"hand-out", &HandOutCommand::summary, &HandOutCommand::run},
        {"history", &HistoryCommand::summary, &HistoryCommand::run},
        {"compare", &CompareCommand::summary, &CompareCommand::run},
        {"outcome", &OutcomeCommand::summary, &OutcomeCommand::run},
        {"server", &ServerCommand::summary, &ServerCommand::run},
        {"publish", &PublishCommand::summary, &PublishCommand::run},
        {"pull", &PullCommand::summary, &PullCommand::run},
    };
    return list;
}

// The command: the first argument that is not an option or the value of a leading --db.
QByteArray commandWord(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--db") {
            ++i;
            continue;
        }
        if (!argument.startsWith('-'))
            return argument;
    }
    return {};
}

QString helpText()
{
    QString text = QCoreApplication::translate(
        "laatu-cli",
        "Usage: laatu-cli [--help] [--version] <command> [options]\n\n"
        "Laatu: IPS fidelity reviews against the 25 quality criteria.\n\n"
        "Commands:\n");
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, qsizetype(qstrlen(command.name)));
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(width), command.summary());
    text += QCoreApplication::translate(
        "laatu-cli",
        "\n'laatu-cli <command> --help' describes a command.\n\n"
        "Exit codes: 0 ok, 2 wrong usage, 3 bad input or output file (or a conflict or a "
        "refused review), 4 database or server problem, 5 merged with conflicts, 6 programme "
        "server unreachable.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // Reports lay out text, which needs fonts and so a QGuiApplication; the offscreen platform
    // keeps the command line free of any display. Other commands stay QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    const QByteArray word = commandWord(argc, argv);
    if (word == "report" || word == "data-request" || word == "plan") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Laatu"));
    // The same name as the GUI, so both find the user's database in the same AppDataLocation.
    QCoreApplication::setApplicationName(QStringLiteral("laatu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAATU_VERSION_STRING));
    laatu::Translator::install(QStringLiteral("system"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    laatu::cli::CliIo io {out, err};

    // Options before the command (laatu-cli --db X list) belong to the command as well.
    QStringList arguments = QCoreApplication::arguments();
    QStringList leading;
    while (arguments.size() > 1 && arguments.at(1).startsWith(QLatin1String("--db"))) {
        leading << arguments.takeAt(1);
        if (leading.constLast() == QLatin1String("--db") && arguments.size() > 1)
            leading << arguments.takeAt(1);
    }
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        out << helpText();
        return laatu::cli::ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("laatu-cli %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return laatu::cli::ExitOk;
    }
    for (const Command &command : commands()) {
        if (first != QLatin1String(command.name))
            continue;
        // Right after the command word, so that they stay options even when the command's
        // own arguments end with an option missing its value or contain "--".
        const int exitCode
            = command.run(QStringList {arguments.at(1)} + leading + arguments.mid(2), io);
        if (exitCode != laatu::cli::ExitOk)
            laatu::cli::DatabaseAccess::discardCreated(); // a failed command creates nothing
        return exitCode;
    }
    err << (first.isEmpty()
                ? QCoreApplication::translate("laatu-cli", "laatu-cli: no command given")
                : QCoreApplication::translate("laatu-cli", "laatu-cli: unknown command \"%1\"")
                      .arg(first))
        << Qt::endl
        << QCoreApplication::translate("laatu-cli", "Try 'laatu-cli --help'.") << Qt::endl;
    return laatu::cli::ExitUsage;
}
