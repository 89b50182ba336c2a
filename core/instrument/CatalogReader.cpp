#include "CatalogReader.h"

#include "CatalogParser.h"
#include "InputFile.h"

#include <QFile>
#include <QResource>

#include <atomic>
#include <mutex>

namespace laatu {

namespace {
// How much of a catalog's text is checked besides its structure and meaning (which always is).
enum class Checks {
    Full, // a file from anywhere
    Stored, // stored by an earlier Laatu: no text rules (see readStored)
    // Built into this Laatu: the test suite reads these very bytes with Full checks
    // (CatalogTextRulesTest, CatalogValidationTest), so the window's start need not repeat the
    // text rules and the duplicate-key scan, a third of the parse.
    BuiltIn,
};

CatalogReader::Result parse(const QByteArray &json, Checks checks)
{
    CatalogParser parser;
    parser.setTextRules(checks == Checks::Full);
    parser.setDuplicateKeyScan(checks != Checks::BuiltIn);
    CatalogReader::Result result;
    result.instrument = parser.parse(json);
    result.errors = parser.errors();
    if (!result.errors.isEmpty())
        result.instrument.reset();
    return result;
}

// The built-in catalog's text and what reading it gave, kept for the process: the window reads
// it at start, and a database keeps the same text for the reviews rated against it, so one
// parse serves both (a parse is a third of the start of a window with a short list).
struct BuiltInOnce
{
    std::once_flag once;
    std::atomic<bool> ready {false};
    QByteArray json;
    CatalogReader::Result result;
};

BuiltInOnce &builtInOnce()
{
    static BuiltInOnce builtIn;
    return builtIn;
}
} // namespace

CatalogReader::Result CatalogReader::read(const QByteArray &json)
{
    return parse(json, Checks::Full);
}

CatalogReader::Result CatalogReader::readStored(const QByteArray &json)
{
    // Text that passed read() gives the same catalog here (the text rules only refuse). Most
    // stored catalogs are this Laatu's built-in one: one of its size is compared with it,
    // which is read (once per process) with the checks the test suite has run on these bytes.
    const BuiltInOnce &builtIn = builtInOnce();
    if (!builtIn.ready.load(std::memory_order_acquire)
        && json.size() == QResource(builtInPath()).uncompressedSize())
        readBuiltIn();
    if (builtIn.ready.load(std::memory_order_acquire) && builtIn.result.ok()
        && json == builtIn.json)
        return builtIn.result;
    return parse(json, Checks::Stored);
}

CatalogReader::Result CatalogReader::readFile(const QString &path)
{
    Result result;
    QFile file;
    QString reason;
    switch (InputFile::open(path, file, reason)) {
    case InputFile::Problem::None:
        break;
    case InputFile::Problem::Missing:
        result.errors << tr("The catalog file %1 does not exist.").arg(path);
        return result;
    default:
        result.errors << tr("The catalog file %1 %2.").arg(path, reason);
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.errors << tr("The catalog file %1 is too large (%2 bytes; at most %3 bytes).")
                             .arg(path)
                             .arg(file.size())
                             .arg(kMaxFileBytes);
        return result;
    }
    return read(file.read(kMaxFileBytes + 1));
}

CatalogReader::Result CatalogReader::readBuiltIn()
{
    BuiltInOnce &builtIn = builtInOnce();
    std::call_once(builtIn.once, [&builtIn] {
        QFile file(builtInPath());
        if (file.open(QIODevice::ReadOnly))
            builtIn.json = file.read(kMaxFileBytes + 1);
        builtIn.result = builtIn.json.isEmpty() || builtIn.json.size() > kMaxFileBytes
            ? readFile(builtInPath())
            : parse(builtIn.json, Checks::BuiltIn);
        builtIn.ready.store(true, std::memory_order_release);
    });
    return builtIn.result;
}

QString CatalogReader::builtInPath()
{
    return QStringLiteral(":/instruments/fi-thl-ips25.json");
}

QString CatalogReader::shippedPath(const QString &id, const QString &version)
{
    // Earlier versions are frozen files named <id>-<version>.json, never edited.
    const QString earlier = QStringLiteral(":/instruments/earlier/%1-%2.json").arg(id, version);
    for (const QString &path : {builtInPath(), earlier}) {
        if (!QFile::exists(path))
            continue;
        const Result result = path == builtInPath() ? readBuiltIn() : readFile(path);
        if (result.ok() && result.instrument->id() == id && result.instrument->version() == version)
            return path;
    }
    return {};
}

} // namespace laatu
