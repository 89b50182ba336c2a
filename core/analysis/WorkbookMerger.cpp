#include "WorkbookMerger.h"

#include <QHash>

namespace laatu {

namespace {
struct Place
{
    WorkbookTable table = WorkbookTable::Coaches;
    qsizetype index = 0;
};

QList<WorkbookRow> &rowsOf(Workbook &workbook, WorkbookTable table)
{
    return table == WorkbookTable::Coaches ? workbook.coaches : workbook.records;
}

QString wrongTable(WorkbookTable incomingTable, const WorkbookRow &incoming,
                   const WorkbookRow &stored)
{
    // Two sentences rather than one with the tables' names filled in: the translations need
    // the words in their own grammatical cases.
    return incomingTable == WorkbookTable::Records
        ? WorkbookMerger::tr("the file's record row \"%1\" (%2) is a coach row here (\"%3\"); a "
                             "row cannot move between the coaches and the records")
              .arg(incoming.code, incoming.uuid, stored.code)
        : WorkbookMerger::tr("the file's coach row \"%1\" (%2) is a record row here (\"%3\"); a "
                             "row cannot move between the coaches and the records")
              .arg(incoming.code, incoming.uuid, stored.code);
}

// One row both sides hold: the code and the values both hold compared, the incoming-only
// values filled in. True when nothing differed and nothing was added.
bool mergeRow(WorkbookTable table, WorkbookRow &existing, const WorkbookRow &incoming,
              const ConflictResolution &resolution, MergeResult &result)
{
    bool same = true;
    const auto conflict = [&](MergeConflict::What what, const QString &field,
                              const QString &storedValue, const QString &incomingValue) {
        same = false;
        const MergeConflict found {what, QString(),
                                   WorkbookMerger::conflictKey(table, incoming.uuid, field),
                                   storedValue, incomingValue};
        result.conflicts << found;
        const bool take = resolution.takesIncoming(found);
        if (take)
            ++result.takenIncoming;
        return take;
    };
    if (existing.code != incoming.code
        && conflict(MergeConflict::What::WorkbookCode, {}, existing.code, incoming.code))
        existing.code = incoming.code;
    for (auto it = incoming.values.cbegin(); it != incoming.values.cend(); ++it) {
        if (it.value().isEmpty())
            continue; // not filled there: nothing to bring
        const auto stored = existing.values.constFind(it.key());
        if (stored == existing.values.cend() || stored.value().isEmpty()) {
            existing.values.insert(it.key(), it.value());
            ++result.addedWorkbookValues;
            same = false;
            continue;
        }
        if (stored.value() == it.value())
            continue;
        if (conflict(MergeConflict::What::WorkbookValue, it.key(), stored.value(), it.value()))
            existing.values.insert(it.key(), it.value());
    }
    return same;
}
} // namespace

void WorkbookMerger::merge(Workbook &merged, const Workbook &incoming,
                           const ConflictResolution &resolution, MergeResult &result)
{
    QHash<QString, Place> places;
    for (const WorkbookTable table : {WorkbookTable::Coaches, WorkbookTable::Records}) {
        const QList<WorkbookRow> &rows = rowsOf(merged, table);
        for (qsizetype i = 0; i < rows.size(); ++i)
            places.insert(rows.at(i).uuid, Place {table, i});
    }
    for (const WorkbookTable table : {WorkbookTable::Coaches, WorkbookTable::Records}) {
        const bool records = table == WorkbookTable::Records;
        QList<WorkbookRow> &rows = rowsOf(merged, table);
        for (const WorkbookRow &row :
             table == WorkbookTable::Coaches ? incoming.coaches : incoming.records) {
            const auto found = places.constFind(row.uuid);
            if (found == places.cend()) {
                if (records && merged.recordsCleared) {
                    ++result.recordsNotAdded;
                    continue;
                }
                places.insert(row.uuid, Place {table, rows.size()});
                rows << row;
                ++(records ? result.addedRecordRows : result.addedCoachRows);
                continue;
            }
            if (found->table != table) {
                result.problems << wrongTable(table, row,
                                              rowsOf(merged, found->table).at(found->index));
                continue;
            }
            if (mergeRow(table, rows[found->index], row, resolution, result))
                ++result.unchanged;
        }
    }
}

QString WorkbookMerger::conflictKey(WorkbookTable table, const QString &rowUuid,
                                    const QString &field)
{
    QString key = WorkbookNames::table(table) + QLatin1Char('/') + rowUuid;
    if (!field.isEmpty())
        key += QLatin1Char('/') + field;
    return key;
}

std::optional<WorkbookMerger::KeyParts> WorkbookMerger::parseKey(const QString &key)
{
    // Field keys are the catalog's and may hold anything but the first two slashes matter.
    const qsizetype first = key.indexOf(QLatin1Char('/'));
    if (first <= 0)
        return std::nullopt;
    KeyParts parts;
    const QString table = key.left(first);
    if (table == WorkbookNames::table(WorkbookTable::Coaches))
        parts.table = WorkbookTable::Coaches;
    else if (table == WorkbookNames::table(WorkbookTable::Records))
        parts.table = WorkbookTable::Records;
    else
        return std::nullopt;
    const qsizetype second = key.indexOf(QLatin1Char('/'), first + 1);
    parts.rowUuid = key.mid(first + 1, second < 0 ? -1 : second - first - 1);
    if (second >= 0)
        parts.field = key.mid(second + 1);
    if (parts.rowUuid.isEmpty() || (second >= 0 && parts.field.isEmpty()))
        return std::nullopt;
    return parts;
}

} // namespace laatu
