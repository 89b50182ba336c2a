#include "CatalogReader.h"

#include "CatalogParser.h"

#include <QFile>
#include <QFileInfo>

namespace laatu {

CatalogReader::Result CatalogReader::read(const QByteArray &json)
{
    CatalogParser parser;
    Result result;
    result.instrument = parser.parse(json);
    result.errors = parser.errors();
    if (!result.errors.isEmpty())
        result.instrument.reset();
    return result;
}

CatalogReader::Result CatalogReader::readFile(const QString &path)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.errors << tr("The catalog file %1 does not exist.").arg(path);
        return result;
    }
    if (info.size() > kMaxFileBytes) {
        result.errors << tr("The catalog file %1 is too large (%2 bytes; at most %3 bytes).")
                             .arg(path)
                             .arg(info.size())
                             .arg(kMaxFileBytes);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors
            << tr("The catalog file %1 cannot be read: %2.").arg(path, file.errorString());
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

} // namespace laatu
