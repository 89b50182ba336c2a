#include "WorkbookCommand.h"

#include "DatabaseAccess.h"

#include "exchange/WorkbookCsv.h"
#include "scoring/EvidenceFigures.h"
#include "storage/ReviewRepository.h"
#include "text/TextRules.h"

namespace laatu::cli {

namespace {
QString origin(const ResolvedFigure &figure)
{
    switch (figure.origin) {
    case FigureOrigin::Typed:
        return WorkbookCommand::tr("typed");
    case FigureOrigin::Workbook:
        return WorkbookCommand::tr("computed");
    case FigureOrigin::Missing:
        break;
    }
    return WorkbookCommand::tr("missing");
}
} // namespace

QString WorkbookCommand::summary()
{
    return tr("Show a review's evidence workbook: the figures it gives, or its rows as CSV.");
}

int WorkbookCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(QStringLiteral("workbook"),
                         tr("Shows the figures the evidence workbook of one review gives each "
                            "numeric criterion (typed figures win and are marked), or with "
                            "--csv its coach and record rows."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       tr("Print the workbook's rows as CSV."));
    const QCommandLineOption clearOption(
        QStringLiteral("clear-records"),
        tr("Clear the record rows of a final review: the figures they gave are kept as typed "
           "figures, and the audit log says so."));
    parser.addOptions({DatabaseAccess::option(), csvOption, clearOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one review number or UUID"));
    if (parser.isSet(clearOption) && parser.isSet(csvOption))
        return parser.usageError(io, tr("--clear-records and --csv cannot be combined"));
    int exitCode = ExitOk;
    if (parser.isSet(clearOption)) {
        Database::Options options;
        options.create = false;
        std::unique_ptr<Database> database = DatabaseAccess::open(parser, io, options, exitCode);
        if (!database)
            return exitCode;
        ReviewRepository repository(*database);
        qint64 id = 0;
        int cleared = 0;
        StorageError error
            = DatabaseAccess::findReview(repository, parser.positionalArguments().constFirst(), id);
        if (!error)
            error = repository.clearRecords(id, cleared);
        if (error)
            return DatabaseAccess::fail(io, parser.command(), error);
        io.out << tr("Cleared %1 record rows of review %2; the figures they gave are kept.")
                      .arg(cleared)
                      .arg(id)
               << Qt::endl;
        return ExitOk;
    }
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    ReviewDocument document;
    StorageError error = DatabaseAccess::loadReview(
        repository, parser.positionalArguments().constFirst(), document);
    const Instrument *instrument = error
        ? nullptr
        : repository.catalog(document.review.catalogId, document.review.catalogVersion, error);
    if (error)
        return DatabaseAccess::fail(io, parser.command(), error);
    if (parser.isSet(csvOption)) {
        io.out << QString::fromUtf8(WorkbookCsv::toCsv(document.workbook, *instrument));
        return ExitOk;
    }
    // Figures in the catalog's first language only if English is not there: the command line
    // speaks English keys and numbers with '.'.
    const QString language = instrument->languages().contains(QLatin1String("en"))
        ? QStringLiteral("en")
        : instrument->languages().value(0);
    io.out << tr("Workbook of review %1: %2 coaches, %3 records")
                  .arg(document.review.id)
                  .arg(document.workbook.coaches.size())
                  .arg(document.workbook.records.size());
    if (document.workbook.recordsCleared)
        io.out << tr(" (the records were cleared)");
    io.out << Qt::endl;
    for (const Criterion &criterion : instrument->criteria()) {
        if (criterion.rule.kind != RuleKind::NumericBands)
            continue;
        const CriterionFigures figures
            = EvidenceFigures::resolve(*instrument, criterion, document, language);
        QStringList inputs;
        for (int i = 0; i < figures.inputs.size(); ++i) {
            const ResolvedFigure &figure = figures.inputs.at(i);
            inputs << QStringLiteral("%1 = %2 (%3)")
                          .arg(criterion.rule.inputs.at(i).key,
                               figure.value ? figure.value->toString() : QStringLiteral("-"),
                               origin(figure));
        }
        io.out << QStringLiteral("%1 %2: %3 -> %4; %5")
                      .arg(criterion.number)
                      .arg(criterion.id,
                           figures.value ? figures.value->toString(2) : QStringLiteral("-"),
                           figures.suggestion ? QString::number(*figures.suggestion)
                                              : QStringLiteral("-"),
                           inputs.join(QStringLiteral(", ")));
        if (figures.fromWorkbook())
            io.out << tr("; computed from %1").arg(EvidenceFigures::restsOn(figures));
        io.out << Qt::endl;
        for (const QString &problem : figures.problems())
            io.out << QStringLiteral("    ") << TextRules::oneLine(problem) << Qt::endl;
    }
    return ExitOk;
}

} // namespace laatu::cli
