#include "VisitDeclarationParser.h"

#include "text/TextRules.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace laatu {

namespace {
bool isFieldKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(key).hasMatch();
}

std::optional<WorkbookFieldType> fieldType(const QString &name)
{
    for (const WorkbookFieldType type : {WorkbookFieldType::Number, WorkbookFieldType::YesNo,
                                         WorkbookFieldType::Date, WorkbookFieldType::Text})
        if (WorkbookNames::type(type) == name)
            return type;
    return std::nullopt;
}

std::optional<FigureAggregate> aggregateNamed(const QString &name)
{
    for (const FigureAggregate aggregate :
         {FigureAggregate::Sum, FigureAggregate::Count, FigureAggregate::CountYes,
          FigureAggregate::CountDistinct, FigureAggregate::SumDays})
        if (WorkbookNames::aggregate(aggregate) == name)
            return aggregate;
    return std::nullopt;
}
} // namespace

VisitDeclarationParser::VisitDeclarationParser(JsonChecker &checker)
    : m_checker(checker)
{ }

VisitDeclarations VisitDeclarationParser::parseTopLevel(const QJsonObject &root)
{
    if (root.contains(QStringLiteral("providers"))) {
        QSet<QString> keys;
        const QJsonArray array = m_checker.array(root, QStringLiteral("providers"), {});
        for (int i = 0; i < array.size(); ++i) {
            const QString where = tr("provider %1").arg(i + 1);
            const QJsonObject object = m_checker.object(array.at(i), where);
            Provider provider {m_checker.string(object, QStringLiteral("key"), where),
                               m_checker.text(object, QStringLiteral("name"), where)};
            if (!provider.key.isEmpty() && keys.contains(provider.key))
                m_checker.fail(where, tr("duplicate provider \"%1\"").arg(provider.key));
            keys.insert(provider.key);
            m_visit.providers << provider;
        }
    }
    if (root.contains(QStringLiteral("workbook"))) {
        const QJsonObject workbook
            = m_checker.object(root.value(QStringLiteral("workbook")), tr("workbook"));
        parseFields(workbook, WorkbookTable::Coaches, m_visit);
        parseFields(workbook, WorkbookTable::Records, m_visit);
    }
    return m_visit;
}

void VisitDeclarationParser::parseFields(const QJsonObject &workbook, WorkbookTable table,
                                         VisitDeclarations &visit)
{
    const QString tableName = WorkbookNames::table(table);
    if (!workbook.contains(tableName))
        return;
    QSet<QString> keys;
    const QJsonArray array = m_checker.array(workbook, tableName, tr("workbook"));
    for (int i = 0; i < array.size(); ++i) {
        const QString where = tr("workbook, %1 field %2").arg(tableName).arg(i + 1);
        const QJsonObject object = m_checker.object(array.at(i), where);
        WorkbookField field;
        field.table = table;
        field.key = m_checker.string(object, QStringLiteral("key"), where);
        if (!field.key.isEmpty() && !isFieldKey(field.key))
            m_checker.fail(where,
                           tr("the field key \"%1\" may hold only a-z, 0-9 and single hyphens")
                               .arg(field.key));
        if (!field.key.isEmpty() && keys.contains(field.key))
            m_checker.fail(where, tr("duplicate %1 field \"%2\"").arg(tableName, field.key));
        keys.insert(field.key);
        const QString type = m_checker.string(object, QStringLiteral("type"), where);
        if (const auto parsed = fieldType(type))
            field.type = *parsed;
        else if (!type.isEmpty())
            m_checker.fail(
                where,
                tr("unknown field type \"%1\" (expected number, yesNo, date or text)").arg(type));
        field.label = m_checker.text(object, QStringLiteral("label"), where);
        visit.workbookFields << field;
    }
}

void VisitDeclarationParser::parseCriterion(const QJsonObject &object, const QString &where,
                                            Criterion &criterion)
{
    if (object.contains(QStringLiteral("prepare"))) {
        const QJsonArray items = m_checker.array(object, QStringLiteral("prepare"), where);
        for (int i = 0; i < items.size(); ++i) {
            const QString itemWhere = tr("%1, prepare %2").arg(where).arg(i + 1);
            const QJsonObject item = m_checker.object(items.at(i), itemWhere);
            PreparationItem parsed {
                m_checker.string(item, QStringLiteral("provider"), itemWhere),
                m_checker.text(item, QStringLiteral("text"), itemWhere, TextRules::Kind::Note)};
            const bool known = std::any_of(
                m_visit.providers.cbegin(), m_visit.providers.cend(),
                [&](const Provider &provider) { return provider.key == parsed.provider; });
            if (!parsed.provider.isEmpty() && !known)
                m_checker.fail(itemWhere,
                               tr("unknown provider \"%1\"; declare it under \"providers\"")
                                   .arg(parsed.provider));
            criterion.preparation << parsed;
        }
    }
    if (!object.contains(QStringLiteral("figures")))
        return;
    const QString figuresWhere = tr("%1, figures").arg(where);
    const QJsonObject figures
        = m_checker.object(object.value(QStringLiteral("figures")), figuresWhere);
    if (criterion.rule.kind != RuleKind::NumericBands) {
        m_checker.fail(figuresWhere,
                       tr("figures are given, but the criterion's suggestion is not "
                          "numeric: no rule uses them"));
        return;
    }
    QStringList inputKeys;
    for (const EvidenceInput &input : criterion.rule.inputs)
        inputKeys << input.key;
    for (auto it = figures.begin(); it != figures.end(); ++it)
        if (!inputKeys.contains(it.key()))
            m_checker.fail(
                figuresWhere,
                tr("the figure \"%1\" is not an input of the rule (its inputs: %2)")
                    .arg(TextRules::oneLine(it.key()), inputKeys.join(QStringLiteral(", "))));
    QList<FigureSource> sources;
    for (const QString &key : inputKeys) {
        if (!figures.contains(key)) {
            m_checker.fail(figuresWhere,
                           tr("the input \"%1\" has no figure; give figures for both inputs or "
                              "for neither")
                               .arg(key));
            continue;
        }
        if (const auto source = parseFigure(figures.value(key), tr("%1 %2").arg(figuresWhere, key)))
            sources << *source;
    }
    if (sources.size() == inputKeys.size())
        criterion.figures = sources;
}

