#include "ServerUsers.h"

#include "ScramVerifier.h"
#include "ServerConnection.h"

#include <QRegularExpression>

namespace laatu {

bool ServerUsers::roleFromName(const QString &name, Role &role)
{
    if (name == QLatin1String("reviewer"))
        role = Role::Reviewer;
    else if (name == QLatin1String("county-manager"))
        role = Role::CountyManager;
    else if (name == QLatin1String("programme-manager"))
        role = Role::ProgrammeManager;
    else
        return false;
    return true;
}

QString ServerUsers::groupRole(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QStringLiteral("laatu_reviewer");
    case Role::CountyManager:
        return QStringLiteral("laatu_county_manager");
    case Role::ProgrammeManager:
        break;
    }
    return QStringLiteral("laatu_programme_manager");
}

bool ServerUsers::isValidLogin(const QString &login)
{
    // Checked, then double-quoted: CREATE ROLE takes no parameters, so the name is part of the
    // statement and must not be able to end it.
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._@-]{0,62}$"));
    return pattern.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_"))
        && !login.startsWith(QLatin1String("laatu_"));
}

ProgrammeError ServerUsers::addUser(ServerConnection &connection, const QString &login, Role role,
                                    const QString &password, const QStringList &counties)
{
    const QString what = tr("adding the user %1").arg(login);
    if (!isValidLogin(login))
        return {ProgrammeError::BadAddress,
                tr("\"%1\" cannot be a login: use lower-case letters, digits and . _ - @, "
                   "beginning with a letter (not pg_ or laatu_)")
                    .arg(login)};
    if (password.size() < 12)
        return {ProgrammeError::BadAddress, tr("the password must have at least 12 characters")};
    const QString verifier = ScramVerifier::make(password);
    if (ProgrammeError error = connection.begin(what))
        return error;
    const QStringList statements {
        QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE %3")
            .arg(login, verifier, groupRole(role)),
    };
    for (const QString &sql : statements) {
        if (ProgrammeError error = connection.execPlain(sql, what)) {
            connection.rollback();
            return error;
        }
    }
    if (ProgrammeError error = changeAssignments(connection, login, counties, true)) {
        connection.rollback();
        return error;
    }
    return connection.commit(what);
}

ProgrammeError ServerUsers::assign(ServerConnection &connection, const QString &login,
                                   const QStringList &counties)
{
    const QString what = tr("assigning counties to %1").arg(login);
    if (ProgrammeError error = connection.begin(what))
        return error;
    if (ProgrammeError error = changeAssignments(connection, login, counties, true)) {
        connection.rollback();
        return error;
    }
    return connection.commit(what);
}

ProgrammeError ServerUsers::unassign(ServerConnection &connection, const QString &login,
                                     const QStringList &counties)
{
    const QString what = tr("taking counties from %1").arg(login);
    if (ProgrammeError error = connection.begin(what))
        return error;
    if (ProgrammeError error = changeAssignments(connection, login, counties, false)) {
        connection.rollback();
        return error;
    }
    return connection.commit(what);
}

ProgrammeError ServerUsers::changeAssignments(ServerConnection &connection, const QString &login,
                                              const QStringList &counties, bool add)
{
    const QString what = add ? tr("assigning counties to %1").arg(login)
                             : tr("taking counties from %1").arg(login);
    if (ProgrammeError error
        = connection.execPlain(QStringLiteral("SET LOCAL ROLE laatu_owner"), what))
        return error;
    for (const QString &county : counties) {
        QSqlQuery query = connection.newQuery();
        const QString sql = add
            ? QStringLiteral("INSERT INTO laatu.county_assignment (login, county)"
                             " VALUES (?, ?) ON CONFLICT DO NOTHING")
            : QStringLiteral("DELETE FROM laatu.county_assignment"
                             " WHERE login = ? AND county = ?");
        if (ProgrammeError error = connection.exec(query, sql, {login, county.trimmed()}, what))
            return error;
    }
    return {};
}

} // namespace laatu
