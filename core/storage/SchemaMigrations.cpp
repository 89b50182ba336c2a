#include "SchemaMigrations.h"

#include "Database.h"
#include "SqlStatement.h"

#include <QStringList>

namespace laatu {

StorageError SchemaMigrations::migrateTo(QSqlDatabase &db, int version)
{
    switch (version) {
    case 1:
        return migrateTo1(db);
    case 2:
        return migrateTo2(db);
    default:
        return {StorageError::Other, tr("No upgrade step to database version %1.").arg(version)};
    }
}

StorageError SchemaMigrations::migrateTo1(QSqlDatabase &db)
{
    // Tables keyed by (review, criterion, ...) are WITHOUT ROWID: the key is the table, not a
    // second index beside it, which halves their size and the time of every full check.
    const QStringList statements {
        QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
        // The exact catalog each review was rated against, kept so history never changes.
        QStringLiteral("CREATE TABLE catalog ("
                       " catalog_key TEXT NOT NULL, version TEXT NOT NULL, content TEXT NOT NULL,"
                       " PRIMARY KEY (catalog_key, version)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE site ("
                       " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " organisation TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '',"
                       " municipality TEXT NOT NULL DEFAULT '', county TEXT NOT NULL DEFAULT '',"
                       " archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)))"),
        QStringLiteral("CREATE TABLE review ("
                       " id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
                       " site_id INTEGER NOT NULL REFERENCES site(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('external', 'self-assessment')),"
                       " visit_start TEXT NOT NULL, visit_end TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('draft', 'consensus', 'final')),"
                       " catalog_key TEXT NOT NULL, catalog_version TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
                       " reopen_count INTEGER NOT NULL DEFAULT 0,"
                       " FOREIGN KEY (catalog_key, catalog_version) REFERENCES "
                       "catalog(catalog_key, version))"),
        QStringLiteral("CREATE INDEX review_by_site ON review(site_id, visit_start)"),
        QStringLiteral("CREATE TABLE rater ("
                       " id INTEGER PRIMARY KEY,"
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " uuid TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL,"
                       " UNIQUE (review_id, uuid))"),
        QStringLiteral("CREATE TABLE rater_rating ("
                       " rater_id INTEGER NOT NULL REFERENCES rater(id) ON DELETE CASCADE,"
                       " criterion TEXT NOT NULL, value INTEGER NOT NULL,"
                       " PRIMARY KEY (rater_id, criterion)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE consensus_rating ("
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " criterion TEXT NOT NULL, value INTEGER NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (review_id, criterion)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE evidence_note ("
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " criterion TEXT NOT NULL, source TEXT NOT NULL, text TEXT NOT NULL,"
                       " PRIMARY KEY (review_id, criterion, source)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE evidence_number ("
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " criterion TEXT NOT NULL, input_key TEXT NOT NULL, value TEXT NOT NULL,"
                       " PRIMARY KEY (review_id, criterion, input_key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE element_check ("
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " criterion TEXT NOT NULL, element_key TEXT NOT NULL,"
                       " present INTEGER NOT NULL CHECK (present IN (0, 1)),"
                       " PRIMARY KEY (review_id, criterion, element_key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE finding ("
                       " id INTEGER PRIMARY KEY,"
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " uuid TEXT NOT NULL, criterion TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL CHECK (kind IN ('strength', 'recommendation')),"
                       " text TEXT NOT NULL, position INTEGER NOT NULL,"
                       " UNIQUE (review_id, uuid))"),
        QStringLiteral(
            "CREATE TABLE action_item ("
            " id INTEGER PRIMARY KEY,"
            " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
            " uuid TEXT NOT NULL, what TEXT NOT NULL, who TEXT NOT NULL DEFAULT '',"
            " due TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),"
            " position INTEGER NOT NULL, UNIQUE (review_id, uuid))"),
        // Finalising, reopening and every change made after a reopen, written in the same
        // transaction as the change itself.
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"),
    };
    for (const QString &sql : statements) {
        SqlStatement statement(db, sql);
        if (StorageError error = statement.exec(tr("creating the database")))
            return error;
    }
    return {};
}

StorageError SchemaMigrations::migrateTo2(QSqlDatabase &db)
{
    // Outcomes of a site over a period, entered by hand beside the reviews: how many people
    // were coached and how many of them were in competitive work. Keyed by the period so that
    // entering the same period again corrects it instead of adding a second row. The
    // comparison of sites of a county filters by county and visit date: an index each.
    const QStringList statements {
        QStringLiteral("CREATE TABLE site_outcome ("
                       " site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE CASCADE,"
                       " period_start TEXT NOT NULL, period_end TEXT NOT NULL,"
                       " coached INTEGER NOT NULL CHECK (coached >= 0),"
                       " employed INTEGER NOT NULL CHECK (employed >= 0 AND employed <= coached),"
                       " CHECK (period_end >= period_start),"
                       " PRIMARY KEY (site_id, period_start, period_end)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX site_by_county ON site(county, id)"),
    };
    for (const QString &sql : statements) {
        SqlStatement statement(db, sql);
        if (StorageError error = statement.exec(tr("upgrading the database to version 2")))
            return error;
    }
    return {};
}

} // namespace laatu
