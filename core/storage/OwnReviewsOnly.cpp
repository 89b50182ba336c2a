#include "OwnReviewsOnly.h"

#include "Database.h"
#include "SqlStatement.h"

namespace laatu {

StorageError OwnReviewsOnly::apply(Database &database)
{
    const QString what = tr("leaving the programme's reviews out");
    const QStringList statements {
        QStringLiteral("CREATE TEMP VIEW review AS SELECT * FROM main.review"
                       " WHERE id NOT IN (SELECT review_id FROM main.programme_copy)"),
        // A site known only through pulled reviews is not one of this laptop's.
        QStringLiteral("CREATE TEMP VIEW site AS SELECT * FROM main.site s"
                       " WHERE EXISTS (SELECT 1 FROM temp.review r WHERE r.site_id = s.id)"
                       " OR NOT EXISTS (SELECT 1 FROM main.review r WHERE r.site_id = s.id)"),
    };
    for (const QString &sql : statements) {
        SqlStatement statement(database.sql(), sql);
        if (StorageError error = statement.exec(what))
            return database.markIfDamaged(error);
    }
    return {};
}

} // namespace laatu
