#include "CompareCommand.h"

#include "DatabaseAccess.h"
#include "OwnOnlyOption.h"

#include "analysis/ComparisonCsv.h"
#include "analysis/CountyComparison.h"
#include "storage/ReviewRepository.h"
#include "text/TextRules.h"

#include <QLocale>

namespace laatu::cli {

namespace {
QString hundredths(std::optional<int> value)
{
    return value
        ? QStringLiteral("%1.%2").arg(*value / 100).arg(*value % 100, 2, 10, QLatin1Char('0'))
        : QStringLiteral("-");
}
} // namespace

QString CompareCommand::summary()
{
    return tr("Compare the sites of a county: ratings per criterion, totals, weakest criteria.");
}

int CompareCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("compare"),
        tr("Prints one line per site (its latest final review in the period, or every review "
           "with --all): the 25 consensus ratings, total, mean and level; then the county mean "
           "per criterion and the weakest criteria. --csv writes the table for a spreadsheet."));
    const QCommandLineOption countyOption(
        QStringLiteral("county"), tr("The wellbeing services county."), QStringLiteral("name"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Reviews visited on or after this day."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("Reviews visited on or before this day."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("Every review in the period, not only the latest."));
    const QCommandLineOption draftsOption(
        QStringLiteral("include-drafts"),
        tr("The latest review of each site even when it is not final yet."));
    const QCommandLineOption externalOption(QStringLiteral("external-only"),
                                            tr("Leave self-assessments out."));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Write the table to this file."),
                                       QStringLiteral("file"));
    const QCommandLineOption separatorOption(
        QStringLiteral("separator"), tr("CSV separator: ';' (default, decimal comma) or ','."),
        QStringLiteral("char"), QStringLiteral(";"));
    parser.addOptions({DatabaseAccess::option(), countyOption, fromOption, toOption, allOption,
                       draftsOption, externalOption, csvOption, separatorOption,
                       OwnOnlyOption::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return parser.usageError(
            io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    ComparisonQuery::Filter filter;
    filter.county = parser.value(countyOption).trimmed();
    if (filter.county.isEmpty())
        return parser.usageError(io, tr("--county NAME is required"));
    for (const auto &[option, date] :
         {std::pair(&fromOption, &filter.from), std::pair(&toOption, &filter.to)}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return parser.usageError(
                io, tr("--%1 needs a date like 2025-01-31").arg(option->names().constFirst()));
    }
    const QString separator = parser.value(separatorOption);
    if (separator != QLatin1String(";") && separator != QLatin1String(","))
        return parser.usageError(io, tr("--separator must be ';' or ','"));
    filter.latestPerSite = !parser.isSet(allOption);
    filter.includeSelfAssessments = !parser.isSet(externalOption);
    filter.includeUnfinished = parser.isSet(draftsOption);
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    if (const int exit = OwnOnlyOption::apply(parser, *database, io))
        return exit;
    ReviewRepository repository(*database);
    CountyComparison comparison;
    if (StorageError error = CountyComparison::load(*database, repository, filter, comparison))
        return DatabaseAccess::fail(io, parser.command(), error);
    if (comparison.rows().isEmpty()) {
        QStringList counties;
        ComparisonQuery(*database).counties(counties);
        io.err << tr("laatu-cli compare: no reviews of \"%1\" in that period. Counties: %2.")
                      .arg(filter.county, counties.join(QStringLiteral(", ")))
               << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(csvOption)) {
        const QString problem = ComparisonCsv::write(
            parser.value(csvOption),
            ComparisonCsv::toCsv(comparison, separator.at(0),
                                 QLocale().name().section(QLatin1Char('_'), 0, 0)));
        if (!problem.isEmpty()) {
            io.err << tr("laatu-cli compare: %1").arg(problem) << Qt::endl;
            return ExitBadInput;
        }
    }
    for (const CountyComparison::Row &row : comparison.rows()) {
        QStringList ratings;
        for (const std::optional<int> &rating : row.ratings)
            ratings << (rating ? QString::number(*rating) : QStringLiteral("-"));
        io.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                      .arg(TextRules::oneLine(row.review.siteName),
                           row.review.visitStart.toString(Qt::ISODate),
                           ratings.join(QLatin1Char(' ')),
                           row.total ? QString::number(*row.total) : QStringLiteral("-"),
                           hundredths(row.meanHundredths), row.levelKey);
    }
    QStringList means;
    for (const CountyComparison::CriterionMean &mean : comparison.criterionMeans())
        means << hundredths(mean.meanHundredths());
    io.out << tr("County mean") << QStringLiteral("\t\t") << means.join(QLatin1Char(' '))
           << QStringLiteral("\n");
    QStringList weakest;
    for (const CountyComparison::CriterionMean &mean : comparison.weakest(3))
        weakest << QStringLiteral("%1 %2").arg(mean.criterionId, hundredths(mean.meanHundredths()));
    io.out << tr("Weakest: %1").arg(weakest.join(QStringLiteral(", "))) << QStringLiteral("\n");
    io.out.flush();
    return ExitOk;
}

} // namespace laatu::cli
