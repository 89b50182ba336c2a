#pragma once

#include "CliIo.h"
#include "CommandParser.h"

#include "programme/ProgrammeError.h"
#include "programme/ServerConnection.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <memory>

namespace laatu::cli {

// The --url option of the programme commands and the connection made from it. Nothing is
// connected unless a URL is given (or set in the GUI's settings): without one the command
// stops with a usage error and no socket is opened. The password comes from libpq's
// PGPASSWORD (scripts), or is asked on the terminal when the server wants one; never argv.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(ServerAccess)

public:
    static QCommandLineOption urlOption();
    // For a throwaway test server on this machine: sslmode other than verify-full allowed
    // for localhost only.
    static QCommandLineOption insecureLocalOption();
    // The URL given, or the GUI's setting; empty when none.
    static QString configuredUrl(const CommandParser &parser);
    static std::unique_ptr<ServerConnection> connect(const CommandParser &parser, CliIo &io,
                                                     int &exitCode);
    // Prints the error and returns the exit code for it.
    static int fail(CliIo &io, const QString &command, const ProgrammeError &error);
    // Reads a password from the terminal without echo (or one line of stdin when it is not a
    // terminal). Empty when there is nothing to read.
    static QString readPassword(const QString &prompt, CliIo &io);
};

} // namespace laatu::cli
