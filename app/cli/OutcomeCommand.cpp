#include "OutcomeCommand.h"

#include "DatabaseAccess.h"

#include "analysis/SiteHistory.h"
#include "storage/OutcomeRepository.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString OutcomeCommand::summary()
{
    return tr("Set a site's outcomes for a period: people coached, people in competitive work.");
}

int OutcomeCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("outcome"),
        tr("Stores how many people the site coached in a period and how many of them were in "
           "competitive work; the same period again corrects it. 'history' shows the employment "
           "rate beside the fidelity trend."));
    parser.addPositionalArgument(QStringLiteral("site"), tr("Site name or UUID."));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day of the period."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day of the period."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption coachedOption(QStringLiteral("coached"), tr("People coached."),
                                           QStringLiteral("n"));
    const QCommandLineOption employedOption(QStringLiteral("employed"),
                                            tr("Of them, people in competitive work."),
                                            QStringLiteral("m"));
    parser.addOptions(
        {DatabaseAccess::option(), fromOption, toOption, coachedOption, employedOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one site name or UUID"));
    SiteOutcome outcome;
    outcome.periodStart = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    outcome.periodEnd = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!outcome.periodStart.isValid() || !outcome.periodEnd.isValid())
        return parser.usageError(io, tr("--from and --to need dates like 2025-01-31"));
    bool coachedOk = false;
    bool employedOk = false;
    outcome.coached = parser.value(coachedOption).toInt(&coachedOk);
    outcome.employed = parser.value(employedOption).toInt(&employedOk);
    if (!coachedOk || !employedOk)
        return parser.usageError(io, tr("--coached and --employed need whole numbers"));
    if (const QString problem = OutcomeRepository::problem(outcome); !problem.isEmpty())
        return parser.usageError(io, problem);
    int exitCode = ExitOk;
    Database::Options options;
    options.create = false;
    std::unique_ptr<Database> database = DatabaseAccess::open(parser, io, options, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    SiteHistory history;
    if (StorageError error = SiteHistory::load(*database, repository,
                                               parser.positionalArguments().constFirst(), history))
        return DatabaseAccess::fail(io, parser.command(), error);
    if (StorageError error = OutcomeRepository(*database).setOutcome(history.site().id, outcome))
        return DatabaseAccess::fail(io, parser.command(), error);
    io.out << tr("%1, %2 to %3: %4 coached, %5 in competitive work (%6 %).")
                  .arg(history.site().name, outcome.periodStart.toString(Qt::ISODate),
                       outcome.periodEnd.toString(Qt::ISODate))
                  .arg(outcome.coached)
                  .arg(outcome.employed)
                  .arg(outcome.employmentRate() ? *outcome.employmentRate() * 100 : 0.0, 0, 'f', 1)
           << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
