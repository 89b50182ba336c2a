#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace laatu {

// One row of the evidence workbook: a coach, or a client record the reviewers read. Values are
// kept as the stored text of the catalog field's type ("0.8", "yes"/"no", "2026-03-02", a job
// type); a field not filled has no entry.
struct WorkbookRow
{
    QString uuid; // merges and the database match rows by it
    // The coach's code or first name, or the record's pseudonymous code: never a client's name.
    QString code;
    QString raterUuid; // the reviewer who filled the row; empty when shared
    QMap<QString, QString> values; // field key -> value
    friend bool operator==(const WorkbookRow &, const WorkbookRow &) = default;
};

// The workbook of one review: the coaches and the record sample, each in the order entered.
struct Workbook
{
    QList<WorkbookRow> coaches;
    QList<WorkbookRow> records;
    // True when the record rows were cleared after the review was final: the figures computed
    // from them were kept as typed figures, the rows themselves are gone.
    bool recordsCleared = false;

    bool isEmpty() const { return coaches.isEmpty() && records.isEmpty(); }
    friend bool operator==(const Workbook &, const Workbook &) = default;
};

namespace WorkbookValues {
inline constexpr auto kYes = "yes";
inline constexpr auto kNo = "no";
} // namespace WorkbookValues

} // namespace laatu
