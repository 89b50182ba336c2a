#pragma once

#include "review/Workbook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace laatu {

// The review file's "workbook" member (format version 2): the coaches and records with their
// field values, and whether the records were cleared. What the values mean against the
// catalog (declared fields, each value of its field's type) is ReviewValidator's job.
class WorkbookJson
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookJson)

public:
    static constexpr int kMaxRows = 2000;

    static QJsonObject toJson(const Workbook &workbook);
    // Appends every problem of shape to `errors` ("workbook, record 3: ...").
    static Workbook fromJson(const QJsonValue &value, QStringList &errors);
    // A review file's optional "workbook" member into `workbook`; the problems found, among
    // them a workbook in a file older than format version 2.
    static QStringList readMember(const QJsonObject &root, int formatVersion, Workbook &workbook);
};

} // namespace laatu
