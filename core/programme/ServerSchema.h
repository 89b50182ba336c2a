#pragma once

#include "ProgrammeError.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu {

class ServerConnection;

// The programme server's schema version and its upgrades. init and upgrade are the
// administrator's (a login allowed to create roles); each migration runs as the owning role
// in one transaction that also records its version in laatu.schema_version.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)

public:
    // The version this Laatu publishes to and pulls from.
    static int knownVersion();

    // Roles, schema and every migration; `log` gets one line per step. Safe to run again.
    static ProgrammeError init(ServerConnection &connection, QStringList &log);
    // Only the migrations from the server's version to knownVersion().
    static ProgrammeError upgrade(ServerConnection &connection, QStringList &log);
    // 0 when the server has no Laatu schema.
    static ProgrammeError version(ServerConnection &connection, int &version);
    // An error naming the version needed unless the server has exactly knownVersion().
    static ProgrammeError requireKnownVersion(ServerConnection &connection);

private:
    static ProgrammeError migrate(ServerConnection &connection, int from, QStringList &log);
};

} // namespace laatu
