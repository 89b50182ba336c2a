#pragma once

#include "StorageError.h"

#include "review/ReviewEnums.h"

#include <QCoreApplication>
#include <QVariant>

namespace laatu {

// Values read back from the database are validated, never defaulted (reliability.md rule 2):
// a status or kind that is none of Laatu's (a file changed by another program, a CHECK
// constraint bypassed) is an error naming the row and the value, not quietly a draft.
class StoredValues
{
    Q_DECLARE_TR_FUNCTIONS(StoredValues)

public:
    static StorageError reviewKind(const QVariant &value, qint64 reviewId, ReviewKind &kind);
    static StorageError reviewStatus(const QVariant &value, qint64 reviewId, ReviewStatus &status);
    static StorageError findingKind(const QVariant &value, qint64 reviewId, FindingKind &kind);
    static StorageError actionStatus(const QVariant &value, qint64 reviewId, ActionStatus &status);

private:
    static StorageError unknown(const QString &field, qint64 reviewId, const QVariant &value,
                                const QString &allowed);
};

} // namespace laatu
