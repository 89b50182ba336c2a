#pragma once

#include "ExactNumber.h"
#include "LocalizedText.h"

#include "text/TextRules.h"

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
// Every text it hands out keeps TextRules (unless setTextRules(false)): a string member and a
// text are names (one line) unless the caller asks for a note.
class JsonChecker
{
    Q_DECLARE_TR_FUNCTIONS(JsonChecker)

public:
    void fail(const QString &where, const QString &what);
    const QStringList &errors() const { return m_errors; }

    void setLanguages(const QStringList &languages) { m_languages = languages; }
    const QStringList &languages() const { return m_languages; }

    // Off for a catalog stored with a review before the text rules: such texts then only have
    // to be valid UTF-16, as they had to be when they were stored.
    void setTextRules(bool apply) { m_textRules = apply; }

    // A required, non-empty string member, one line (TextRules::Kind::Name); empty when not.
    QString string(const QJsonObject &object, const QString &key, const QString &where);
    // A required integer member (JSON number without fraction).
    std::optional<int> integer(const QJsonObject &object, const QString &key, const QString &where);
    // A number given as JSON number or decimal string, kept exact.
    std::optional<ExactNumber> number(const QJsonValue &value, const QString &where);
    // A required text with a non-empty entry for every declared language, each entry (and
    // each language key) held to the rules of `kind`.
    LocalizedText text(const QJsonObject &object, const QString &key, const QString &where,
                       TextRules::Kind kind = TextRules::Kind::Name);
    // The same for a value already taken out of its object (`where` then names the member).
    LocalizedText textValue(const QJsonValue &value, const QString &where,
                            TextRules::Kind kind = TextRules::Kind::Name);
    // A required array member (may be empty; callers check their own minimum).
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &where);
    QJsonObject object(const QJsonValue &value, const QString &where);
    bool boolean(const QJsonObject &object, const QString &key, bool fallback,
                 const QString &where);

private:
    // What is wrong with `text` as `kind` ("holds the control character U+001B at character
    // 3"); empty when it may be kept.
    QString textProblem(const QString &text, TextRules::Kind kind) const;
    // `text` as the rules see it: itself, or (rules off) only its lone surrogates kept.
    QString checkedText(const QString &text) const;

    QStringList m_errors;
    QStringList m_languages;
    bool m_textRules = true;
};

} // namespace laatu
