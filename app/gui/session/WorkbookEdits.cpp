// The evidence workbook's edits of the open review (ReviewSession): rows added, changed and
// removed, each saved at once and undoable, and the record sample cleared once the review is
// final. Apart from ReviewSession.cpp, which holds the other edits.
#include "ReviewSession.h"

#include "gui/session/OwnSheet.h"

#include "scoring/WorkbookFigure.h"
#include "storage/ReviewRepository.h"

#include <QUuid>

namespace laatu::gui {

namespace {
struct RowPlace
{
    WorkbookTable table = WorkbookTable::Coaches;
    int position = -1; // -1: no such row
};

RowPlace placeOf(const Workbook &workbook, const QString &uuid)
{
    for (const WorkbookTable table : {WorkbookTable::Coaches, WorkbookTable::Records}) {
        const QList<WorkbookRow> &rows = WorkbookFigure::rowsOf(workbook, table);
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).uuid == uuid)
                return {table, i};
    }
    return {};
}
} // namespace

QString ReviewSession::ownRaterUuid() const
{
    const QString own = OwnSheet::of(m_document.review.uuid);
    if (!own.isEmpty() && !raterName(own).isEmpty())
        return own;
    // With one reviewer the rows are theirs; with two on the lead's laptop nobody knows whose
    // hand typed them, and they count as shared.
    return m_document.raters.size() == 1 ? m_document.raters.constFirst().uuid : QString();
}

bool ReviewSession::addWorkbookRow(WorkbookTable table, QString *uuid)
{
    WorkbookRow row;
    row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.raterUuid = ownRaterUuid();
    const int position = int(WorkbookFigure::rowsOf(m_document.workbook, table).size());
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const QString description
        = table == WorkbookTable::Coaches ? tr("Coach row added") : tr("Record row added");
    const bool ok = commit(
        description, {},
        [&repository, id, table, row, position] {
            return repository.saveWorkbookRow(id, table, row, position);
        },
        [&repository, id, uuid = row.uuid] { return repository.removeWorkbookRow(id, uuid); });
    if (ok && uuid)
        *uuid = row.uuid;
    return ok;
}

bool ReviewSession::saveWorkbookRow(WorkbookTable table, const WorkbookRow &row)
{
    const RowPlace place = placeOf(m_document.workbook, row.uuid);
    if (place.position < 0 || place.table != table) {
        emit changed({});
        emit failed(tr("Not Saved"), tr("The workbook row is no longer stored."));
        return false;
    }
    const WorkbookRow old = WorkbookFigure::rowsOf(m_document.workbook, table).at(place.position);
    if (old == row)
        return true;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const int position = place.position;
    return commit(
        table == WorkbookTable::Coaches ? tr("Coach row changed") : tr("Record row changed"), {},
        [&repository, id, table, row, position] {
            return repository.saveWorkbookRow(id, table, row, position);
        },
        [&repository, id, table, old, position] {
            return repository.saveWorkbookRow(id, table, old, position);
        });
}

bool ReviewSession::removeWorkbookRow(const QString &uuid)
{
    const RowPlace place = placeOf(m_document.workbook, uuid);
    if (place.position < 0)
        return true;
    const WorkbookRow removed
        = WorkbookFigure::rowsOf(m_document.workbook, place.table).at(place.position);
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    const WorkbookTable table = place.table;
    const int position = place.position;
    return commit(
        table == WorkbookTable::Coaches ? tr("Coach row removed") : tr("Record row removed"), {},
        [&repository, id, uuid] { return repository.removeWorkbookRow(id, uuid); },
        [&repository, id, table, removed, position] {
            return repository.saveWorkbookRow(id, table, removed, position);
        });
}

bool ReviewSession::clearRecordSample()
{
    if (!m_databaseWritable) {
        emit failed(tr("Record Sample Not Cleared"),
                    tr("The database is open read-only, so nothing can be changed."));
        return false;
    }
    int cleared = 0;
    if (StorageError error = m_repository.clearRecords(reviewId(), cleared)) {
        emit failed(tr("Record Sample Not Cleared"), error.message());
        return false;
    }
    reload();
    emit changed({});
    emit saved(tr("%n record rows cleared; the figures they gave are kept", nullptr, cleared));
    return true;
}

} // namespace laatu::gui
