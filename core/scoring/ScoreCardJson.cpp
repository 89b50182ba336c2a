#include "ScoreCardJson.h"

#include "ScoreCard.h"
#include "instrument/Instrument.h"

#include <QJsonArray>
#include <QLocale>

namespace laatu {

namespace {
QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

QJsonObject ScoreCardJson::toJson(const ScoreCard &card, const Instrument &instrument)
{
    QJsonArray sections;
    for (const ScoreCard::SectionScore &section : card.sections()) {
        sections.append(QJsonObject {
            {QStringLiteral("id"), section.sectionId},
            {QStringLiteral("subtotal"),
             section.isComplete() ? QJsonValue(section.subtotal) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("ratedSubtotal"), section.subtotal},
            {QStringLiteral("maximum"), section.maximum},
            {QStringLiteral("rated"), section.rated},
            {QStringLiteral("criteria"), section.criteria},
        });
    }
    QJsonObject json {
        {QStringLiteral("catalog"),
         QJsonObject {{QStringLiteral("id"), instrument.id()},
                      {QStringLiteral("version"), instrument.version()}}},
        {QStringLiteral("complete"), card.isComplete()},
        {QStringLiteral("total"), orNull(card.total())},
        {QStringLiteral("ratedTotal"), card.ratedTotal()},
        {QStringLiteral("maximum"), card.maximumTotal()},
        {QStringLiteral("mean"),
         card.isComplete() ? QJsonValue(card.meanText(QLocale::c()))
                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("level"), card.levelKey()},
        {QStringLiteral("rated"), card.ratedCount()},
        {QStringLiteral("criteria"), card.criterionCount()},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("unrated"), toArray(card.unrated())},
    };
    if (const auto &agreement = card.agreement()) {
        json.insert(
            QStringLiteral("agreement"),
            QJsonObject {
                {QStringLiteral("raters"), agreement->raterCount},
                {QStringLiteral("compared"), agreement->compared},
                {QStringLiteral("exact"), agreement->exact},
                {QStringLiteral("withinOne"), agreement->withinOne},
                {QStringLiteral("differByTwoOrMore"), toArray(agreement->differByTwoOrMore)},
            });
    }
    return json;
}

} // namespace laatu
