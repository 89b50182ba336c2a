#include "ComparisonCsv.h"

#include "CountyComparison.h"

#include "exchange/UserFileWriter.h"
#include "text/CsvField.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace laatu {

namespace {
QString field(const QString &unsafeText, QChar separator)
{
    return CsvField::typed(unsafeText, separator);
}

QString hundredths(int value, QChar decimal)
{
    return QStringLiteral("%1%2%3")
        .arg(value / 100)
        .arg(decimal)
        .arg(value % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

QByteArray ComparisonCsv::toCsv(const CountyComparison &comparison, QChar separator,
                                const QString &language)
{
    const QChar decimal = separator == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.');
    const QString crlf = QStringLiteral("\r\n");
    QStringList header {tr("Site"), tr("Municipality"), tr("Visit"), tr("Kind"), tr("Status")};
    int number = 0;
    for (const Criterion &criterion : comparison.instrument().criteria())
        header << QStringLiteral("%1 %2").arg(++number).arg(criterion.title.text(language));
    header << tr("Rated") << tr("Total") << tr("Mean") << tr("Level");
    QString text;
    QStringList fields;
    for (const QString &name : header)
        fields << field(name, separator);
    text += fields.join(separator) + crlf;
    for (const CountyComparison::Row &row : comparison.rows()) {
        fields.clear();
        fields << field(row.review.siteName, separator) << field(row.review.municipality, separator)
               << row.review.visitStart.toString(Qt::ISODate) << toKey(row.review.kind)
               << toKey(row.review.status);
        for (const std::optional<int> &rating : row.ratings)
            fields << (rating ? QString::number(*rating) : QString());
        fields << QString::number(row.ratedCount)
               << (row.total ? QString::number(*row.total) : QString())
               << (row.meanHundredths ? hundredths(*row.meanHundredths, decimal) : QString())
               << row.levelKey;
        text += fields.join(separator) + crlf;
    }
    // The county mean per criterion as the last line, as in the table.
    fields = QStringList {field(tr("County mean"), separator), QString(), QString(), QString(),
                          QString()};
    for (const CountyComparison::CriterionMean &mean : comparison.criterionMeans())
        fields << (mean.meanHundredths() ? hundredths(*mean.meanHundredths(), decimal) : QString());
    fields << QString() << QString() << QString() << QString();
    text += fields.join(separator) + crlf;
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString ComparisonCsv::write(const QString &path, const QByteArray &csv)
{
    return UserFileWriter::write(path, csv);
}

} // namespace laatu
