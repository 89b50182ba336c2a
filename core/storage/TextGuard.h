#pragma once

#include "StorageError.h"

#include "review/ReviewDocument.h"
#include "text/TextRules.h"

#include <QList>

namespace laatu {

// The text rules (TextRules) at the door of the database: every repository method that stores
// a name or a note asks here first, so the site dialog, the wizard, the walk and review files
// all meet the same rule. InvalidInput naming the field when a text breaks it.
class TextGuard
{
public:
    static StorageError field(const QString &field, const QString &text, TextRules::Kind kind);
    static StorageError documents(const QList<ReviewDocument> &documents);
};

} // namespace laatu
