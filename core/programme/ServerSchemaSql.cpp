#include "ServerSchemaSql.h"

namespace laatu {

QStringList ServerSchemaSql::rolesAndSchema()
{
    // NOLOGIN group roles: nobody logs in as one, people are made members of one. The
    // administrator running this becomes a member of the owner so that the migrations run
    // as the owner (SET ROLE) and no login role owns a table.
    return {
        QStringLiteral(
            "DO $$ BEGIN"
            " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'laatu_owner') THEN"
            "  CREATE ROLE laatu_owner NOLOGIN; END IF;"
            " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'laatu_reviewer') THEN"
            "  CREATE ROLE laatu_reviewer NOLOGIN; END IF;"
            " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'laatu_county_manager') THEN"
            "  CREATE ROLE laatu_county_manager NOLOGIN; END IF;"
            " IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'laatu_programme_manager') THEN"
            "  CREATE ROLE laatu_programme_manager NOLOGIN; END IF;"
            " END $$"),
        QStringLiteral("GRANT laatu_owner TO CURRENT_USER"),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS laatu AUTHORIZATION laatu_owner"),
        // Nobody but the owner creates anything in the schema; the public schema is not used.
        QStringLiteral("REVOKE ALL ON SCHEMA laatu FROM PUBLIC"),
        QStringLiteral("GRANT USAGE ON SCHEMA laatu TO laatu_reviewer, laatu_county_manager,"
                       " laatu_programme_manager"),
    };
}

QStringList ServerSchemaSql::migrationTo(int version)
{
    switch (version) {
    case 1:
        return migrationTo1();
    default:
        return {};
    }
}

QStringList ServerSchemaSql::migrationTo1()
{
    QStringList statements {
        QStringLiteral("CREATE TABLE laatu.schema_version ("
                       " version integer PRIMARY KEY,"
                       " applied_at timestamptz NOT NULL DEFAULT now(),"
                       " applied_by name NOT NULL DEFAULT session_user)"),
        // Which counties each login publishes to (reviewers) or reads (reviewers, county
        // managers). External reviewers are often assigned to other counties than their own.
        QStringLiteral("CREATE TABLE laatu.county_assignment ("
                       " login name NOT NULL, county text NOT NULL CHECK (county <> ''),"
                       " PRIMARY KEY (login, county))"),
        // Numbers snapshots in the order they commit (see stamp_snapshot), so that a pull
        // asking for "after N" never misses one committed late with a smaller number.
        QStringLiteral("CREATE SEQUENCE laatu.publication_sequence AS bigint"),
        // One immutable snapshot per (review, revision): the review file's canonical text as
        // published (its SHA-256 is over exactly these bytes) and the same as jsonb for SQL.
        // County, site, who and when are taken by the server from the text and the login.
        QStringLiteral("CREATE TABLE laatu.snapshot ("
                       " review_uuid uuid NOT NULL,"
                       " revision integer NOT NULL CHECK (revision >= 1),"
                       " sequence bigint NOT NULL UNIQUE,"
                       " county text NOT NULL, site_uuid uuid NOT NULL, site_name text NOT NULL,"
                       " document_text text NOT NULL, document jsonb NOT NULL,"
                       " sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),"
                       " published_by name NOT NULL DEFAULT session_user,"
                       " published_at timestamptz NOT NULL DEFAULT now(),"
                       " PRIMARY KEY (review_uuid, revision))"),
        QStringLiteral("CREATE INDEX snapshot_by_county ON laatu.snapshot (county, sequence)"),
        // A second, different content for a published (review, revision): kept beside it for
        // people to sort out, never in its place.
        QStringLiteral("CREATE TABLE laatu.conflict ("
                       " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                       " review_uuid uuid NOT NULL, revision integer NOT NULL,"
                       " county text NOT NULL, site_uuid uuid NOT NULL, site_name text NOT NULL,"
                       " document_text text NOT NULL, document jsonb NOT NULL,"
                       " sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),"
                       " published_by name NOT NULL DEFAULT session_user,"
                       " published_at timestamptz NOT NULL DEFAULT now())"),
        // Fills what the client must not choose. Runs as the publisher (no SECURITY DEFINER):
        // the row-level security checks that follow it see the server's values.
        QStringLiteral(
            "CREATE FUNCTION laatu.stamp_publication() RETURNS trigger LANGUAGE plpgsql"
            " SET search_path = pg_catalog, pg_temp AS $$"
            " BEGIN"
            "  NEW.document := NEW.document_text::jsonb;"
            "  IF NEW.document ->> 'format' IS DISTINCT FROM 'laatu-review' THEN"
            "   RAISE EXCEPTION 'not a laatu-review file' USING ERRCODE = '22023'; END IF;"
            "  IF NEW.document #>> '{review,uuid}' IS DISTINCT FROM NEW.review_uuid::text THEN"
            "   RAISE EXCEPTION 'the file is of another review' USING ERRCODE = '22023'; END IF;"
            "  NEW.county := coalesce(NEW.document #>> '{site,county}', '');"
            "  NEW.site_uuid := (NEW.document #>> '{site,uuid}')::uuid;"
            "  NEW.site_name := coalesce(NEW.document #>> '{site,name}', '');"
            "  NEW.sha256 := encode(sha256(convert_to(NEW.document_text, 'UTF8')), 'hex');"
            "  NEW.published_by := session_user;"
            "  NEW.published_at := now();"
            "  RETURN NEW;"
            " END $$"),
        // The sequence number is taken under a transaction-wide lock held to COMMIT, so
        // numbers become visible in increasing order.
        QStringLiteral("CREATE FUNCTION laatu.number_snapshot() RETURNS trigger LANGUAGE plpgsql"
                       " SET search_path = pg_catalog, pg_temp AS $$"
                       " BEGIN"
                       "  PERFORM pg_advisory_xact_lock(1281450356);"
                       "  NEW.sequence := nextval('laatu.publication_sequence');"
                       "  RETURN NEW;"
                       " END $$"),
        QStringLiteral("CREATE FUNCTION laatu.refuse_change() RETURNS trigger LANGUAGE plpgsql"
                       " SET search_path = pg_catalog, pg_temp AS $$"
                       " BEGIN"
                       "  RAISE EXCEPTION 'published snapshots are never changed'"
                       "   USING ERRCODE = '42501';"
                       " END $$"),
        QStringLiteral("CREATE TRIGGER snapshot_stamp BEFORE INSERT ON laatu.snapshot"
                       " FOR EACH ROW EXECUTE FUNCTION laatu.stamp_publication()"),
        QStringLiteral("CREATE TRIGGER snapshot_number BEFORE INSERT ON laatu.snapshot"
                       " FOR EACH ROW EXECUTE FUNCTION laatu.number_snapshot()"),
        QStringLiteral("CREATE TRIGGER snapshot_immutable BEFORE UPDATE ON laatu.snapshot"
                       " FOR EACH ROW EXECUTE FUNCTION laatu.refuse_change()"),
        QStringLiteral("CREATE TRIGGER conflict_stamp BEFORE INSERT ON laatu.conflict"
                       " FOR EACH ROW EXECUTE FUNCTION laatu.stamp_publication()"),
        QStringLiteral("CREATE TRIGGER conflict_immutable BEFORE UPDATE ON laatu.conflict"
                       " FOR EACH ROW EXECUTE FUNCTION laatu.refuse_change()"),
        // Privileges: reading for every programme role (the policies narrow it), inserting
        // only the three columns a publisher supplies, for reviewers. Nobody updates; only
        // the owner deletes (taking a county out of the programme).
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA laatu FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON laatu.schema_version, laatu.county_assignment,"
                       " laatu.snapshot, laatu.conflict"
                       " TO laatu_reviewer, laatu_county_manager, laatu_programme_manager"),
        QStringLiteral("GRANT INSERT (review_uuid, revision, document_text)"
                       " ON laatu.snapshot, laatu.conflict TO laatu_reviewer"),
        QStringLiteral("GRANT USAGE ON SEQUENCE laatu.publication_sequence TO laatu_reviewer"),
    };
    return statements + rowLevelSecurity1();
}

