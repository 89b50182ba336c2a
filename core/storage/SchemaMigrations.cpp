#include "SchemaMigrations.h"

#include "Database.h"
#include "SqlStatement.h"

#include "review/VisitPlan.h"

#include <QStringList>

namespace laatu {

StorageError SchemaMigrations::migrateTo(QSqlDatabase &db, int version)
{
    switch (version) {
    case 1:
        return migrateTo1(db);
    case 2:
        return migrateTo2(db);
    case 3:
        return migrateTo3(db);
    case 4:
        return migrateTo4(db);
    case 5:
        return migrateTo5(db);
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

StorageError SchemaMigrations::migrateTo3(QSqlDatabase &db)
{
    // The programme server's local side. programme_outbox: per own review, what it last sent
    // (revision, hash) and what is on its way; a row is 'published' only after the server's
    // COMMIT, so a drop in between leaves it 'pending' for the next publish. programme_copy
    // marks the reviews pulled from the programme: they live in the same tables as one's own
    // (so every comparison counts them alike) but are read-only, which the triggers below
    // enforce for every table of a review. Only the pull itself writes them, and only while
    // programme_copy_writing holds its one row inside the pull's own transaction.
    QStringList statements {
        QStringLiteral("CREATE TABLE programme_outbox ("
                       " review_id INTEGER PRIMARY KEY REFERENCES review(id) ON DELETE CASCADE,"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'published', 'conflict')),"
                       " revision INTEGER NOT NULL CHECK (revision >= 1),"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " published_revision INTEGER NOT NULL DEFAULT 0"
                       "  CHECK (published_revision >= 0),"
                       " published_sha256 TEXT NOT NULL DEFAULT '',"
                       " fingerprint TEXT NOT NULL DEFAULT '',"
                       " server_sequence INTEGER NOT NULL DEFAULT 0,"
                       " updated_at TEXT NOT NULL, message TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE programme_copy ("
                       " review_id INTEGER PRIMARY KEY REFERENCES review(id) ON DELETE CASCADE,"
                       " revision INTEGER NOT NULL CHECK (revision >= 1),"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " server_sequence INTEGER NOT NULL, published_by TEXT NOT NULL,"
                       " published_at TEXT NOT NULL, pulled_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE programme_pull ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1), server TEXT NOT NULL,"
                       " last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0),"
                       " last_pull_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE programme_copy_writing (id INTEGER PRIMARY KEY CHECK (id = 1))"),
    };
    // (table, how a row names its review) for every table that holds part of a review.
    const QList<std::pair<QString, QString>> reviewParts {
        {QStringLiteral("rater"), QStringLiteral("%1.review_id")},
        {QStringLiteral("rater_rating"),
         QStringLiteral("(SELECT review_id FROM rater WHERE id = %1.rater_id)")},
        {QStringLiteral("consensus_rating"), QStringLiteral("%1.review_id")},
        {QStringLiteral("evidence_note"), QStringLiteral("%1.review_id")},
        {QStringLiteral("evidence_number"), QStringLiteral("%1.review_id")},
        {QStringLiteral("element_check"), QStringLiteral("%1.review_id")},
        {QStringLiteral("finding"), QStringLiteral("%1.review_id")},
        {QStringLiteral("action_item"), QStringLiteral("%1.review_id")},
        {QStringLiteral("audit_log"), QStringLiteral("%1.review_id")},
        {QStringLiteral("programme_copy"), QStringLiteral("%1.review_id")},
        {QStringLiteral("review"), QStringLiteral("%1.id")},
    };
    const QString refusal = QStringLiteral(
        "CREATE TRIGGER %1_%2_pulled_read_only BEFORE %3 ON %1"
        " WHEN NOT EXISTS (SELECT 1 FROM programme_copy_writing) AND %4"
        " BEGIN SELECT RAISE(ABORT, 'this review was pulled from the programme and is "
        "read-only'); END");
    const QString pulled
        = QStringLiteral("EXISTS (SELECT 1 FROM programme_copy WHERE review_id = %1)");
    for (const auto &[table, reviewOf] : reviewParts) {
        // A pulled review's parts are neither added, changed nor removed; programme_copy's
        // own rows are made only by a pull (nobody marks their own review as pulled).
        const bool isCopy = table == QLatin1String("programme_copy");
        const bool isReview = table == QLatin1String("review");
        if (!isReview)
            statements << refusal.arg(table, QStringLiteral("insert"), QStringLiteral("INSERT"),
                                      isCopy ? QStringLiteral("1")
                                             : pulled.arg(reviewOf.arg(QStringLiteral("NEW"))));
        statements << refusal.arg(table, QStringLiteral("update"), QStringLiteral("UPDATE"),
                                  pulled.arg(reviewOf.arg(QStringLiteral("OLD"))));
        statements << refusal.arg(table, QStringLiteral("delete"), QStringLiteral("DELETE"),
                                  pulled.arg(reviewOf.arg(QStringLiteral("OLD"))));
    }
    for (const QString &sql : statements) {
        SqlStatement statement(db, sql);
        if (StorageError error = statement.exec(tr("upgrading the database to version 3")))
            return error;
    }
    return {};
}

StorageError SchemaMigrations::migrateTo4(QSqlDatabase &db)
{
    // The evidence workbook: the coaches and the client records the reviewers read on the
    // visit, each row with the values of the catalog's fields as one JSON object (the fields
    // are the catalog's data, not columns). Rows are matched by uuid in merges and edits and
    // keep the order entered. records_cleared: the record sample was cleared after the review
    // was final, its figures kept as typed ones. A pulled review's rows are as read-only as
    // the rest of it. The JSON is checked when read: trusted_schema is off, so a CHECK may
    // not call json_valid().
    const QStringList statements {
        QStringLiteral("CREATE TABLE workbook_row ("
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
                       " kind TEXT NOT NULL CHECK (kind IN ('coach', 'record')),"
                       " position INTEGER NOT NULL CHECK (position >= 0),"
                       " code TEXT NOT NULL, rater_uuid TEXT NOT NULL DEFAULT '',"
                       " field_values TEXT NOT NULL CHECK (substr(field_values, 1, 1) = '{'),"
                       " PRIMARY KEY (review_id, uuid)) WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE review ADD COLUMN records_cleared INTEGER NOT NULL DEFAULT 0"
                       " CHECK (records_cleared IN (0, 1))"),
        QStringLiteral("CREATE TRIGGER workbook_row_insert_pulled_read_only BEFORE INSERT ON"
                       " workbook_row WHEN NOT EXISTS (SELECT 1 FROM programme_copy_writing)"
                       " AND EXISTS (SELECT 1 FROM programme_copy WHERE review_id ="
                       " NEW.review_id) BEGIN SELECT RAISE(ABORT, 'this review was pulled from"
                       " the programme and is read-only'); END"),
        QStringLiteral("CREATE TRIGGER workbook_row_update_pulled_read_only BEFORE UPDATE ON"
                       " workbook_row WHEN NOT EXISTS (SELECT 1 FROM programme_copy_writing)"
                       " AND EXISTS (SELECT 1 FROM programme_copy WHERE review_id ="
                       " OLD.review_id) BEGIN SELECT RAISE(ABORT, 'this review was pulled from"
                       " the programme and is read-only'); END"),
        QStringLiteral("CREATE TRIGGER workbook_row_delete_pulled_read_only BEFORE DELETE ON"
                       " workbook_row WHEN NOT EXISTS (SELECT 1 FROM programme_copy_writing)"
                       " AND EXISTS (SELECT 1 FROM programme_copy WHERE review_id ="
                       " OLD.review_id) BEGIN SELECT RAISE(ABORT, 'this review was pulled from"
                       " the programme and is read-only'); END"),
    };
    for (const QString &sql : statements) {
        SqlStatement statement(db, sql);
        if (StorageError error = statement.exec(tr("upgrading the database to version 4")))
            return error;
    }
    return {};
}

StorageError SchemaMigrations::migrateTo5(QSqlDatabase &db)
{
    // The site visit's agenda: one row per item, in the order the reviewers arranged it. The
    // day counts from the visit's first day; times are "HH:mm" (text compares as time), the
    // end empty when open and else after the start. The checks use only built-in functions
    // and operators (trusted_schema is off). A pulled review's plan is as read-only as the
    // rest of it.
    const QString time = QStringLiteral("(%1 GLOB '[01][0-9]:[0-5][0-9]' OR %1 GLOB "
                                        "'2[0-3]:[0-5][0-9]')");
    QStringList statements {
        QStringLiteral("CREATE TABLE visit_plan_item ("
                       " review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,"
                       " uuid TEXT NOT NULL CHECK (length(uuid) = 36),"
                       " position INTEGER NOT NULL CHECK (position >= 0),"
                       " day INTEGER NOT NULL CHECK (day BETWEEN 1 AND %1),"
                       " start_time TEXT NOT NULL CHECK %2,"
                       " end_time TEXT NOT NULL DEFAULT '' CHECK (end_time = '' OR (%3"
                       " AND end_time > start_time)),"
                       " activity TEXT NOT NULL CHECK (length(trim(activity)) > 0),"
                       " participants TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (review_id, uuid)) WITHOUT ROWID")
            .arg(VisitPlan::kMaxDays)
            .arg(time.arg(QStringLiteral("start_time")), time.arg(QStringLiteral("end_time"))),
    };
    const QString refusal = QStringLiteral(
        "CREATE TRIGGER visit_plan_item_%1_pulled_read_only BEFORE %2 ON visit_plan_item"
        " WHEN NOT EXISTS (SELECT 1 FROM programme_copy_writing) AND EXISTS (SELECT 1 FROM"
        " programme_copy WHERE review_id = %3.review_id) BEGIN SELECT RAISE(ABORT, 'this"
        " review was pulled from the programme and is read-only'); END");
    statements
        << refusal.arg(QStringLiteral("insert"), QStringLiteral("INSERT"), QStringLiteral("NEW"))
        << refusal.arg(QStringLiteral("update"), QStringLiteral("UPDATE"), QStringLiteral("OLD"))
        << refusal.arg(QStringLiteral("delete"), QStringLiteral("DELETE"), QStringLiteral("OLD"));
    for (const QString &sql : statements) {
        SqlStatement statement(db, sql);
        if (StorageError error = statement.exec(tr("upgrading the database to version 5")))
            return error;
    }
    return {};
}

} // namespace laatu
