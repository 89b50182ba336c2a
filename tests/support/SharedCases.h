#pragma once

// Reads the public case tables (tab-separated, '#' starts a comment line).
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace laatu::test {

inline QList<QStringList> readCaseTable(const QString &path)
{
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

inline QString sharedCase(const char *name)
{
    return QStringLiteral(LAATU_SHARED_CASES_DIR "/") + QLatin1String(name);
}

} // namespace laatu::test
