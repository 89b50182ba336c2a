#include "ServerSchema.h"

#include "ServerConnection.h"
#include "ServerSchemaSql.h"

namespace laatu {

int ServerSchema::knownVersion()
{
    return ServerSchemaSql::kLatestVersion;
}

ProgrammeError ServerSchema::version(ServerConnection &connection, int &version)
{
    version = 0;
    const QString what = tr("reading the server's schema version");
    QSqlQuery query = connection.newQuery();
    // to_regclass is NULL (not an error) when the table is not there, or not visible to us.
    if (ProgrammeError error = connection.exec(
            query, QStringLiteral("SELECT to_regclass('laatu.schema_version') IS NOT NULL"), {},
            what))
        return error;
    if (!query.next() || !query.value(0).toBool())
        return {};
    QSqlQuery versions = connection.newQuery();
    if (ProgrammeError error = connection.exec(
            versions, QStringLiteral("SELECT coalesce(max(version), 0) FROM laatu.schema_version"),
            {}, what))
        return error;
    if (versions.next())
        version = versions.value(0).toInt();
    return {};
}

ProgrammeError ServerSchema::requireKnownVersion(ServerConnection &connection)
{
    int found = 0;
    if (ProgrammeError error = version(connection, found))
        return error;
    if (found == knownVersion())
        return {};
    if (found == 0)
        return {ProgrammeError::SchemaMismatch,
                tr("The server %1 has no Laatu programme schema (this Laatu needs version %2). "
                   "The administrator sets it up with laatu-cli server init.")
                    .arg(connection.address().label())
                    .arg(knownVersion())};
    if (found < knownVersion())
        return {ProgrammeError::SchemaMismatch,
                tr("The server's programme schema is version %1; this Laatu needs version %2. "
                   "The administrator upgrades it with laatu-cli server upgrade.")
                    .arg(found)
                    .arg(knownVersion())};
    return {ProgrammeError::SchemaMismatch,
            tr("The server's programme schema is version %1, newer than this Laatu knows (it "
               "needs version %2): update Laatu before publishing or pulling.")
                .arg(found)
                .arg(knownVersion())};
}

ProgrammeError ServerSchema::init(ServerConnection &connection, QStringList &log)
{
    const QString what = tr("creating the programme's roles and schema");
    if (ProgrammeError error = connection.begin(what))
        return error;
    for (const QString &sql : ServerSchemaSql::rolesAndSchema()) {
        if (ProgrammeError error = connection.execPlain(sql, what)) {
            connection.rollback();
            return error;
        }
    }
    if (ProgrammeError error = connection.commit(what))
        return error;
    log << tr("roles laatu_owner (no login), laatu_reviewer, laatu_county_manager, "
              "laatu_programme_manager and schema laatu are in place");
    return upgrade(connection, log);
}

ProgrammeError ServerSchema::upgrade(ServerConnection &connection, QStringList &log)
{
    int found = 0;
    if (ProgrammeError error = version(connection, found))
        return error;
    if (found > knownVersion())
        return requireKnownVersion(connection);
    if (found == knownVersion()) {
        log << tr("the programme schema is at version %1, nothing to do").arg(found);
        return {};
    }
    return migrate(connection, found, log);
}

ProgrammeError ServerSchema::migrate(ServerConnection &connection, int from, QStringList &log)
{
    for (int target = from + 1; target <= knownVersion(); ++target) {
        const QString what = tr("upgrading the programme schema to version %1").arg(target);
        if (ProgrammeError error = connection.begin(what))
            return error;
        // SET LOCAL ROLE ends with the transaction: what the step creates is the owner's.
        QStringList statements {QStringLiteral("SET LOCAL ROLE laatu_owner")};
        statements
            << ServerSchemaSql::migrationTo(target)
            << QStringLiteral("INSERT INTO laatu.schema_version (version) VALUES (%1)").arg(target);
        for (const QString &sql : statements) {
            if (ProgrammeError error = connection.execPlain(sql, what)) {
                connection.rollback();
                return error;
            }
        }
        if (ProgrammeError error = connection.commit(what))
            return error;
        log << tr("programme schema upgraded to version %1").arg(target);
    }
    return {};
}

} // namespace laatu
