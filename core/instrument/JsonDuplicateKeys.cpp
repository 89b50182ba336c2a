#include "JsonDuplicateKeys.h"

#include "text/TextRules.h"

#include <QSet>

namespace laatu {

namespace {
// A recursive descent over text QJsonDocument has accepted: only strings, objects and arrays
// need care, everything else is skipped up to the next delimiter.
class Scanner
{
public:
    Scanner(const QByteArray &json, int limit)
        : m_json(json)
        , m_limit(limit)
    { }

    QStringList run()
    {
        value();
        return m_found;
    }

private:
    // Where a value is: the keys and array positions that lead to it. Kept as parts and put
    // into words only for a duplicate; building the path of every value took most of the scan.
    struct Step
    {
        QString key;
        int index = -1; // an array position when >= 0
    };

    bool atEnd() const { return m_pos >= m_json.size() || m_found.size() >= m_limit; }
    char peek() const { return m_pos < m_json.size() ? m_json.at(m_pos) : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_json.size()
               && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    QString where() const
    {
        QString path;
        for (const Step &step : m_path)
            path = step.index >= 0 ? path + QLatin1Char('/') + QString::number(step.index)
                : path.isEmpty()   ? step.key
                                   : path + QLatin1Char('/') + step.key;
        return path;
    }

    void value()
    {
        skipSpace();
        switch (peek()) {
        case '{':
            object();
            break;
        case '[':
            array();
            break;
        case '"':
            skipString();
            break;
        default:
            while (!atEnd() && peek() != ',' && peek() != ']' && peek() != '}')
                ++m_pos;
        }
    }

    void object()
    {
        ++m_pos; // '{'
        QSet<QString> keys;
        while (!atEnd()) {
            skipSpace();
            if (peek() == '}') {
                ++m_pos;
                return;
            }
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            const QString key = string();
            if (keys.contains(key)) {
                const QString path = where();
                m_found << (path.isEmpty()
                                ? JsonDuplicateKeys::tr("the key \"%1\" appears more than once "
                                                        "at the top level (JSON keeps only the "
                                                        "last one)")
                                      .arg(TextRules::oneLine(key))
                                : JsonDuplicateKeys::tr("the key \"%1\" appears more than once "
                                                        "in %2 (JSON keeps only the last one)")
                                      .arg(TextRules::oneLine(key), TextRules::oneLine(path)));
            }
            keys.insert(key);
            skipSpace();
            if (peek() == ':')
                ++m_pos;
            m_path.append({key, -1});
            value();
            m_path.removeLast();
        }
    }

    void array()
    {
        ++m_pos; // '['
        int index = 0;
        while (!atEnd()) {
            skipSpace();
            if (peek() == ']') {
                ++m_pos;
                return;
            }
            if (peek() == ',') {
                ++m_pos;
                ++index;
                continue;
            }
            m_path.append({QString(), index});
            value();
            m_path.removeLast();
        }
    }

    // Past a string value at m_pos (on its opening quote): only keys need decoding.
    void skipString()
    {
        ++m_pos;
        while (m_pos < m_json.size()) {
            const char c = m_json.at(m_pos++);
            if (c == '"')
                return;
            if (c == '\\')
                ++m_pos;
        }
    }

    // Decodes a string at m_pos (on its opening quote) as JSON means it.
    QString string()
    {
        if (peek() != '"')
            return {};
        ++m_pos;
        // Most keys have no escape: taken as they are.
        for (qsizetype end = m_pos; end < m_json.size(); ++end) {
            if (m_json.at(end) == '\\')
                break;
            if (m_json.at(end) == '"') {
                const QString plain = QString::fromUtf8(m_json.constData() + m_pos, end - m_pos);
                m_pos = end + 1;
                return plain;
            }
        }
        QString result;
        QByteArray raw;
        const auto flush = [&] {
            result += QString::fromUtf8(raw);
            raw.clear();
        };
        while (m_pos < m_json.size()) {
            const char c = m_json.at(m_pos++);
            if (c == '"')
                break;
            if (c != '\\') {
                raw += c;
                continue;
            }
            flush();
            const char escaped = peek();
            ++m_pos;
            switch (escaped) {
            case 'b':
                result += QLatin1Char('\b');
                break;
            case 'f':
                result += QLatin1Char('\f');
                break;
            case 'n':
                result += QLatin1Char('\n');
                break;
            case 'r':
                result += QLatin1Char('\r');
                break;
            case 't':
                result += QLatin1Char('\t');
                break;
            case 'u': {
                bool ok = false;
                const ushort unit = m_json.mid(m_pos, 4).toUShort(&ok, 16);
                m_pos += 4;
                // UTF-16 units as written, so a pair compares equal to the same pair.
                result += QChar(ok ? unit : 0xfffd);
                break;
            }
            default:
                result += QLatin1Char(escaped);
            }
        }
        flush();
        return result;
    }

    const QByteArray &m_json;
    const int m_limit;
    qsizetype m_pos = 0;
    QList<Step> m_path;
    QStringList m_found;
};
} // namespace

QStringList JsonDuplicateKeys::find(const QByteArray &json, int limit)
{
    return Scanner(json, limit).run();
}

} // namespace laatu
