#include "ScoreCommand.h"

#include "CatalogChoice.h"
#include "CommandParser.h"
#include "RatingList.h"

#include "scoring/ScoreCard.h"
#include "scoring/ScoreCardJson.h"

#include <QJsonDocument>
#include <QLocale>

namespace laatu::cli {

namespace {
QString countOrDash(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QString shareText(int part, int whole)
{
    return QStringLiteral("%1/%2").arg(part).arg(whole);
}
} // namespace

QString ScoreCommand::summary()
{
    return tr("Score ratings: total, mean, level and section subtotals.");
}

int ScoreCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(QStringLiteral("score"),
                         tr("Scores one set of ratings given in catalog order. With two or more "
                            "--rater lists it also reports how far the reviewers agree."));
    const QCommandLineOption ratingsOption(
        QStringLiteral("ratings"),
        tr("The consensus ratings: one value per criterion in catalog order, separated by commas; "
           "1-5 or - for not rated."),
        QStringLiteral("list"));
    const QCommandLineOption raterOption(
        QStringLiteral("rater"),
        tr("One reviewer's own ratings in the same form; give it once per reviewer."),
        QStringLiteral("list"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the score card as JSON."));
    parser.addOptions({ratingsOption, raterOption, jsonOption, CatalogChoice::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (!parser.isSet(ratingsOption))
        return parser.usageError(io, tr("--ratings is required"));

    int exitCode = ExitOk;
    const std::optional<Instrument> instrument = CatalogChoice::load(parser.parser(), io, exitCode);
    if (!instrument)
        return exitCode;

    QString error;
    const auto consensus = RatingList::parse(parser.value(ratingsOption), *instrument, {}, error);
    if (!consensus)
        return parser.usageError(io, tr("--ratings: %1").arg(error));
    QList<RatingSheet> raters;
    for (const QString &list : parser.values(raterOption)) {
        const auto rater
            = RatingList::parse(list, *instrument, tr("reviewer %1").arg(raters.size() + 1), error);
        if (!rater)
            return parser.usageError(io, tr("--rater %1: %2").arg(raters.size() + 1).arg(error));
        raters << *rater;
    }
    if (raters.size() == 1)
        return parser.usageError(io, tr("give --rater at least twice to compare reviewers"));

    const ScoreCard card = ScoreCard::compute(*instrument, *consensus, raters);
    if (parser.isSet(jsonOption)) {
        io.out << QJsonDocument(ScoreCardJson::toJson(card, *instrument))
                      .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    // One line of key=value pairs: easy to read and to cut apart in scripts. The mean uses '.'
    // whatever the locale so scripts can parse it.
    const QLocale c = QLocale::c();
    QStringList fields {
        QStringLiteral("total=%1").arg(countOrDash(card.total())),
        QStringLiteral("mean=%1").arg(card.isComplete() ? card.meanText(c) : QStringLiteral("-")),
        QStringLiteral("level=%1").arg(card.levelKey())};
    for (const ScoreCard::SectionScore &section : card.sections()) {
        fields << QStringLiteral("%1=%2").arg(
            section.sectionId,
            section.isComplete() ? QString::number(section.subtotal) : QStringLiteral("-"));
    }
    if (!card.unrated().isEmpty())
        fields << QStringLiteral("unrated=%1").arg(card.unrated().join(QLatin1Char(',')));
    io.out << fields.join(QLatin1Char(' ')) << Qt::endl;
    if (const auto &agreement = card.agreement()) {
        io.out << QStringLiteral("agreement exact=%1 within-one=%2 differ-by-2=%3")
                      .arg(shareText(agreement->exact, agreement->compared),
                           shareText(agreement->withinOne, agreement->compared),
                           agreement->differByTwoOrMore.isEmpty()
                               ? QStringLiteral("-")
                               : agreement->differByTwoOrMore.join(QLatin1Char(',')))
               << Qt::endl;
    }
    return ExitOk;
}

} // namespace laatu::cli
