#include "HistoryCommand.h"

#include "DatabaseAccess.h"
#include "OwnOnlyOption.h"

#include "analysis/SiteHistory.h"
#include "storage/ReviewRepository.h"
#include "text/TextRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace laatu::cli {

namespace {
QString hundredths(std::optional<int> value)
{
    return value
        ? QStringLiteral("%1.%2").arg(*value / 100).arg(*value % 100, 2, 10, QLatin1Char('0'))
        : QStringLiteral("-");
}

QJsonValue optionalJson(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const SiteHistory &history)
{
    QJsonArray reviews;
    for (const SiteHistory::Entry &entry : history.entries()) {
        QJsonObject sections;
        for (const ScoreCard::SectionScore &section : entry.sections)
            sections.insert(section.sectionId,
                            QJsonObject {{QStringLiteral("subtotal"), section.subtotal},
                                         {QStringLiteral("maximum"), section.maximum},
                                         {QStringLiteral("rated"), section.rated},
                                         {QStringLiteral("criteria"), section.criteria}});
        QJsonArray done;
        for (const ActionItem &action : entry.doneActions())
            done.append(action.what);
        reviews.append(QJsonObject {
            {QStringLiteral("id"), entry.review.id},
            {QStringLiteral("uuid"), entry.review.uuid},
            {QStringLiteral("date"), entry.review.visitStart.toString(Qt::ISODate)},
            {QStringLiteral("kind"), toKey(entry.review.kind)},
            {QStringLiteral("status"), toKey(entry.review.status)},
            {QStringLiteral("complete"), entry.isComplete()},
            {QStringLiteral("rated"), entry.ratedCount},
            {QStringLiteral("total"), optionalJson(entry.total)},
            {QStringLiteral("meanHundredths"), optionalJson(entry.meanHundredths)},
            {QStringLiteral("level"), entry.levelKey},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("actionsDone"), done},
            {QStringLiteral("actions"), int(entry.actions.size())},
        });
    }
    QJsonArray changes;
    const int count = static_cast<int>(history.entries().size());
    if (count >= 2) {
        for (const SiteHistory::CriterionChange &change : history.changes(count - 2, count - 1)) {
            if (change.delta().value_or(1) != 0)
                changes.append(QJsonObject {{QStringLiteral("criterion"), change.criterionId},
                                            {QStringLiteral("from"), optionalJson(change.from)},
                                            {QStringLiteral("to"), optionalJson(change.to)}});
        }
    }
    QJsonArray outcomes;
    for (const SiteOutcome &outcome : history.outcomes())
        outcomes.append(
            QJsonObject {{QStringLiteral("from"), outcome.periodStart.toString(Qt::ISODate)},
                         {QStringLiteral("to"), outcome.periodEnd.toString(Qt::ISODate)},
                         {QStringLiteral("coached"), outcome.coached},
                         {QStringLiteral("employed"), outcome.employed},
                         {QStringLiteral("employmentRate"),
                          outcome.employmentRate() ? QJsonValue(*outcome.employmentRate())
                                                   : QJsonValue(QJsonValue::Null)}});
    return QJsonObject {
        {QStringLiteral("site"),
         QJsonObject {{QStringLiteral("uuid"), history.site().uuid},
                      {QStringLiteral("name"), history.site().name},
                      {QStringLiteral("county"), history.site().county}}},
        {QStringLiteral("reviews"), reviews},
        {QStringLiteral("lastChanges"), changes},
        {QStringLiteral("outcomes"), outcomes},
        {QStringLiteral("nextDue"),
         history.nextDue() ? QJsonValue(history.nextDue()->toString(Qt::ISODate))
                           : QJsonValue(QJsonValue::Null)},
    };
}
} // namespace

QString HistoryCommand::summary()
{
    return tr("Show a site's reviews over time, changes, outcomes and the next review due.");
}

int HistoryCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(QStringLiteral("history"),
                         tr("Shows one site's reviews in visit order with total, mean, level and "
                            "section subtotals, the criteria that changed at the last review, "
                            "the actions done, the outcomes and when the next review is due."));
    parser.addPositionalArgument(QStringLiteral("site"), tr("Site name or UUID."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print as JSON."));
    parser.addOptions({DatabaseAccess::option(), jsonOption, OwnOnlyOption::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    // An empty name names no site: a usage error, not a database problem.
    if (parser.positionalArguments().size() != 1
        || parser.positionalArguments().constFirst().trimmed().isEmpty())
        return parser.usageError(io, tr("expected one site name or UUID"));
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    if (const int exit = OwnOnlyOption::apply(parser, *database, io))
        return exit;
    ReviewRepository repository(*database);
    SiteHistory history;
    if (StorageError error = SiteHistory::load(*database, repository,
                                               parser.positionalArguments().constFirst(), history))
        return DatabaseAccess::fail(io, parser.command(), error);
    if (parser.isSet(jsonOption)) {
        io.out << QJsonDocument(toJson(history)).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    io.out << tr("%1 (%2), %3")
                  .arg(TextRules::oneLine(history.site().name),
                       TextRules::oneLine(history.site().municipality),
                       TextRules::oneLine(history.site().county))
           << QStringLiteral("\n");
    for (const SiteHistory::Entry &entry : history.entries()) {
        QStringList sections;
        for (const ScoreCard::SectionScore &section : entry.sections)
            sections << QStringLiteral("%1=%2/%3%4")
                            .arg(section.sectionId)
                            .arg(section.subtotal)
                            .arg(section.maximum)
                            .arg(section.isComplete() ? QString() : QStringLiteral("*"));
        io.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\n")
                      .arg(QString::number(entry.review.id),
                           entry.review.visitStart.toString(Qt::ISODate), toKey(entry.review.kind),
                           toKey(entry.review.status),
                           entry.total ? QString::number(*entry.total) : QStringLiteral("-"),
                           hundredths(entry.meanHundredths), entry.levelKey,
                           sections.join(QLatin1Char(' ')));
    }
    for (const SiteHistory::FollowUp &followUp : history.followUps()) {
        io.out << tr("Actions of %1 done by %2: %3 of %4")
                      .arg(history.entries()
                               .at(followUp.fromIndex)
                               .review.visitStart.toString(Qt::ISODate),
                           history.entries()
                               .at(followUp.toIndex)
                               .review.visitStart.toString(Qt::ISODate))
                      .arg(followUp.done.size())
                      .arg(followUp.done.size() + followUp.notDone.size())
               << QStringLiteral("\n");
    }
    const int count = static_cast<int>(history.entries().size());
    if (count >= 2) {
        QStringList changed;
        for (const SiteHistory::CriterionChange &change : history.changes(count - 2, count - 1)) {
            if (change.delta().value_or(1) != 0)
                changed << QStringLiteral("%1 %2->%3")
                               .arg(change.criterionId,
                                    change.from ? QString::number(*change.from)
                                                : QStringLiteral("-"),
                                    change.to ? QString::number(*change.to) : QStringLiteral("-"));
        }
        io.out << tr("Changed at the last review: %1")
                      .arg(changed.isEmpty() ? tr("nothing") : changed.join(QStringLiteral(", ")))
               << QStringLiteral("\n");
    }
    for (const SiteOutcome &outcome : history.outcomes())
        io.out << tr("Outcomes %1 to %2: %3 coached, %4 in competitive work (%5 %)")
                      .arg(outcome.periodStart.toString(Qt::ISODate),
                           outcome.periodEnd.toString(Qt::ISODate))
                      .arg(outcome.coached)
                      .arg(outcome.employed)
                      .arg(outcome.employmentRate()
                               ? QString::number(*outcome.employmentRate() * 100, 'f', 1)
                               : QStringLiteral("-"))
               << QStringLiteral("\n");
    if (history.nextDue())
        io.out << tr("Next review due: %1 (%n month(s) after the last)", nullptr,
                     history.nextDueMonths())
                      .arg(history.nextDue()->toString(Qt::ISODate))
               << QStringLiteral("\n");
    else
        io.out << tr("No reviews yet.") << QStringLiteral("\n");
    io.out.flush();
    return ExitOk;
}

} // namespace laatu::cli
