#pragma once

#include <QChar>
#include <QString>

namespace laatu {

// One field of a CSV line that a spreadsheet opens: RFC 4180 quoting, and for texts that
// people typed, the usual defence against formula injection.
namespace CsvField {
// Quoted when it holds the separator, a quote or a line break; quotes doubled.
QString plain(const QString &text, QChar separator);
// A typed text (a name, a code): printable (TextRules), and a leading = + - @ tab or CR
// prefixed with an apostrophe so that the spreadsheet keeps it text instead of running it.
QString typed(const QString &unsafeText, QChar separator);
} // namespace CsvField

} // namespace laatu
