#pragma once

#include <QString>

namespace laatu {

// What the person exporting a report chooses: the report's language (independent of the
// user-interface language), whether free-text evidence notes go into it, and whether the
// appendix names the records its figures were computed from. Notes and record codes can point
// at people, so both are left out unless asked for.
struct ReportOptions
{
    QString language = QStringLiteral("en"); // "fi", "sv" or "en"
    bool withNotes = false;
    bool includeRecordCodes = false;
};

} // namespace laatu
