#include "WorkbookStore.h"

#include "SqlStatement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace laatu {

namespace {
QString valuesJson(const WorkbookRow &row)
{
    QJsonObject object;
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
        if (!it.value().isEmpty())
            object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

StorageError WorkbookStore::read(QSqlDatabase &db, qint64 reviewId, Workbook &workbook,
                                 const QString &what)
{
    workbook = Workbook();
    {
        SqlStatement cleared(db, QStringLiteral("SELECT records_cleared FROM review WHERE id = ?"));
        cleared.bind(reviewId);
        if (StorageError error = cleared.exec(what))
            return error;
        if (cleared.next())
            workbook.recordsCleared = cleared.value(0).toInt() == 1;
    }
    SqlStatement query(db,
                       QStringLiteral("SELECT uuid, kind, code, rater_uuid, field_values FROM"
                                      " workbook_row WHERE review_id = ? ORDER BY kind, position"));
    query.bind(reviewId);
    if (StorageError error = query.exec(what))
        return error;
    while (query.next()) {
        WorkbookRow row {
            query.value(0).toString(), query.value(2).toString(), query.value(3).toString(), {}};
        const QString kind = query.value(1).toString();
        const QJsonDocument values = QJsonDocument::fromJson(query.value(4).toString().toUtf8());
        bool valid = values.isObject()
            && (kind == QLatin1String("coach") || kind == QLatin1String("record"));
        const QJsonObject object = values.object();
        for (auto it = object.constBegin(); valid && it != object.constEnd(); ++it) {
            valid = it.value().isString();
            row.values.insert(it.key(), it.value().toString());
        }
        // Written only by Laatu, as an object of texts: anything else is damage, named.
        if (!valid)
            return {StorageError::Corrupt,
                    tr("Review %1 holds a damaged workbook row %2. Run 'laatu-cli check' and "
                       "restore the newest backup (laatu-cli restore).")
                        .arg(reviewId)
                        .arg(row.uuid)};
        (kind == QLatin1String("coach") ? workbook.coaches : workbook.records) << row;
    }
    return query.readError(what);
}

StorageError WorkbookStore::write(QSqlDatabase &db, qint64 reviewId, const Workbook &workbook,
                                  const QString &what)
{
    SqlStatement clear(db, QStringLiteral("DELETE FROM workbook_row WHERE review_id = ?"));
    clear.bind(reviewId);
    if (StorageError error = clear.exec(what))
        return error;
    SqlStatement cleared(db, QStringLiteral("UPDATE review SET records_cleared = ? WHERE id = ?"));
    cleared.bind(workbook.recordsCleared ? 1 : 0).bind(reviewId);
    if (StorageError error = cleared.exec(what))
        return error;
    for (const bool record : {false, true}) {
        const QList<WorkbookRow> &rows = record ? workbook.records : workbook.coaches;
        for (int i = 0; i < rows.size(); ++i)
            if (StorageError error = saveRow(db, reviewId, record, rows.at(i), i, what))
                return error;
    }
    return {};
}

StorageError WorkbookStore::saveRow(QSqlDatabase &db, qint64 reviewId, bool record,
                                    const WorkbookRow &row, int position, const QString &what)
{
    SqlStatement upsert(
        db,
        QStringLiteral("INSERT INTO workbook_row (review_id, uuid, kind, position, code,"
                       " rater_uuid, field_values) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (review_id, uuid) DO UPDATE SET position = excluded.position,"
                       " code = excluded.code, rater_uuid = excluded.rater_uuid,"
                       " field_values = excluded.field_values"));
    upsert.bind(reviewId)
        .bind(row.uuid)
        .bind(record ? QStringLiteral("record") : QStringLiteral("coach"))
        .bind(position)
        .bind(row.code)
        .bind(row.raterUuid)
        .bind(valuesJson(row));
    return upsert.exec(what);
}

StorageError WorkbookStore::deleteRow(QSqlDatabase &db, qint64 reviewId, const QString &uuid,
                                      const QString &what)
{
    SqlStatement remove(
        db, QStringLiteral("DELETE FROM workbook_row WHERE review_id = ? AND uuid = ?"));
    remove.bind(reviewId).bind(uuid);
    return remove.exec(what);
}

} // namespace laatu
