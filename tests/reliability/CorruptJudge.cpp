#include "CorruptJudge.h"

#include "storage/Database.h"

namespace laatu::test {

namespace {
bool touches(const CorruptCase &corrupt, qsizetype from, qsizetype to)
{
    for (const qsizetype offset : corrupt.changedOffsets) {
        if (offset >= from && offset <= to)
            return true;
    }
    return false;
}

// The user_version the header of the case holds (bytes 60-63, big-endian).
qint32 userVersionOf(const QByteArray &bytes)
{
    if (bytes.size() < 64)
        return 0;
    quint32 value = 0;
    for (int i = 60; i < 64; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(i));
    return static_cast<qint32>(value);
}
} // namespace

QString codeName(StorageError::Code code)
{
    switch (code) {
    case StorageError::None:
        return QStringLiteral("None");
    case StorageError::NotADatabase:
        return QStringLiteral("NotADatabase");
    case StorageError::ForeignDatabase:
        return QStringLiteral("ForeignDatabase");
    case StorageError::TooNew:
        return QStringLiteral("TooNew");
    case StorageError::Corrupt:
        return QStringLiteral("Corrupt");
    case StorageError::ReadOnly:
        return QStringLiteral("ReadOnly");
    case StorageError::IoError:
        return QStringLiteral("IoError");
    case StorageError::Other:
        return QStringLiteral("Other");
    default:
        return QStringLiteral("code %1").arg(static_cast<int>(code));
    }
}

bool mustBeRefused(Damage damage)
{
    switch (damage) {
    case Damage::ZeroedHeaderFields:
    case Damage::MagicThenRandom:
    case Damage::FlippedHeader:
    case Damage::FlippedBody:
    case Damage::Truncated:
        return false;
    default:
        return true;
    }
}

QString judgeRefusal(const CorruptCase &corrupt, const StorageError &error, const QString &fileName)
{
    const QString message = error.message();
    const StorageError::Code code = error.code();
    if (!message.contains(fileName))
        return QStringLiteral("the message does not name the file: ") + message;
    const auto refusedAs = [&](StorageError::Code expected, const char *words) {
        if (code != expected)
            return QStringLiteral("%1 (%2), expected %3")
                .arg(codeName(code), message, codeName(expected));
        if (!message.contains(QLatin1String(words)))
            return QStringLiteral("message lacks \"%1\": %2").arg(QLatin1String(words), message);
        return QString();
    };
    switch (corrupt.damage) {
    case Damage::Empty:
        return refusedAs(StorageError::NotADatabase, "is empty");
    case Damage::Text:
    case Damage::Json:
    case Damage::RandomBytes:
    case Damage::ZeroedHeader:
        return refusedAs(StorageError::NotADatabase, "not an SQLite file");
    case Damage::ForeignApplicationId:
    case Damage::OtherProgram:
        return refusedAs(StorageError::ForeignDatabase, "another program");
    case Damage::TooNew: {
        const QString wrong = refusedAs(StorageError::TooNew, "newer Laatu");
        return wrong.isEmpty() ? refusedAs(StorageError::TooNew, "Update Laatu") : wrong;
    }
    case Damage::ZeroedHeaderFields:
    case Damage::MagicThenRandom:
    case Damage::FlippedHeader:
    case Damage::FlippedBody:
    case Damage::Truncated:
        break;
    }
    if (code == StorageError::Corrupt || code == StorageError::NotADatabase)
        return message.contains(QLatin1String("damaged"))
            ? QString()
            : QStringLiteral("message does not say damaged: ") + message;
    // A flip can turn our own header fields into a valid, different meaning.
    if (code == StorageError::ForeignDatabase && touches(corrupt, 68, 71))
        return QString();
    if (code == StorageError::TooNew && touches(corrupt, 60, 63)
        && userVersionOf(corrupt.bytes) > Database::kSchemaVersion)
        return QString();
    return QStringLiteral("%1 (%2), expected Corrupt or NotADatabase").arg(codeName(code), message);
}

} // namespace laatu::test
