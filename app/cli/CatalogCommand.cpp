#include "CatalogCommand.h"

#include "CommandParser.h"

#include "i18n/Translator.h"
#include "instrument/CatalogReader.h"
#include "text/TextRules.h"

namespace laatu::cli {

namespace {
QString edgeText(const std::optional<BandEdge> &edge, bool lower)
{
    if (!edge)
        return {};
    const QString op = lower
        ? (edge->inclusive ? QStringLiteral("%1 <= ") : QStringLiteral("%1 < "))
        : (edge->inclusive ? QStringLiteral(" <= %1") : QStringLiteral(" < %1"));
    return op.arg(edge->value.toString());
}
} // namespace

QString CatalogCommand::summary()
{
    return tr("Print a criteria catalog, or check a catalog file.");
}

int CatalogCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(QStringLiteral("catalog"),
                         tr("Prints the built-in criteria catalog, or the one in --file, in one "
                            "language. With --check it only validates the file and lists every "
                            "problem found."));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            tr("Language of the texts: fi, sv or en."),
                                            QStringLiteral("language"));
    const QCommandLineOption fileOption(QStringLiteral("file"), tr("Read the catalog from <path>."),
                                        QStringLiteral("path"));
    const QCommandLineOption checkOption(QStringLiteral("check"), tr("Only validate the catalog."));
    parser.addOptions({languageOption, fileOption, checkOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return parser.usageError(
            io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    QString language = Translator::currentLanguage();
    if (parser.isSet(languageOption)) {
        language = parser.value(languageOption);
        if (!Translator::availableLanguages().contains(language))
            return parser.usageError(io,
                                     tr("unknown language \"%1\"; use fi, sv or en").arg(language));
    }
    const QString path
        = parser.isSet(fileOption) ? parser.value(fileOption) : CatalogReader::builtInPath();
    const CatalogReader::Result result = CatalogReader::readFile(path);
    if (!result.ok()) {
        io.err << tr("laatu-cli catalog: %1 is not a valid catalog (%n problem(s)):", nullptr,
                     static_cast<int>(result.errors.size()))
                      .arg(path)
               << Qt::endl;
        for (const QString &error : result.errors)
            io.err << QStringLiteral("  - ") << TextRules::message(error) << Qt::endl;
        return ExitBadInput;
    }
    const Instrument &instrument = *result.instrument;
    if (parser.isSet(checkOption)) {
        io.out << tr("%1: valid catalog %2 version %3, %4 criteria in %5 sections, languages %6")
                      .arg(path, instrument.id(), instrument.version())
                      .arg(instrument.criteria().size())
                      .arg(instrument.sections().size())
                      .arg(instrument.languages().join(QStringLiteral(", ")))
               << Qt::endl;
        return ExitOk;
    }
    if (!instrument.languages().contains(language))
        return parser.usageError(
            io,
            tr("the catalog has no texts in \"%1\" (it has %2)")
                .arg(language, instrument.languages().join(QStringLiteral(", "))));
    print(instrument, language, io);
    return ExitOk;
}

void CatalogCommand::print(const Instrument &instrument, const QString &language, CliIo &io)
{
    io.out << instrument.name().text(language) << QStringLiteral(" (") << instrument.id()
           << QLatin1Char(' ') << instrument.version() << QStringLiteral(")\n")
           << instrument.description().text(language) << QStringLiteral("\n\n");
    for (const Level &level : instrument.levels())
        io.out << QStringLiteral("  %1 (%2): %3\n")
                      .arg(level.name.text(language), level.key, level.description.text(language));
    for (const Section &section : instrument.sections()) {
        io.out << QLatin1Char('\n') << section.name.text(language).toUpper() << QLatin1Char('\n');
        for (const QString &id : section.criterionIds) {
            const Criterion &criterion = *instrument.criterion(id);
            io.out << QStringLiteral("\n%1. %2 [%3]\n")
                          .arg(criterion.number)
                          .arg(criterion.title.text(language), criterion.id)
                   << QStringLiteral("   ") << criterion.definition.text(language)
                   << QLatin1Char('\n');
            for (int i = 0; i < criterion.anchors.size(); ++i)
                io.out << QStringLiteral("   %1  %2\n")
                              .arg(instrument.ratingMin() + i)
                              .arg(criterion.anchors.at(i).text(language));
            const SuggestionRule &rule = criterion.rule;
            if (rule.kind == RuleKind::NumericBands) {
                io.out << QStringLiteral("   ")
                       << tr("Suggested from: %1").arg(rule.quantity.text(language))
                       << QLatin1Char('\n');
                for (const Band &band : rule.bands)
                    io.out << QStringLiteral("     %1x%2 -> %3\n")
                                  .arg(edgeText(band.lower, true), edgeText(band.upper, false))
                                  .arg(band.rating);
            } else if (rule.kind == RuleKind::CountedElements) {
                io.out << QStringLiteral("   ") << tr("Suggested from the elements present:")
                       << QLatin1Char('\n');
                for (const ChecklistElement &element : rule.elements)
                    io.out << QStringLiteral("     [ ] ") << element.label.text(language)
                           << QLatin1Char('\n');
            }
        }
    }
    io.out.flush();
}

} // namespace laatu::cli
