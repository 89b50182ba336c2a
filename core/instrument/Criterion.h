#pragma once

#include "LocalizedText.h"
#include "SuggestionRule.h"
#include "WorkbookSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// One thing the service prepares for a criterion, and who in the service provides it (a key of
// the catalog's providers: "manager", "coaches", ...).
struct PreparationItem
{
    QString provider;
    LocalizedText text;
};

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
    // How the workbook computes the rule's inputs: empty, or one source per input in the
    // rule's order (numerator, denominator). Typing the figures by hand stays possible.
    QList<FigureSource> figures;
    // What the service is asked to have ready for the visit (the data request).
    QList<PreparationItem> preparation;
};

} // namespace laatu
