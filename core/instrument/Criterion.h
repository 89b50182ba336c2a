#pragma once

#include "LocalizedText.h"
#include "SuggestionRule.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// One criterion of a catalog: its stable id, display number, texts and suggestion rule.
struct Criterion
{
    QString id;
    int number = 0;
    QString sectionId;
    LocalizedText title;
    LocalizedText definition;
    LocalizedText guidance;
    QList<LocalizedText> anchors; // anchors[0] describes rating 1, anchors[4] rating 5
    QStringList sources; // evidence source keys, e.g. "interview", "data"
    SuggestionRule rule;
};

} // namespace laatu
