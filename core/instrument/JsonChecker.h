#pragma once

#include "ExactNumber.h"
#include "LocalizedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace laatu {

// Typed access to a JSON document that collects readable errors instead of stopping at the
// first one. Each error names where it is ("criterion caseload, anchor 3") and what is wrong.
class JsonChecker
{
    Q_DECLARE_TR_FUNCTIONS(JsonChecker)

public:
    void fail(const QString &where, const QString &what);
    const QStringList &errors() const { return m_errors; }

    void setLanguages(const QStringList &languages) { m_languages = languages; }
    const QStringList &languages() const { return m_languages; }

    // A required, non-empty string member.
    QString string(const QJsonObject &object, const QString &key, const QString &where);
    // A required integer member (JSON number without fraction).
    std::optional<int> integer(const QJsonObject &object, const QString &key, const QString &where);
    // A number given as JSON number or decimal string, kept exact.
    std::optional<ExactNumber> number(const QJsonValue &value, const QString &where);
    // A required text with a non-empty entry for every declared language.
    LocalizedText text(const QJsonObject &object, const QString &key, const QString &where);
    LocalizedText text(const QJsonValue &value, const QString &where);
    // A required array member (may be empty; callers check their own minimum).
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &where);
    QJsonObject object(const QJsonValue &value, const QString &where);
    bool boolean(const QJsonObject &object, const QString &key, bool fallback,
                 const QString &where);

private:
    QStringList m_errors;
    QStringList m_languages;
};

} // namespace laatu
