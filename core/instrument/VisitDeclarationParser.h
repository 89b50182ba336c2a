#pragma once

#include "Criterion.h"
#include "Instrument.h"
#include "JsonChecker.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace laatu {

// Parses and checks what a catalog declares for the site visit: the providers of the data
// request ("providers"), the evidence workbook's fields ("workbook"), and per criterion what
// to prepare ("prepare") and how its figures are computed ("figures"). All optional; what is
// given is held to the same rules as the rest of the catalog, each problem named where it is.
class VisitDeclarationParser
{
    Q_DECLARE_TR_FUNCTIONS(VisitDeclarationParser)

public:
    explicit VisitDeclarationParser(JsonChecker &checker);

    // The catalog's top-level "providers" and "workbook" members.
    VisitDeclarations parseTopLevel(const QJsonObject &root);
    // A criterion's "prepare" and "figures", after its rule was parsed.
    void parseCriterion(const QJsonObject &object, const QString &where, Criterion &criterion);

private:
    void parseFields(const QJsonObject &workbook, WorkbookTable table, VisitDeclarations &visit);
    std::optional<FigureSource> parseFigure(const QJsonValue &value, const QString &where);
    // "coaches.fte" -> the field; fails (naming what is wrong) when not declared.
    const WorkbookField *fieldRef(const QJsonValue &value, const QString &where,
                                  std::optional<WorkbookTable> &table);

    JsonChecker &m_checker;
    VisitDeclarations m_visit;
};

} // namespace laatu
