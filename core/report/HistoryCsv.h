#pragma once

#include "storage/StorageError.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace laatu {

class Instrument;
class ReviewRepository;
struct ReviewDocument;

// The review history as a spreadsheet: one row per review and criterion. UTF-8 with a byte
// order mark and CRLF line ends, fields quoted as RFC 4180 says, so LibreOffice and Excel open
// it cleanly. With ';' (what Finnish and Swedish Excel expect) decimals use the language's
// decimal separator; with ',' they always use '.'.
class HistoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCsv)

public:
    struct Options
    {
        QString language = QStringLiteral("en"); // criterion titles and level names
        QChar separator = QLatin1Char(';');
    };

    explicit HistoryCsv(Options options);

    static QStringList columns();
    void addReview(const ReviewDocument &review, const Instrument &instrument);
    int rowCount() const { return m_rows; }
    QByteArray bytes() const;

    // Every review of the database, in the order of the review list.
    static StorageError build(ReviewRepository &repository, HistoryCsv &csv);
    // Writes through QSaveFile; empty on success, otherwise what went wrong.
    static QString write(const QString &path, const QByteArray &bytes);

private:
    QString field(const QString &text) const;
    QString textField(const QString &text) const;
    void addLine(const QStringList &fields);

    Options m_options;
    QLocale m_locale;
    QString m_text;
    int m_rows = 0;
};

} // namespace laatu
