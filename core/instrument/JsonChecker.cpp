#include "JsonChecker.h"

#include <cmath>
#include <limits>

namespace laatu {

void JsonChecker::fail(const QString &where, const QString &what)
{
    m_errors << (where.isEmpty() ? what : tr("%1: %2").arg(where, what));
}

QString JsonChecker::string(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(where, tr("\"%1\" is missing").arg(key));
        return {};
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(where, tr("\"%1\" must be a non-empty text").arg(key));
        return {};
    }
    // Ids, keys and versions are shown in messages, file names and the terminal: one line.
    if (const QString problem = textProblem(value.toString(), TextRules::Kind::Name);
        !problem.isEmpty()) {
        fail(where,
             TextRules::fieldProblem(key, checkedText(value.toString()), TextRules::Kind::Name));
        return {};
    }
    return value.toString();
}

std::optional<int> JsonChecker::integer(const QJsonObject &object, const QString &key,
                                        const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(where, tr("\"%1\" is missing").arg(key));
        return std::nullopt;
    }
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || std::floor(number) != number) {
        fail(where, tr("\"%1\" must be a whole number").arg(key));
        return std::nullopt;
    }
    if (std::abs(number) > 1e9) {
        fail(where,
             tr("\"%1\" is too large (%2; at most 1000000000)")
                 .arg(key, QString::number(number, 'g', 17)));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<ExactNumber> JsonChecker::number(const QJsonValue &value, const QString &where)
{
    std::optional<ExactNumber> parsed;
    if (value.isDouble()) {
        // Nine fixed decimals give back the decimal the author wrote (0.1 stays 1/10, not the
        // binary double nearest to it); edges finer than that are not meaningful for a rating.
        parsed = ExactNumber::parse(QString::number(value.toDouble(), 'f', 9));
    } else if (value.isString()) {
        parsed = ExactNumber::parse(value.toString());
    }
    if (!parsed)
        fail(where, tr("must be a number"));
    return parsed;
}

LocalizedText JsonChecker::text(const QJsonObject &object, const QString &key, const QString &where,
                                TextRules::Kind kind)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(where, tr("\"%1\" is missing").arg(key));
        return {};
    }
    return textValue(value, where.isEmpty() ? key : tr("%1, %2").arg(where, key), kind);
}

LocalizedText JsonChecker::textValue(const QJsonValue &value, const QString &where,
                                     TextRules::Kind kind)
{
    if (!value.isObject()) {
        fail(where, tr("must be an object with a text per language"));
        return {};
    }
    const QJsonObject byLanguage = value.toObject();
    QMap<QString, QString> texts;
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
        // Every entry is kept (LocalizedText falls back to any language), so the key too.
        if (const QString problem = textProblem(it.key(), TextRules::Kind::Name);
            !problem.isEmpty()) {
            //: %1 is what the key holds, from TextRules ("holds the control character U+001B
            //: at character 2")
            fail(where, tr("a language key %1").arg(problem));
            continue;
        }
        if (!it.value().isString()) {
            fail(where, tr("the %1 text must be a string").arg(it.key()));
            continue;
        }
        // JSON can carry "\ud800" alone (no UTF-8 file, database or PDF can keep it), and
        // ESC, BEL, NUL, bidi overrides or line separators, which would reach the terminal,
        // the PDF, the CSV and the walk as they are.
        if (const QString problem = textProblem(it.value().toString(), kind); !problem.isEmpty())
            //: %1 is a language code (fi, sv, en), %2 what the text holds, from TextRules
            //: ("holds the control character U+001B at character 4")
            fail(where, tr("the %1 text %2").arg(it.key(), problem));
        texts.insert(it.key(), it.value().toString());
    }
    for (const QString &language : m_languages) {
        if (texts.value(language).trimmed().isEmpty())
            fail(where, tr("text missing in language \"%1\"").arg(language));
    }
    return LocalizedText(texts);
}

QString JsonChecker::checkedText(const QString &text) const
{
    if (m_textRules || text.isValidUtf16())
        return text;
    // Only the lone surrogate counts here: everything else stays as it was stored, blanked
    // out unit by unit so the position named is still right.
    QString surrogatesOnly = text;
    for (qsizetype i = 0; i < surrogatesOnly.size(); ++i) {
        const QChar unit = surrogatesOnly.at(i);
        if (unit.isHighSurrogate() && i + 1 < surrogatesOnly.size()
            && surrogatesOnly.at(i + 1).isLowSurrogate()) {
            surrogatesOnly[i] = surrogatesOnly[i + 1] = u'x';
            ++i;
        } else if (!unit.isSurrogate()) {
            surrogatesOnly[i] = u'x';
        }
    }
    return surrogatesOnly;
}

QString JsonChecker::textProblem(const QString &text, TextRules::Kind kind) const
{
    if (!m_textRules && text.isValidUtf16())
        return {};
    return TextRules::problem(checkedText(text), kind);
}

QJsonArray JsonChecker::array(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        fail(where,
             value.isUndefined() ? tr("\"%1\" is missing").arg(key)
                                 : tr("\"%1\" must be a list").arg(key));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonChecker::object(const QJsonValue &value, const QString &where)
{
    if (!value.isObject()) {
        fail(where, tr("must be an object"));
        return {};
    }
    return value.toObject();
}

bool JsonChecker::boolean(const QJsonObject &object, const QString &key, bool fallback,
                          const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(where, tr("\"%1\" must be true or false").arg(key));
        return fallback;
    }
    return value.toBool();
}

} // namespace laatu
