#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace laatu {

class CountyComparison;

// The county comparison table as CSV for spreadsheets: UTF-8 with a byte order mark (so
// Excel reads the ä and ö right), one row per review, the criteria as columns, then total,
// mean and level. With ';' the mean has a decimal comma (what Finnish and Swedish spreadsheets
// expect), with ',' a decimal point. Text that a spreadsheet would run as a formula (= + - @
// at the start) gets a leading apostrophe: names come from files of other laptops.
class ComparisonCsv
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonCsv)

public:
    static QByteArray toCsv(const CountyComparison &comparison, QChar separator,
                            const QString &language);
    // Written through QSaveFile (mode 0600) and read back; empty on success, else why not.
    static QString write(const QString &path, const QByteArray &csv);
};

} // namespace laatu
