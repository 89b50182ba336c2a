#pragma once

#include "JsonChecker.h"
#include "SuggestionRule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace laatu {

// Parses and checks the "suggestion" object of one criterion.
class RuleParser
{
    Q_DECLARE_TR_FUNCTIONS(RuleParser)

public:
    RuleParser(JsonChecker &checker, int ratingMin, int ratingMax);
    SuggestionRule parse(const QJsonObject &suggestion, const QString &where);

private:
    void parseBands(const QJsonObject &suggestion, const QString &where, SuggestionRule &rule);
    void parseElements(const QJsonObject &suggestion, const QString &where, SuggestionRule &rule);
    std::optional<BandEdge> edge(const QJsonObject &band, const QString &valueKey,
                                 const QString &inclusiveKey, const QString &where);
    bool ratingInScale(int rating) const { return rating >= m_ratingMin && rating <= m_ratingMax; }

    JsonChecker &m_checker;
    int m_ratingMin;
    int m_ratingMax;
};

} // namespace laatu
