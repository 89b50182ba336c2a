#include "SuggestCommand.h"

#include "CatalogChoice.h"
#include "CommandParser.h"

#include "instrument/ExactNumber.h"

namespace laatu::cli {

QString SuggestCommand::summary()
{
    return tr("Suggest the rating for a criterion from the evidence.");
}

int SuggestCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("suggest"),
        tr("Prints the rating the catalog suggests for a numeric or counted criterion.\n"
           "VALUE is the number behind a numeric criterion (18, 6.5), or the two counts it is "
           "computed from as A/B (45/2.5 clients per full-time coach, 17/20 jobs for a share), "
           "or for a counted criterion the number of elements present."));
    parser.addPositionalArgument(QStringLiteral("criterion"), tr("Criterion id, e.g. caseload."));
    parser.addPositionalArgument(QStringLiteral("value"), tr("The evidence value."));
    parser.addOptions({CatalogChoice::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return parser.usageError(io, tr("expected a criterion id and a value"));

    int exitCode = ExitOk;
    const std::optional<Instrument> instrument = CatalogChoice::load(parser.parser(), io, exitCode);
    if (!instrument)
        return exitCode;
    const QString &id = positional.at(0);
    const QString &valueText = positional.at(1);
    const Criterion *criterion = instrument->criterion(id);
    if (!criterion)
        return parser.usageError(io,
                                 tr("unknown criterion \"%1\"; see 'laatu-cli catalog' for "
                                    "the ids")
                                     .arg(id));
    const SuggestionRule &rule = criterion->rule;

    std::optional<int> suggestion;
    if (rule.kind == RuleKind::Descriptive) {
        return parser.usageError(io,
                                 tr("criterion \"%1\" is descriptive: the reviewers rate it "
                                    "against the anchors, there is no suggestion")
                                     .arg(id));
    } else if (rule.kind == RuleKind::CountedElements) {
        bool ok = false;
        const int present = valueText.toInt(&ok);
        suggestion = ok ? rule.suggestForCount(present) : std::nullopt;
        if (!suggestion)
            return parser.usageError(io,
                                     tr("\"%1\" counts elements present: give a whole number "
                                        "from 0 to %2, not \"%3\"")
                                         .arg(id)
                                         .arg(rule.elements.size())
                                         .arg(valueText));
    } else {
        std::optional<ExactNumber> value;
        const qsizetype slash = valueText.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            const auto first = ExactNumber::parse(valueText.left(slash));
            const auto second = ExactNumber::parse(valueText.mid(slash + 1));
            if (first && second)
                value = rule.valueFromInputs(*first, *second);
        } else {
            value = ExactNumber::parse(valueText);
        }
        if (!value)
            return parser.usageError(
                io, tr("\"%1\" is not a number (or A/B with B not 0)").arg(valueText));
        suggestion = rule.suggestForValue(*value);
        if (!suggestion) {
            const QString low = rule.minimum ? rule.minimum->toString() : QStringLiteral("-inf");
            const QString high = rule.maximum ? rule.maximum->toString() : QStringLiteral("inf");
            return parser.usageError(io,
                                     tr("%1 is outside the range of \"%2\" (%3 to %4)")
                                         .arg(value->toString(), id, low, high));
        }
    }
    io.out << *suggestion << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
