#pragma once

#include <QFile>
#include <QSet>
#include <QString>
#include <QXmlStreamReader>

namespace laatu::test {

// What a Qt Linguist .ts file holds, as far as completeness is concerned.
struct TsFile
{
    QString language;
    QSet<QString> keys; // "context\nsource"
    QStringList unfinished; // sources without a finished translation
    QStringList markerFaults; // translations missing a %1/%n of their source
    bool readable = false;

    static TsFile read(const QString &path)
    {
        TsFile ts;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ts;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QString translation;
        bool finished = true;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("TS")) {
                    ts.language = xml.attributes().value(QLatin1String("language")).toString();
                } else if (name == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    source.clear();
                    translation.clear();
                    finished = true;
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    finished = type.isEmpty();
                    translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ts.keys.insert(context + QLatin1Char('\n') + source);
                if (!finished || translation.trimmed().isEmpty())
                    ts.unfinished << context + QStringLiteral(": ") + source;
                for (const QString &marker : {QStringLiteral("%1"), QStringLiteral("%2"),
                                              QStringLiteral("%3"), QStringLiteral("%n")}) {
                    if (source.contains(marker) && !translation.contains(marker))
                        ts.markerFaults << context + QStringLiteral(": ") + source;
                }
            }
        }
        ts.readable = !xml.hasError();
        return ts;
    }
};

} // namespace laatu::test
