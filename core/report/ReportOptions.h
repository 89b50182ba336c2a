#pragma once

#include <QString>

namespace laatu {

// What the person exporting a report chooses: the report's language (independent of the
// user-interface language) and whether free-text evidence notes go into it. Notes can hold
// sensitive detail, so they are left out unless asked for.
struct ReportOptions
{
    QString language = QStringLiteral("en"); // "fi", "sv" or "en"
    bool withNotes = false;
};

} // namespace laatu
