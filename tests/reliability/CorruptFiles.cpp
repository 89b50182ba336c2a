#include "CorruptFiles.h"

#include "ReliabilitySupport.h"

#include "exchange/ReviewFileFormat.h"
#include "storage/Database.h"

#include <QRandomGenerator>

namespace laatu::test {

namespace {
constexpr qsizetype kHeaderSize = 100; // SQLite's database header

const QByteArray &sqliteMagic()
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return magic;
}

QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

QByteArray someText(QRandomGenerator &random)
{
    static const char *const words[] = {"site",   "visit", "employment", "specialist",  "caseload",
                                        "rating", "notes", "team",       "integration", "benefits"};
    QByteArray text;
    const int count = static_cast<int>(random.bounded(1, 4000));
    for (int i = 0; i < count; ++i) {
        text += words[random.bounded(10)];
        text += random.bounded(12) == 0 ? '\n' : (random.bounded(8) == 0 ? ';' : ' ');
    }
    return text;
}

CorruptCase flipped(const QByteArray &valid, QRandomGenerator &random, Damage damage)
{
    CorruptCase result {damage, {}, valid, {}};
    const int flips = static_cast<int>(random.bounded(1, 5));
    QStringList where;
    for (int i = 0; i < flips; ++i) {
        const qsizetype offset = damage == Damage::FlippedHeader
            ? random.bounded(16, static_cast<int>(kHeaderSize))
            : random.bounded(static_cast<int>(kHeaderSize), static_cast<int>(valid.size()));
        const char mask = static_cast<char>(random.bounded(1, 256));
        result.bytes[offset] = static_cast<char>(result.bytes.at(offset) ^ mask);
        result.changedOffsets << offset;
        where << QStringLiteral("%1^0x%2").arg(offset).arg(static_cast<quint8>(mask), 2, 16,
                                                           QLatin1Char('0'));
    }
    result.description = QStringLiteral("bytes flipped at %1").arg(where.join(QLatin1Char(' ')));
    return result;
}

// A copy of `valid` changed through SQLite itself, read back as bytes.
QByteArray changedBySqlite(const QByteArray &valid, const QString &scratchDir,
                           const QStringList &statements)
{
    const QString path = scratchDir + QStringLiteral("/changed.db");
    QFile::remove(path);
    writeFile(path, valid);
    const QString problem = runRawSql(path, statements);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    REQUIRE(filesBeside(path).isEmpty());
    const QByteArray bytes = readFile(path);
    QFile::remove(path);
    return bytes;
}

QByteArray otherProgramsDatabase(QRandomGenerator &random, const QString &scratchDir)
{
    const QString path = scratchDir + QStringLiteral("/other.db");
    QFile::remove(path);
    QStringList statements {
        QStringLiteral("CREATE TABLE bookmark (id INTEGER PRIMARY KEY, url TEXT, title TEXT)"),
        QStringLiteral("PRAGMA user_version = %1").arg(random.bounded(0, 5))};
    for (int i = 0; i < 20; ++i)
        statements << QStringLiteral("INSERT INTO bookmark (url, title) VALUES ('https://"
                                     "example.invalid/%1', 'page %1')")
                          .arg(random.bounded(100000));
    const QString problem = runRawSql(path, statements);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    const QByteArray bytes = readFile(path);
    QFile::remove(path);
    return bytes;
}
} // namespace

QString damageName(Damage damage)
{
    switch (damage) {
    case Damage::Empty:
        return QStringLiteral("empty file");
    case Damage::Text:
        return QStringLiteral("text file");
    case Damage::Json:
        return QStringLiteral("JSON file");
    case Damage::RandomBytes:
        return QStringLiteral("random bytes");
    case Damage::ZeroedHeader:
        return QStringLiteral("zeroed header");
    case Damage::ZeroedHeaderFields:
        return QStringLiteral("zeroed header fields (magic kept)");
    case Damage::MagicThenRandom:
        return QStringLiteral("SQLite magic then random bytes");
    case Damage::FlippedHeader:
        return QStringLiteral("flipped header bytes");
    case Damage::FlippedBody:
        return QStringLiteral("flipped page bytes");
    case Damage::Truncated:
        return QStringLiteral("truncated");
    case Damage::ForeignApplicationId:
        return QStringLiteral("wrong application_id");
    case Damage::OtherProgram:
        return QStringLiteral("another program's SQLite database");
    case Damage::TooNew:
        return QStringLiteral("user_version too new");
    }
    return {};
}

