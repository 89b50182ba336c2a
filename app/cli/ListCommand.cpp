#include "ListCommand.h"

#include "DatabaseAccess.h"

#include "scoring/ScoreCard.h"
#include "storage/ReviewRepository.h"
#include "text/TextRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace laatu::cli {

QString ListCommand::summary()
{
    return tr("List the reviews: site, county, date, kind, status, total, level.");
}

int ListCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(QStringLiteral("list"),
                         tr("Lists every review in the database, by county and site."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the list as JSON."));
    parser.addOptions({DatabaseAccess::option(), jsonOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return parser.usageError(
            io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    QList<ReviewSummary> reviews;
    if (StorageError error = repository.listReviews(reviews))
        return DatabaseAccess::fail(io, parser.command(), error);

    QJsonArray json;
    for (const ReviewSummary &review : reviews) {
        StorageError error;
        const auto instrument = repository.catalog(review.catalogId, review.catalogVersion, error);
        if (!instrument)
            return DatabaseAccess::fail(io, parser.command(), error);
        const QString level
            = ScoreCard::levelKeyFor(*instrument, review.consensusRated, review.consensusTotal);
        const bool complete = level != QLatin1String(ScoreCard::kIncompleteLevel);
        if (parser.isSet(jsonOption)) {
            json.append(QJsonObject {
                {QStringLiteral("id"), review.id},
                {QStringLiteral("uuid"), review.uuid},
                {QStringLiteral("site"), review.siteName},
                {QStringLiteral("county"), review.county},
                {QStringLiteral("date"), review.visitStart.toString(Qt::ISODate)},
                {QStringLiteral("kind"), toKey(review.kind)},
                {QStringLiteral("status"), toKey(review.status)},
                {QStringLiteral("total"),
                 complete ? QJsonValue(review.consensusTotal) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("level"), level},
            });
            continue;
        }
        io.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\n")
                      .arg(QString::number(review.id), TextRules::oneLine(review.siteName),
                           TextRules::oneLine(review.county),
                           review.visitStart.toString(Qt::ISODate), toKey(review.kind),
                           toKey(review.status),
                           complete ? QString::number(review.consensusTotal) : QStringLiteral("-"),
                           level);
    }
    if (parser.isSet(jsonOption))
        io.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    io.out.flush();
    return ExitOk;
}

} // namespace laatu::cli
