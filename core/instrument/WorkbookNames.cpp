#include "WorkbookSpec.h"

namespace laatu::WorkbookNames {

QString table(WorkbookTable table)
{
    return table == WorkbookTable::Coaches ? QStringLiteral("coaches") : QStringLiteral("records");
}

QString type(WorkbookFieldType type)
{
    switch (type) {
    case WorkbookFieldType::Number:
        return QStringLiteral("number");
    case WorkbookFieldType::YesNo:
        return QStringLiteral("yesNo");
    case WorkbookFieldType::Date:
        return QStringLiteral("date");
    case WorkbookFieldType::Text:
        break;
    }
    return QStringLiteral("text");
}

QString aggregate(FigureAggregate aggregate)
{
    switch (aggregate) {
    case FigureAggregate::Sum:
        return QStringLiteral("sum");
    case FigureAggregate::Count:
        return QStringLiteral("count");
    case FigureAggregate::CountYes:
        return QStringLiteral("countYes");
    case FigureAggregate::CountDistinct:
        return QStringLiteral("countDistinct");
    case FigureAggregate::SumDays:
        break;
    }
    return QStringLiteral("sumDays");
}

} // namespace laatu::WorkbookNames
