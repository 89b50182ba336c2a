#pragma once

// The 500 seeded damaged or foreign files of reliability.md, made from one small valid Laatu
// database. Each case says how it was made, so a failure names the exact bytes involved.
#include <QByteArray>
#include <QList>
#include <QString>

namespace laatu::test {

enum class Damage {
    Empty, // a zero-length file
    Text, // a text file (notes, a CSV)
    Json, // a review exchange file opened as a database by mistake
    RandomBytes,
    ZeroedHeader, // the first bytes zeroed, the SQLite magic string included
    ZeroedHeaderFields, // the magic kept, header fields after it zeroed
    MagicThenRandom, // "SQLite format 3" followed by noise
    FlippedHeader, // bytes flipped inside the 100-byte database header
    FlippedBody, // bytes flipped in the pages after the header
    Truncated,
    ForeignApplicationId, // our schema, another program's application_id
    OtherProgram, // a plain SQLite database of some other program
    TooNew, // user_version above Database::kSchemaVersion
};

QString damageName(Damage damage);

struct CorruptCase
{
    Damage damage = Damage::Empty;
    QString description;
    QByteArray bytes;
    QList<qsizetype> changedOffsets; // bytes flipped or zeroed inside a valid file
};

// Deterministic: the same `valid` database and seed give the same cases. `scratchDir` is used
// to make the cases that need SQLite itself (application_id, user_version).
QList<CorruptCase> makeCorruptCases(const QByteArray &valid, quint32 seed,
                                    const QString &scratchDir);

} // namespace laatu::test
