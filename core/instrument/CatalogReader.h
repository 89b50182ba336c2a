#pragma once

#include "Instrument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace laatu {

// Reads a criteria catalog (JSON, format "laatu-catalog") and validates it whole: structure,
// ids, numbering, texts in every declared language, anchors, levels and suggestion rules.
// Every problem found is reported, each naming where it is, so an organisation fixing its own
// catalog file sees all faults at once.
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)

public:
    static constexpr auto kFormatName = "laatu-catalog";
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    struct Result
    {
        std::optional<Instrument> instrument;
        QStringList errors;
        bool ok() const { return instrument.has_value(); }
    };

    // Every text held to TextRules: names (titles, labels, ids, keys, versions) one line,
    // descriptions, definitions, guidance and anchors notes that may hold line feeds and tabs.
    static Result read(const QByteArray &json);
    // A catalog a database stored with the reviews rated against it. It passed read() of the
    // Laatu that stored it, which may not yet have held texts to TextRules; the reviews rated
    // against it must still open, so only what no text can hold (a lone surrogate) is refused.
    static Result readStored(const QByteArray &json);
    static Result readFile(const QString &path);
    // The catalog shipped with Laatu (the Finnish 25-criteria scale).
    static Result readBuiltIn();
    static QString builtInPath();
    // The file of a catalog shipped with Laatu: the current built-in one or an earlier version
    // of it, kept so that reviews rated against that version still import and open anywhere.
    // Empty when Laatu ships no catalog with that id and version.
    static QString shippedPath(const QString &id, const QString &version);
};

} // namespace laatu
