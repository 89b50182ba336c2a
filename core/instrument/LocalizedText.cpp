#include "LocalizedText.h"

#include <utility>

namespace laatu {

LocalizedText::LocalizedText(QMap<QString, QString> byLanguage)
    : m_byLanguage(std::move(byLanguage))
{ }

QString LocalizedText::text(const QString &language) const
{
    if (const auto it = m_byLanguage.constFind(language); it != m_byLanguage.cend())
        return it.value();
    if (const auto it = m_byLanguage.constFind(QStringLiteral("en")); it != m_byLanguage.cend())
        return it.value();
    return m_byLanguage.isEmpty() ? QString() : m_byLanguage.first();
}

bool LocalizedText::has(const QString &language) const
{
    return !m_byLanguage.value(language).trimmed().isEmpty();
}

} // namespace laatu
