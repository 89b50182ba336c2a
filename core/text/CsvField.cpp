#include "CsvField.h"

#include "TextRules.h"

namespace laatu::CsvField {

QString plain(const QString &text, QChar separator)
{
    if (text.contains(separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

QString typed(const QString &unsafeText, QChar separator)
{
    // Names hold no control characters; one stored before that rule prints as U+FFFD.
    const QString text = TextRules::printable(unsafeText, TextRules::Kind::Name);
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front()))
        return plain(QLatin1Char('\'') + text, separator);
    return plain(text, separator);
}

} // namespace laatu::CsvField
