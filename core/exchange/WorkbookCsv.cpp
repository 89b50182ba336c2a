#include "WorkbookCsv.h"

#include "text/CsvField.h"

#include <QStringList>

namespace laatu {

QByteArray WorkbookCsv::toCsv(const Workbook &workbook, const Instrument &instrument,
                              QChar separator)
{
    QStringList header {QStringLiteral("table"), QStringLiteral("code"), QStringLiteral("uuid")};
    QList<const WorkbookField *> columns;
    for (const WorkbookField &field : instrument.workbookFields()) {
        columns << &field;
        header << WorkbookNames::table(field.table) + QLatin1Char('.') + field.key;
    }
    QString text = header.join(separator) + QLatin1String("\r\n");
    for (const WorkbookTable table : {WorkbookTable::Coaches, WorkbookTable::Records}) {
        for (const WorkbookRow &row :
             table == WorkbookTable::Coaches ? workbook.coaches : workbook.records) {
            QStringList fields {WorkbookNames::table(table), CsvField::typed(row.code, separator),
                                row.uuid};
            for (const WorkbookField *field : columns)
                fields << (field->table == table
                               ? CsvField::typed(row.values.value(field->key), separator)
                               : QString());
            text += fields.join(separator) + QLatin1String("\r\n");
        }
    }
    return text.toUtf8();
}

} // namespace laatu
