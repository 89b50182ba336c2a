#pragma once

#include "ProgrammeError.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu {

class ServerConnection;

// People of the programme: one login each, member of one programme role, assigned to the
// counties they publish to or read. The administrator's commands; run as laatu_owner for
// the assignments, as the administrator's login (CREATEROLE) for the logins.
class ServerUsers
{
    Q_DECLARE_TR_FUNCTIONS(ServerUsers)

public:
    enum class Role { Reviewer, CountyManager, ProgrammeManager };
    // "reviewer", "county-manager", "programme-manager".
    static bool roleFromName(const QString &name, Role &role);
    static QString groupRole(Role role);

    // Lower-case letters, digits and . _ - @, at most 63 characters, beginning with a letter.
    static bool isValidLogin(const QString &login);

    // Creates the login with the password (sent only as a SCRAM verifier), makes it a member
    // of the role and assigns the counties, in one transaction.
    static ProgrammeError addUser(ServerConnection &connection, const QString &login, Role role,
                                  const QString &password, const QStringList &counties);
    static ProgrammeError assign(ServerConnection &connection, const QString &login,
                                 const QStringList &counties);
    static ProgrammeError unassign(ServerConnection &connection, const QString &login,
                                   const QStringList &counties);

private:
    static ProgrammeError changeAssignments(ServerConnection &connection, const QString &login,
                                            const QStringList &counties, bool add);
};

} // namespace laatu
