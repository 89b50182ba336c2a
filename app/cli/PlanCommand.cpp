#include "PlanCommand.h"

#include "DatabaseAccess.h"

#include "exchange/VisitPlanTemplate.h"
#include "i18n/Translator.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "report/ReportStrings.h"
#include "report/VisitPlanBuilder.h"
#include "report/VisitPlanContent.h"
#include "storage/ReviewRepository.h"
#include "text/TextRules.h"

namespace laatu::cli {

namespace {
struct PlanOptions
{
    QCommandLineOption out {QStringLiteral("out"),
                            PlanCommand::tr("The file to write, ending in .pdf or .odt."),
                            QStringLiteral("file")};
    QCommandLineOption language {
        QStringLiteral("lang"),
        PlanCommand::tr("The language of the letter or of the built-in template: fi, sv or en "
                        "(default: the user interface language)."),
        QStringLiteral("language")};
    QCommandLineOption fromTemplate {
        QStringLiteral("from-template"),
        PlanCommand::tr("Start the review's visit plan from a template (the built-in one in "
                        "--lang, or --template FILE).")};
    QCommandLineOption templateFile {
        QStringLiteral("template"),
        PlanCommand::tr("An organisation's own visit plan template (JSON, format "
                        "\"laatu-visit-plan-template\")."),
        QStringLiteral("file")};
    QCommandLineOption replace {
        QStringLiteral("replace"),
        PlanCommand::tr("With --from-template: replace a plan the review already has.")};
};

int startFromTemplate(const CommandParser &parser, const PlanOptions &options,
                      const QString &language, CliIo &io)
{
    // The template is read and checked whole before the database is opened, so a broken
    // file changes nothing and creates nothing.
    std::optional<VisitPlan> templatePlan;
    if (parser.isSet(options.templateFile)) {
        QStringList errors;
        templatePlan = VisitPlanTemplate::fromFile(parser.value(options.templateFile), errors);
        if (!templatePlan) {
            io.err << PlanCommand::tr("laatu-cli plan: %1 is not a usable visit plan template:")
                          .arg(TextRules::oneLine(parser.value(options.templateFile)))
                   << Qt::endl;
            for (const QString &error : errors)
                io.err << QStringLiteral("  ") << TextRules::message(error) << Qt::endl;
            return ExitBadInput;
        }
    } else {
        templatePlan = VisitPlanTemplate::builtIn(language);
    }
    Database::Options databaseOptions;
    databaseOptions.create = false;
    int exitCode = ExitOk;
    std::unique_ptr<Database> database
        = DatabaseAccess::open(parser, io, databaseOptions, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    ReviewDocument review;
    if (StorageError error
        = DatabaseAccess::loadReview(repository, parser.positionalArguments().constFirst(), review))
        return DatabaseAccess::fail(io, parser.command(), error);
    if (!review.visitPlan.isEmpty() && !parser.isSet(options.replace)) {
        io.err << PlanCommand::tr("laatu-cli plan: review %1 already has a visit plan of %2 "
                                  "items; add --replace to start again from the template.")
                      .arg(review.review.id)
                      .arg(review.visitPlan.items.size())
               << Qt::endl;
        return ExitBadInput;
    }
    const VisitPlan plan = VisitPlanTemplate::instantiate(*templatePlan);
    if (StorageError error = repository.replaceVisitPlan(review.review.id, plan))
        return DatabaseAccess::fail(io, parser.command(), error);
    io.out << PlanCommand::tr("Started the visit plan of review %1 with %2 items over %3 days.")
                  .arg(review.review.id)
                  .arg(plan.items.size())
                  .arg(plan.dayCount())
           << Qt::endl;
    return ExitOk;
}

int writeLetter(const CommandParser &parser, const PlanOptions &options, const QString &language,
                CliIo &io)
{
    const QString out = parser.value(options.out);
    // No default format: a letter written as PDF under another name would be opened wrongly.
    const bool odt = out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    qint64 id = 0;
    if (StorageError error
        = DatabaseAccess::findReview(repository, parser.positionalArguments().constFirst(), id))
        return DatabaseAccess::fail(io, parser.command(), error);
    VisitPlanModel model;
    if (StorageError error = VisitPlanBuilder::fromDatabase(repository, id, language, model))
        return DatabaseAccess::fail(io, parser.command(), error);
    const PagedDocument letter = VisitPlanContent::paged(model);
    int pages = 0;
    const QString problem
        = odt ? ReportOdt::write(letter, out) : ReportRenderer::writePdf(letter, out, &pages);
    if (!problem.isEmpty()) {
        io.err << PlanCommand::tr("laatu-cli plan: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    if (odt)
        io.out << PlanCommand::tr("Wrote the visit plan of %1 to %2 (OpenDocument text).")
                      .arg(TextRules::oneLine(model.siteName), out)
               << Qt::endl;
    else
        io.out << PlanCommand::tr("Wrote the visit plan of %1 (%2 pages) to %3.")
                      .arg(TextRules::oneLine(model.siteName))
                      .arg(pages)
                      .arg(out)
               << Qt::endl;
    return ExitOk;
}
} // namespace

QString PlanCommand::summary()
{
    return tr("Start a review's visit plan from a template, or write it as a letter (PDF or ODT).");
}

int PlanCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("plan"),
        tr("The agenda of a review's site visit. With --out, writes it as the letter sent to "
           "the service: the service, the visit dates and the reviewers, then a table per day "
           "with time, what, with whom and where; the file name's ending chooses the format: "
           ".pdf (A4) or .odt (to edit in a word processor). With --from-template, starts the "
           "review's plan from the built-in template in --lang or from --template FILE."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const PlanOptions options;
    parser.addOptions({DatabaseAccess::option(), options.out, options.language,
                       options.fromTemplate, options.templateFile, options.replace});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one review number or UUID"));
    const bool starting = parser.isSet(options.fromTemplate);
    const QString out = parser.value(options.out);
    if (starting == !out.isEmpty())
        return parser.usageError(io, tr("give either --out FILE or --from-template"));
    if (!starting && (parser.isSet(options.templateFile) || parser.isSet(options.replace)))
        return parser.usageError(io, tr("--template and --replace go with --from-template"));
    if (!starting && !out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)
        && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return parser.usageError(
            io, tr("--out must name a file ending in .pdf or .odt, not \"%1\"").arg(out));
    const QString language = parser.isSet(options.language) ? parser.value(options.language)
                                                            : Translator::currentLanguage();
    if (!ReportStrings::isSupported(language))
        return parser.usageError(io, tr("--lang must be fi, sv or en, not \"%1\"").arg(language));
    return starting ? startFromTemplate(parser, options, language, io)
                    : writeLetter(parser, options, language, io);
}

} // namespace laatu::cli