std::optional<FigureSource> VisitDeclarationParser::parseFigure(const QJsonValue &value,
                                                                const QString &where)
{
    const QJsonObject object = m_checker.object(value, where);
    if (object.size() != 1) {
        m_checker.fail(where, tr("a figure is one computation, e.g. {\"sum\": \"coaches.fte\"}"));
        return std::nullopt;
    }
    const QString name = object.begin().key();
    const std::optional<FigureAggregate> aggregate = aggregateNamed(name);
    if (!aggregate) {
        m_checker.fail(where,
                       tr("unknown computation \"%1\" (expected sum, count, countYes, "
                          "countDistinct or sumDays)")
                           .arg(TextRules::oneLine(name)));
        return std::nullopt;
    }
    const QJsonValue argument = object.begin().value();
    const QJsonArray refs = argument.isArray() ? argument.toArray() : QJsonArray {argument};
    const qsizetype wanted = *aggregate == FigureAggregate::SumDays ? 2
        : *aggregate == FigureAggregate::Count                      ? -1
                                                                    : 1;
    if ((wanted > 0 && refs.size() != wanted) || refs.isEmpty()) {
        m_checker.fail(where,
                       wanted == 2 ? tr("\"%1\" needs two date fields, from and to").arg(name)
                                   : tr("\"%1\" needs one field").arg(name));
        return std::nullopt;
    }
    FigureSource source;
    source.aggregate = *aggregate;
    std::optional<WorkbookTable> table;
    bool ok = true;
    for (const QJsonValue &ref : refs) {
        const WorkbookField *field = fieldRef(ref, where, table);
        if (!field) {
            ok = false;
            continue;
        }
        const auto mismatch = [&](const QString &needed) {
            m_checker.fail(where,
                           tr("\"%1\" needs a %2 field, but %3 field \"%4\" is %5")
                               .arg(name, needed, WorkbookNames::table(field->table), field->key,
                                    WorkbookNames::type(field->type)));
            ok = false;
        };
        switch (*aggregate) {
        case FigureAggregate::Sum:
            if (field->type != WorkbookFieldType::Number)
                mismatch(WorkbookNames::type(WorkbookFieldType::Number));
            break;
        case FigureAggregate::CountYes:
            if (field->type != WorkbookFieldType::YesNo)
                mismatch(WorkbookNames::type(WorkbookFieldType::YesNo));
            break;
        case FigureAggregate::CountDistinct:
            if (field->type != WorkbookFieldType::Text)
                mismatch(WorkbookNames::type(WorkbookFieldType::Text));
            break;
        case FigureAggregate::SumDays:
            if (field->type != WorkbookFieldType::Date)
                mismatch(WorkbookNames::type(WorkbookFieldType::Date));
            break;
        case FigureAggregate::Count:
            break;
        }
        source.fields << field->key;
    }
    if (!ok)
        return std::nullopt;
    source.table = *table;
    return source;
}

const WorkbookField *VisitDeclarationParser::fieldRef(const QJsonValue &value, const QString &where,
                                                      std::optional<WorkbookTable> &table)
{
    const QString ref = value.toString();
    const qsizetype dot = ref.indexOf(QLatin1Char('.'));
    const QString tableName = ref.left(dot);
    const QString key = ref.mid(dot + 1);
    std::optional<WorkbookTable> named;
    if (tableName == WorkbookNames::table(WorkbookTable::Coaches))
        named = WorkbookTable::Coaches;
    else if (tableName == WorkbookNames::table(WorkbookTable::Records))
        named = WorkbookTable::Records;
    if (!value.isString() || dot < 0 || !named) {
        m_checker.fail(where,
                       tr("\"%1\" is not a workbook field; write coaches.KEY or records.KEY")
                           .arg(TextRules::oneLine(ref)));
        return nullptr;
    }
    if (table && *table != *named) {
        m_checker.fail(where, tr("the fields of one figure must come from one table"));
        return nullptr;
    }
    table = named;
    for (const WorkbookField &field : m_visit.workbookFields)
        if (field.table == *named && field.key == key)
            return &field;
    m_checker.fail(
        where,
        tr("the workbook declares no %1 field \"%2\"").arg(tableName, TextRules::oneLine(key)));
    return nullptr;
}

} // namespace laatu
