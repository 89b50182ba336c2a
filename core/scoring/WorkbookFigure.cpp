#include "WorkbookFigure.h"

#include "text/TextRules.h"

#include <QDate>
#include <QSet>

namespace laatu {

namespace {
QString rowName(WorkbookTable table, const WorkbookRow &row, int index)
{
    const QString code = row.code.isEmpty() ? QString::number(index + 1) : row.code;
    return table == WorkbookTable::Coaches ? WorkbookFigure::tr("coach %1").arg(code)
                                           : WorkbookFigure::tr("record %1").arg(code);
}

bool filled(const WorkbookRow &row, const QStringList &fields)
{
    for (const QString &field : fields)
        if (row.values.value(field).isEmpty())
            return false;
    return true;
}
} // namespace

const QList<WorkbookRow> &WorkbookFigure::rowsOf(const Workbook &workbook, WorkbookTable table)
{
    return table == WorkbookTable::Coaches ? workbook.coaches : workbook.records;
}

WorkbookFigureValue WorkbookFigure::compute(const Instrument &instrument,
                                            const FigureSource &source, const Workbook &workbook,
                                            const QString &language)
{
    WorkbookFigureValue result;
    const QList<WorkbookRow> &rows = rowsOf(workbook, source.table);
    ExactNumber total;
    QSet<QString> distinct;
    for (int i = 0; i < rows.size(); ++i) {
        const WorkbookRow &row = rows.at(i);
        if (!filled(row, source.fields))
            continue;
        const QString first = row.values.value(source.fields.constFirst());
        std::optional<ExactNumber> add;
        switch (source.aggregate) {
        case FigureAggregate::Sum:
            add = ExactNumber::parse(first);
            if (!add || add->isNegative())
                result.problems << tr("%1: \"%2\" is not a number of zero or more")
                                       .arg(rowName(source.table, row, i), first);
            break;
        case FigureAggregate::Count:
            add = ExactNumber::fromInteger(1);
            break;
        case FigureAggregate::CountYes:
            add = ExactNumber::fromInteger(first == QLatin1String(WorkbookValues::kYes) ? 1 : 0);
            break;
        case FigureAggregate::CountDistinct:
            // "Siivooja" and " siivooja " are one job type; what differs is the meaning.
            add = ExactNumber::fromInteger(0);
            distinct.insert(first.simplified().toCaseFolded());
            break;
        case FigureAggregate::SumDays: {
            const QDate from = QDate::fromString(first, Qt::ISODate);
            const QDate to = QDate::fromString(row.values.value(source.fields.at(1)), Qt::ISODate);
            const auto label = [&](const QString &key) {
                const WorkbookField *field = instrument.workbookField(source.table, key);
                return field ? field->label.text(language) : key;
            };
            if (!from.isValid() || !to.isValid())
                result.problems
                    << tr("%1: a date is not a valid day").arg(rowName(source.table, row, i));
            else if (to < from)
                result.problems << tr("%1: \"%2\" is before \"%3\"")
                                       .arg(rowName(source.table, row, i),
                                            label(source.fields.at(1)), label(source.fields.at(0)));
            else
                add = ExactNumber::fromInteger(from.daysTo(to));
            break;
        }
        }
        if (!add)
            continue;
        const std::optional<ExactNumber> sum = total.plus(*add);
        if (!sum) {
            result.problems << tr("the sum is too large to compute exactly");
            break;
        }
        total = *sum;
        ++result.rows;
    }
    if (source.aggregate == FigureAggregate::CountDistinct)
        total = ExactNumber::fromInteger(distinct.size());
    if (result.problems.isEmpty() && result.rows > 0)
        result.value = total;
    return result;
}

std::optional<QString> WorkbookFigure::storedValue(const WorkbookField &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    switch (field.type) {
    case WorkbookFieldType::Number: {
        const std::optional<ExactNumber> number = ExactNumber::parse(trimmed);
        if (!number || number->isNegative())
            return std::nullopt;
        return number->toString(9);
    }
    case WorkbookFieldType::YesNo:
        if (trimmed == QLatin1String(WorkbookValues::kYes)
            || trimmed == QLatin1String(WorkbookValues::kNo))
            return trimmed;
        return std::nullopt;
    case WorkbookFieldType::Date: {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid() || trimmed.size() != 10)
            return std::nullopt;
        return date.toString(Qt::ISODate);
    }
    case WorkbookFieldType::Text:
        if (!TextRules::problem(trimmed, TextRules::Kind::Name).isEmpty())
            return std::nullopt;
        return trimmed;
    }
    return std::nullopt;
}

} // namespace laatu