QList<CorruptCase> makeCorruptCases(const QByteArray &valid, quint32 seed,
                                    const QString &scratchDir)
{
    QRandomGenerator random(seed);
    QList<CorruptCase> cases;
    const int size = static_cast<int>(valid.size());

    cases << CorruptCase {Damage::Empty, QStringLiteral("0 bytes"), {}, {}};
    for (int i = 0; i < 15; ++i) {
        const QByteArray text = someText(random);
        cases << CorruptCase {
            Damage::Text, QStringLiteral("%1 bytes of text").arg(text.size()), text, {}};
    }
    const QList<ReviewDocument> documents = demoReviews(3, 5, 99u);
    for (int i = 0; i < 15; ++i) {
        const QByteArray json = ReviewFileFormat::toJson(documents.at(i % documents.size()));
        cases << CorruptCase {
            Damage::Json, QStringLiteral("review file of %1 bytes").arg(json.size()), json, {}};
    }
    for (int i = 0; i < 20; ++i) {
        const QByteArray bytes = randomBytes(random, random.bounded(1, 65536));
        cases << CorruptCase {
            Damage::RandomBytes, QStringLiteral("%1 random bytes").arg(bytes.size()), bytes, {}};
    }
    for (int i = 0; i < 30; ++i) {
        const int length = i == 0 ? static_cast<int>(kHeaderSize) : random.bounded(1, 8193);
        QByteArray bytes = valid;
        bytes.replace(0, length, QByteArray(length, '\0'));
        cases << CorruptCase {
            Damage::ZeroedHeader, QStringLiteral("first %1 bytes zeroed").arg(length), bytes, {}};
    }
    for (int i = 0; i < 20; ++i) {
        const int from = i == 0 ? 16 : random.bounded(16, 100);
        const int to = i == 0 ? 100 : random.bounded(from + 1, 101);
        CorruptCase zeroed {Damage::ZeroedHeaderFields,
                            QStringLiteral("header bytes %1..%2 zeroed").arg(from).arg(to - 1),
                            valid,
                            {}};
        for (int offset = from; offset < to; ++offset) {
            zeroed.bytes[offset] = '\0';
            zeroed.changedOffsets << offset;
        }
        cases << zeroed;
    }
    for (int i = 0; i < 10; ++i) {
        const QByteArray bytes = sqliteMagic() + randomBytes(random, random.bounded(1, 65536));
        cases << CorruptCase {Damage::MagicThenRandom,
                              QStringLiteral("magic and %1 random bytes").arg(bytes.size() - 16),
                              bytes,
                              {}};
    }
    for (int i = 0; i < 60; ++i)
        cases << flipped(valid, random, Damage::FlippedHeader);
    for (int i = 0; i < 200; ++i)
        cases << flipped(valid, random, Damage::FlippedBody);
    // The page size from the header (bytes 16-17, big-endian).
    const int pageSize
        = (static_cast<quint8>(valid.at(16)) << 8) | static_cast<quint8>(valid.at(17));
    for (int i = 0; i < 80; ++i) {
        // Half cut at a page boundary (a lost tail), half anywhere (a torn copy).
        int length = random.bounded(1, size);
        if (i % 2 == 0)
            length = qMax(1, length / pageSize) * pageSize;
        if (length >= size)
            length = size - 1;
        cases << CorruptCase {Damage::Truncated,
                              QStringLiteral("cut to %1 of %2 bytes").arg(length).arg(size),
                              valid.left(length),
                              {}};
    }
    for (int i = 0; i < 20; ++i) {
        qint32 id = static_cast<qint32>(random.generate());
        if (id == Database::kApplicationId || id == 0)
            id = 0x46414B45;
        cases << CorruptCase {
            Damage::ForeignApplicationId,
            QStringLiteral("application_id %1").arg(id),
            changedBySqlite(valid, scratchDir,
                            {QStringLiteral("PRAGMA application_id = %1").arg(id)}),
            {}};
    }
    for (int i = 0; i < 5; ++i)
        cases << CorruptCase {Damage::OtherProgram,
                              QStringLiteral("bookmarks database"),
                              otherProgramsDatabase(random, scratchDir),
                              {}};
    for (int i = 0; i < 24; ++i) {
        const int version = Database::kSchemaVersion
            + (i == 0 ? 1
                      : (i % 3 == 0 ? random.bounded(1000, 0x7fffffff) : random.bounded(1, 50)));
        cases << CorruptCase {
            Damage::TooNew,
            QStringLiteral("user_version %1").arg(version),
            changedBySqlite(valid, scratchDir,
                            {QStringLiteral("PRAGMA user_version = %1").arg(version)}),
            {}};
    }
    return cases;
}

} // namespace laatu::test
