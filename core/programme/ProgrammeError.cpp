#include "ProgrammeError.h"

namespace laatu {

namespace {
// libpq reports a failed or lost connection without an SQLSTATE; its words tell a network
// failure from a refusal (login, pg_hba, TLS).
bool isRefusalText(const QString &text)
{
    static const char *const refusals[]
        = {"password authentication failed", "pg_hba.conf",    "certificate",   "SSL",
           "no password supplied",           "does not exist", "authentication"};
    for (const char *refusal : refusals)
        if (text.contains(QLatin1String(refusal), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

ProgrammeError ProgrammeError::fromSql(const QSqlError &error, const QString &what)
{
    const QString state = error.nativeErrorCode().trimmed();
    const QString detail
        = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    if (state == QLatin1String("42501"))
        return {Denied,
                tr("The programme server refused %1: this login is not allowed to (SQLSTATE "
                   "42501, %2). Ask the programme's administrator which counties you are "
                   "assigned to.")
                    .arg(what, detail),
                state};
    // Class 08 (connection exception), 57P01-57P03 (terminated, shutting down, cannot connect
    // now) and no SQLSTATE at all with a network message: the connection is gone.
    const bool lost = state.startsWith(QLatin1String("08"))
        || state.startsWith(QLatin1String("57P")) || (state.isEmpty() && !isRefusalText(detail));
    if (lost)
        return {Unreachable,
                tr("The connection to the programme server was lost or could not be made while "
                   "%1: %2")
                    .arg(what, detail),
                state};
    if (state.startsWith(QLatin1String("28")) || state.isEmpty())
        return {Refused,
                tr("The programme server refused the connection while %1: %2").arg(what, detail),
                state};
    return {Server,
            tr("The programme server reported an error while %1 (SQLSTATE %2): %3")
                .arg(what, state, detail),
            state};
}

} // namespace laatu
