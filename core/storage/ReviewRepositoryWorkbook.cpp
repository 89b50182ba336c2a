// The evidence workbook edited one row at a time (ReviewRepository): a coach or a record read on
// the visit, added, changed or removed in a transaction of its own, with its audit line.
#include "ReviewRepository.h"

#include "Database.h"
#include "TextGuard.h"
#include "WorkbookStore.h"

#include "scoring/WorkbookFigure.h"

#include <algorithm>

namespace laatu {

namespace {
// The audit line names the row by its UUID and never by its code: a record's code is the
// pseudonym the reviewers chose, and the log outlives the record sample (it is not cleared).
QString rowDetail(WorkbookTable table, const QString &uuid)
{
    return WorkbookNames::table(table) + QLatin1Char(' ') + uuid;
}
} // namespace

StorageError ReviewRepository::saveWorkbookRow(qint64 reviewId, WorkbookTable table,
                                               const WorkbookRow &row, int position)
{
    const QString what = tr("saving a workbook row");
    if (StorageError error = TextGuard::field(tr("code"), row.code, TextRules::Kind::Name))
        return error;
    if (row.uuid.size() != 36) // a UUID in its text form, as every row id in the database
        return {StorageError::InvalidInput, tr("A workbook row needs an identifier.")};
    return edit(
        reviewId, what, QStringLiteral("workbook-row"), rowDetail(table, row.uuid),
        [&](const EditContext &context) -> StorageError {
            // Every value is in its field's stored form, so the figures, the files and the
            // report read the same thing whoever wrote the row.
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
                const WorkbookField *field = context.instrument->workbookField(table, it.key());
                if (!field)
                    return {StorageError::InvalidInput,
                            tr("The catalog's workbook has no field \"%1\" for %2.")
                                .arg(it.key(), WorkbookNames::table(table))};
                const std::optional<QString> stored
                    = WorkbookFigure::storedValue(*field, it.value());
                if (!stored || *stored != it.value() || stored->isEmpty())
                    return {
                        StorageError::InvalidInput,
                        tr("\"%1\" is not a valid value for \"%2\".").arg(it.value(), field->key)};
            }
            Workbook workbook;
            if (StorageError error
                = WorkbookStore::read(m_database.sql(), reviewId, workbook, what))
                return error;
            const bool record = table == WorkbookTable::Records;
            if (record && workbook.recordsCleared)
                return {StorageError::InvalidInput,
                        tr("The record sample of this review was cleared; no record rows are "
                           "added to it again.")};
            const QList<WorkbookRow> &other = record ? workbook.coaches : workbook.records;
            if (std::any_of(other.cbegin(), other.cend(),
                            [&](const WorkbookRow &r) { return r.uuid == row.uuid; }))
                return {StorageError::InvalidInput,
                        tr("The workbook row %1 belongs to the other table.").arg(row.uuid)};
            QList<WorkbookRow> rows = record ? workbook.records : workbook.coaches;
            rows.removeIf([&](const WorkbookRow &r) { return r.uuid == row.uuid; });
            rows.insert(std::clamp(position, 0, int(rows.size())), row);
            // Positions are renumbered from 0: a row put back by an undo lands where it was.
            for (int i = 0; i < rows.size(); ++i)
                if (StorageError error = WorkbookStore::saveRow(m_database.sql(), reviewId, record,
                                                                rows.at(i), i, what))
                    return error;
            return {};
        });
}

StorageError ReviewRepository::removeWorkbookRow(qint64 reviewId, const QString &uuid)
{
    const QString what = tr("removing a workbook row");
    return edit(reviewId, what, QStringLiteral("workbook-row-removed"), uuid,
                [&](const EditContext &) {
                    return WorkbookStore::deleteRow(m_database.sql(), reviewId, uuid, what);
                });
}

} // namespace laatu
