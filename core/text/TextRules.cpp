#include "TextRules.h"

#include <QStringView>

namespace laatu {

namespace {
bool isBidiControl(char32_t c)
{
    // Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
    // The marks LRM, RLM and ALM stay allowed: they only steer neighbouring neutral characters.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

bool isNoncharacter(char32_t c)
{
    return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

// Calls `visit(character, isLoneSurrogate)` for every code point.
template<typename Visit>
void forEachCodePoint(const QString &text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(unit, text.at(i + 1)), false, i);
            ++i;
        } else {
            visit(unit.unicode(), unit.isSurrogate(), i);
        }
    }
}

QString escaped(char32_t c)
{
    switch (c) {
    case '\n':
        return QStringLiteral("\\n");
    case '\t':
        return QStringLiteral("\\t");
    case '\r':
        return QStringLiteral("\\r");
    default:
        return QStringLiteral("\\u{%1}").arg(static_cast<uint>(c), 0, 16);
    }
}

// Every forbidden character as an escape; with `indent`, a note's line feeds and tabs stay
// (each following line indented).
QString render(const QString &text, const QString *indent, bool doubleBackslash = true)
{
    QString result;
    result.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, bool, qsizetype) {
        if (indent && c == '\n')
            result += QLatin1Char('\n') + *indent;
        else if (indent && c == '\t')
            result += QLatin1Char('\t');
        else if (c == '\\' && doubleBackslash)
            result += QStringLiteral("\\\\");
        else if (TextRules::isForbidden(c))
            result += escaped(c);
        else
            result += QString::fromUcs4(&c, 1);
    });
    return result;
}
} // namespace

bool TextRules::isForbidden(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c) || c == 0x2028 || c == 0x2029
        || isNoncharacter(c) || (c >= 0xd800 && c <= 0xdfff);
}

QString TextRules::problem(const QString &text, Kind kind)
{
    QString result;
    forEachCodePoint(text, [&](char32_t c, bool lone, qsizetype at) {
        if (!result.isEmpty())
            return;
        const qsizetype position = at + 1;
        if (lone)
            result = tr("holds a lone surrogate (%1) at character %2, which is not valid text")
                         .arg(codePoint(c))
                         .arg(position);
        else if (kind == Kind::Note
                 && (c == '\n' || c == '\t'
                     || (c == '\r' && at + 1 < text.size() && text.at(at + 1) == u'\n')))
            return; // a note's lines and tabs; CR LF as a Windows editor ends a line
        else if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029)
            result = tr("holds a line break (%1) at character %2; it must be one line")
                         .arg(codePoint(c))
                         .arg(position);
        else if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            result = tr("holds the control character %1 at character %2")
                         .arg(codePoint(c))
                         .arg(position);
        else if (isBidiControl(c))
            result = tr("holds the bidirectional control %1 at character %2, which would "
                        "reorder the text shown around it")
                         .arg(codePoint(c))
                         .arg(position);
        else if (isNoncharacter(c))
            result
                = tr("holds the noncharacter %1 at character %2").arg(codePoint(c)).arg(position);
    });
    return result;
}

QString TextRules::fieldProblem(const QString &field, const QString &text, Kind kind)
{
    const QString what = problem(text, kind);
    return what.isEmpty() ? QString() : tr("\"%1\" %2").arg(field, what);
}

QString TextRules::oneLine(const QString &text)
{
    return render(text, nullptr);
}

QString TextRules::printable(const QString &unsafeText, Kind kind)
{
    QString text = unsafeText;
    if (kind == Kind::Note)
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString result;
    result.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, bool, qsizetype) {
        if (kind == Kind::Note && (c == '\n' || c == '\t'))
            result += QChar(c);
        else if (isForbidden(c))
            result += QChar(QChar::ReplacementCharacter);
        else
            result += QString::fromUcs4(&c, 1);
    });
    return result;
}

QString TextRules::message(const QString &text)
{
    static const QString noIndent;
    return render(text, &noIndent, false);
}

QString TextRules::block(const QString &text, const QString &indent)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return render(lines, &indent);
}

} // namespace laatu
