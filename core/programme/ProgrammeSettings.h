#pragma once

#include <QString>

namespace laatu {

// Where this user's programme server is (Settings → Programme Server in the GUI; laatu-cli
// reads it when no --url is given). Only the libpq URI is kept: never a password, which lives
// in the system keyring or only in memory for the session. Empty means no server is
// configured, and then nothing in Laatu connects anywhere.
class ProgrammeSettings
{
public:
    static QString url();
    static void setUrl(const QString &url);
    static bool isConfigured() { return !url().isEmpty(); }
};

} // namespace laatu
