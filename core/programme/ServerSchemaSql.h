#pragma once

#include <QStringList>

namespace laatu {

// The programme server's SQL, kept apart from the code that runs it. Everything lives in the
// schema "laatu", owned by the role laatu_owner, which cannot log in; people log in with
// their own roles, members of laatu_reviewer, laatu_county_manager or laatu_programme_manager.
class ServerSchemaSql
{
public:
    static constexpr auto kSchema = "laatu";
    static constexpr auto kOwnerRole = "laatu_owner";
    static constexpr auto kReviewerRole = "laatu_reviewer";
    static constexpr auto kCountyManagerRole = "laatu_county_manager";
    static constexpr auto kProgrammeManagerRole = "laatu_programme_manager";

    // Run by the administrator's login before the migrations: the group roles, the
    // administrator's membership of the owning role, the schema.
    static QStringList rolesAndSchema();
    // Migration to `version` (1 ... latest), run as laatu_owner in one transaction that also
    // records the version. Empty for an unknown version.
    static QStringList migrationTo(int version);
    static constexpr int kLatestVersion = 1;

private:
    static QStringList migrationTo1();
    static QStringList rowLevelSecurity1();
};

} // namespace laatu