QStringList ServerSchemaSql::rowLevelSecurity1()
{
    // Enabled and forced on every table, so that even the owner goes through a policy. The
    // identity is session_user, the login itself: SET ROLE does not change it.
    const QString assigned = QStringLiteral(
        "county IN (SELECT a.county FROM laatu.county_assignment a WHERE a.login = session_user)");
    QStringList statements;
    for (const char *table : {"schema_version", "county_assignment", "snapshot", "conflict"}) {
        const QString name = QLatin1String(table);
        statements << QStringLiteral("ALTER TABLE laatu.%1 ENABLE ROW LEVEL SECURITY").arg(name)
                   << QStringLiteral("ALTER TABLE laatu.%1 FORCE ROW LEVEL SECURITY").arg(name)
                   << QStringLiteral("CREATE POLICY %1_owner ON laatu.%1 TO laatu_owner"
                                     " USING (true) WITH CHECK (true)")
                          .arg(name);
    }
    statements << QStringLiteral(
        "CREATE POLICY schema_version_read ON laatu.schema_version FOR SELECT"
        " TO laatu_reviewer, laatu_county_manager, laatu_programme_manager"
        " USING (true)")
               << QStringLiteral("CREATE POLICY county_assignment_own ON laatu.county_assignment"
                                 " FOR SELECT TO laatu_reviewer, laatu_county_manager"
                                 " USING (login = session_user)")
               << QStringLiteral("CREATE POLICY county_assignment_all ON laatu.county_assignment"
                                 " FOR SELECT TO laatu_programme_manager USING (true)");
    for (const char *table : {"snapshot", "conflict"}) {
        const QString name = QLatin1String(table);
        statements << QStringLiteral("CREATE POLICY %1_read_assigned ON laatu.%1 FOR SELECT"
                                     " TO laatu_reviewer, laatu_county_manager USING (%2)")
                          .arg(name, assigned)
                   << QStringLiteral("CREATE POLICY %1_read_all ON laatu.%1 FOR SELECT"
                                     " TO laatu_programme_manager USING (true)")
                          .arg(name)
                   << QStringLiteral("CREATE POLICY %1_publish ON laatu.%1 FOR INSERT"
                                     " TO laatu_reviewer"
                                     " WITH CHECK (published_by = session_user AND %2)")
                          .arg(name, assigned);
    }
    return statements;
}

} // namespace laatu
