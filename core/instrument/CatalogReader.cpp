#include "CatalogReader.h"

#include "CatalogParser.h"
#include "InputFile.h"

#include <QFile>

namespace laatu {

namespace {
CatalogReader::Result parse(const QByteArray &json, bool textRules)
{
    CatalogParser parser;
    parser.setTextRules(textRules);
    CatalogReader::Result result;
    result.instrument = parser.parse(json);
    result.errors = parser.errors();
    if (!result.errors.isEmpty())
        result.instrument.reset();
    return result;
}
} // namespace

CatalogReader::Result CatalogReader::read(const QByteArray &json)
{
    return parse(json, true);
}

CatalogReader::Result CatalogReader::readStored(const QByteArray &json)
{
    return parse(json, false);
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
    return readFile(builtInPath());
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
        const Result result = readFile(path);
        if (result.ok() && result.instrument->id() == id && result.instrument->version() == version)
            return path;
    }
    return {};
}

} // namespace laatu
