#include "RuleParser.h"

#include "BandCoverage.h"

#include <QSet>

namespace laatu {

RuleParser::RuleParser(JsonChecker &checker, int ratingMin, int ratingMax)
    : m_checker(checker)
    , m_ratingMin(ratingMin)
    , m_ratingMax(ratingMax)
{ }

SuggestionRule RuleParser::parse(const QJsonObject &suggestion, const QString &where)
{
    SuggestionRule rule;
    const QString kind = m_checker.string(suggestion, QStringLiteral("kind"), where);
    if (kind == QLatin1String("descriptive")) {
        rule.kind = RuleKind::Descriptive;
    } else if (kind == QLatin1String("bands")) {
        rule.kind = RuleKind::NumericBands;
        parseBands(suggestion, where, rule);
    } else if (kind == QLatin1String("elements")) {
        rule.kind = RuleKind::CountedElements;
        parseElements(suggestion, where, rule);
    } else if (!kind.isEmpty()) {
        m_checker.fail(where,
                       tr("unknown suggestion kind \"%1\" (expected descriptive, bands or "
                          "elements)")
                           .arg(kind));
    }
    return rule;
}

std::optional<BandEdge> RuleParser::edge(const QJsonObject &band, const QString &valueKey,
                                         const QString &inclusiveKey, const QString &where)
{
    const QJsonValue value = band.value(valueKey);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto number = m_checker.number(value, tr("%1, %2").arg(where, valueKey));
    if (!number)
        return std::nullopt;
    if (!band.value(inclusiveKey).isBool()) {
        m_checker.fail(
            where,
            tr("\"%1\" must say true or false when \"%2\" is given").arg(inclusiveKey, valueKey));
        return std::nullopt;
    }
    return BandEdge {*number, band.value(inclusiveKey).toBool()};
}

void RuleParser::parseBands(const QJsonObject &suggestion, const QString &where,
                            SuggestionRule &rule)
{
    rule.quantity = m_checker.text(suggestion, QStringLiteral("quantity"), where);
    const QString computation = m_checker.string(suggestion, QStringLiteral("computation"), where);
    if (computation == QLatin1String("percent")) {
        rule.computation = ValueComputation::Percent;
    } else if (computation == QLatin1String("ratio")) {
        rule.computation = ValueComputation::Ratio;
    } else if (!computation.isEmpty()) {
        m_checker.fail(
            where, tr("unknown computation \"%1\" (expected ratio or percent)").arg(computation));
    }
    const QJsonArray inputs = m_checker.array(suggestion, QStringLiteral("inputs"), where);
    if (suggestion.value(QStringLiteral("inputs")).isArray() && inputs.size() != 2)
        m_checker.fail(where,
                       tr("a numeric rule needs exactly two inputs (numerator and "
                          "denominator), found %1")
                           .arg(inputs.size()));
    QSet<QString> inputKeys;
    for (int i = 0; i < inputs.size(); ++i) {
        const QString inputWhere = tr("%1, input %2").arg(where).arg(i + 1);
        const QJsonObject input = m_checker.object(inputs.at(i), inputWhere);
        rule.inputs.append({m_checker.string(input, QStringLiteral("key"), inputWhere),
                            m_checker.text(input, QStringLiteral("label"), inputWhere)});
        // Figures are stored by input key: two inputs with one key would be one figure.
        const QString &key = rule.inputs.constLast().key;
        if (!key.isEmpty() && inputKeys.contains(key))
            m_checker.fail(inputWhere, tr("duplicate input key \"%1\"").arg(key));
        inputKeys.insert(key);
    }
    if (suggestion.contains(QStringLiteral("minimum")))
        rule.minimum = m_checker.number(suggestion.value(QStringLiteral("minimum")),
                                        tr("%1, minimum").arg(where));
    if (suggestion.contains(QStringLiteral("maximum")))
        rule.maximum = m_checker.number(suggestion.value(QStringLiteral("maximum")),
                                        tr("%1, maximum").arg(where));
    // No value could be entered at all.
    if (rule.minimum && rule.maximum && *rule.minimum > *rule.maximum)
        m_checker.fail(where,
                       tr("\"minimum\" %1 is above \"maximum\" %2")
                           .arg(rule.minimum->toString(), rule.maximum->toString()));

    const QJsonArray bands = m_checker.array(suggestion, QStringLiteral("bands"), where);
    bool bandsReadable = true;
    for (int i = 0; i < bands.size(); ++i) {
        const QString bandWhere = tr("%1, band %2").arg(where).arg(i + 1);
        const QJsonObject object = m_checker.object(bands.at(i), bandWhere);
        const int errorsBefore = static_cast<int>(m_checker.errors().size());
        Band band;
        band.rating = m_checker.integer(object, QStringLiteral("rating"), bandWhere).value_or(0);
        if (object.contains(QStringLiteral("rating")) && !ratingInScale(band.rating))
            m_checker.fail(bandWhere,
                           tr("rating %1 is outside the scale %2-%3")
                               .arg(band.rating)
                               .arg(m_ratingMin)
                               .arg(m_ratingMax));
        band.lower = edge(object, QStringLiteral("min"), QStringLiteral("minInclusive"), bandWhere);
        band.upper = edge(object, QStringLiteral("max"), QStringLiteral("maxInclusive"), bandWhere);
        bandsReadable = bandsReadable && m_checker.errors().size() == errorsBefore;
        rule.bands.append(band);
    }
    // Coverage is only meaningful once every band itself could be read.
    if (bandsReadable) {
        for (const QString &problem : BandCoverage::problems(rule.bands))
            m_checker.fail(where, problem);
    }
}

void RuleParser::parseElements(const QJsonObject &suggestion, const QString &where,
                               SuggestionRule &rule)
{
    const QJsonArray elements = m_checker.array(suggestion, QStringLiteral("elements"), where);
    if (suggestion.value(QStringLiteral("elements")).isArray() && elements.isEmpty())
        m_checker.fail(where, tr("a counted rule needs at least one element"));
    QSet<QString> keys;
    for (int i = 0; i < elements.size(); ++i) {
        const QString elementWhere = tr("%1, element %2").arg(where).arg(i + 1);
        const QJsonObject element = m_checker.object(elements.at(i), elementWhere);
        ChecklistElement parsed {m_checker.string(element, QStringLiteral("key"), elementWhere),
                                 m_checker.text(element, QStringLiteral("label"), elementWhere)};
        if (!parsed.key.isEmpty() && keys.contains(parsed.key))
            m_checker.fail(elementWhere, tr("duplicate element key \"%1\"").arg(parsed.key));
        keys.insert(parsed.key);
        rule.elements.append(parsed);
    }
    const QJsonArray ratings = m_checker.array(suggestion, QStringLiteral("ratingByCount"), where);
    if (suggestion.value(QStringLiteral("ratingByCount")).isArray()
        && ratings.size() != elements.size() + 1) {
        m_checker.fail(where,
                       tr("\"ratingByCount\" needs one rating for each count from 0 to %1 "
                          "(%2 values), found %3")
                           .arg(elements.size())
                           .arg(elements.size() + 1)
                           .arg(ratings.size()));
    }
    int previous = m_ratingMin;
    for (int i = 0; i < ratings.size(); ++i) {
        const QJsonValue value = ratings.at(i);
        const int rating = value.toInt(0);
        if (!value.isDouble() || value.toDouble() != rating || !ratingInScale(rating)) {
            m_checker.fail(where,
                           tr("\"ratingByCount\" for %1 elements must be a whole rating "
                              "%2-%3")
                               .arg(i)
                               .arg(m_ratingMin)
                               .arg(m_ratingMax));
            continue;
        }
        if (rating < previous)
            m_checker.fail(where,
                           tr("\"ratingByCount\" must not fall as more elements are "
                              "present (%1 elements give %2)")
                               .arg(i)
                               .arg(rating));
        previous = rating;
        rule.ratingByCount.append(rating);
    }
}

} // namespace laatu
