#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace laatu {

// A text of the catalog in several languages ({"fi": ..., "sv": ..., "en": ...}).
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QMap<QString, QString> byLanguage);

    // The text in `language`; falls back to English, then to any language, so a catalog
    // missing a translation still shows something readable instead of an empty label.
    QString text(const QString &language) const;
    bool has(const QString &language) const;
    QStringList languages() const { return m_byLanguage.keys(); }
    bool isEmpty() const { return m_byLanguage.isEmpty(); }

private:
    QMap<QString, QString> m_byLanguage;
};

} // namespace laatu
