#include "SaslPrep.h"

#include <QChar>
#include <QList>

#include <initializer_list>
#include <utility>

namespace laatu {

namespace {
using Range = std::pair<char32_t, char32_t>;

bool inRanges(char32_t c, std::initializer_list<Range> ranges)
{
    for (const Range &range : ranges)
        if (c >= range.first && c <= range.second)
            return true;
    return false;
}

QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> points;
    for (const uint c : text.toUcs4())
        points << char32_t(c);
    return points;
}
} // namespace

bool SaslPrep::isNonAsciiSpace(char32_t c)
{
    // RFC 3454 table C.1.2.
    return inRanges(c,
                    {{0x00A0, 0x00A0},
                     {0x1680, 0x1680},
                     {0x2000, 0x200B},
                     {0x202F, 0x202F},
                     {0x205F, 0x205F},
                     {0x3000, 0x3000}});
}

bool SaslPrep::isMappedToNothing(char32_t c)
{
    // RFC 3454 table B.1.
    return inRanges(c,
                    {{0x00AD, 0x00AD},
                     {0x034F, 0x034F},
                     {0x1806, 0x1806},
                     {0x180B, 0x180D},
                     {0x200B, 0x200D},
                     {0x2060, 0x2060},
                     {0xFE00, 0xFE0F},
                     {0xFEFF, 0xFEFF}});
}

bool SaslPrep::isProhibited(char32_t c)
{
    // RFC 4013 section 2.3: RFC 3454 tables C.1.2 to C.9, and unassigned code points (A.1).
    if (isNonAsciiSpace(c))
        return true;
    if (inRanges(c, {{0x0000, 0x001F},   {0x007F, 0x009F}, // C.2.1, C.2.2
                     {0x06DD, 0x06DD},   {0x070F, 0x070F},   {0x180E, 0x180E},     {0x200C, 0x200F},
                     {0x2028, 0x202E},   {0x2060, 0x2063},   {0x206A, 0x206F},     {0xFEFF, 0xFEFF},
                     {0xFFF9, 0xFFFD},   {0x1D173, 0x1D17A}, {0x0340, 0x0341}, // C.8
                     {0x2FF0, 0x2FFB}, // C.7
                     {0xE000, 0xF8FF},   {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD}, // C.3
                     {0xD800, 0xDFFF}, // C.5
                     {0xE0001, 0xE0001}, {0xE0020, 0xE007F}})) // C.9
        return true;
    if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) // C.4
        return true;
    return QChar::category(c) == QChar::Other_NotAssigned;
}

QByteArray SaslPrep::prepare(const QString &password)
{
    const QByteArray raw = password.toUtf8();
    bool ascii = true;
    for (const char byte : raw)
        ascii = ascii && static_cast<unsigned char>(byte) < 0x80;
    if (ascii)
        return raw;
    QString mapped;
    for (const char32_t c : codePoints(password)) {
        // Spaces first: U+200B is in both tables, and PostgreSQL makes it a space.
        if (isNonAsciiSpace(c))
            mapped += QLatin1Char(' ');
        else if (isMappedToNothing(c))
            continue;
        else
            mapped += QString::fromUcs4(&c, 1);
    }
    const QList<char32_t> prepared = codePoints(mapped.normalized(QString::NormalizationForm_KC));
    bool rightToLeft = false;
    bool leftToRight = false;
    for (const char32_t c : prepared) {
        if (isProhibited(c))
            return raw;
        const QChar::Direction direction = QChar::direction(c);
        rightToLeft = rightToLeft || direction == QChar::DirR || direction == QChar::DirAL;
        leftToRight = leftToRight || direction == QChar::DirL;
    }
    // RFC 3454 section 6: right-to-left text keeps left-to-right letters out and starts and
    // ends with a right-to-left character.
    if (rightToLeft) {
        const auto isRtl = [](char32_t c) {
            return QChar::direction(c) == QChar::DirR || QChar::direction(c) == QChar::DirAL;
        };
        if (leftToRight || prepared.isEmpty() || !isRtl(prepared.first())
            || !isRtl(prepared.last()))
            return raw;
    }
    if (prepared.isEmpty())
        return raw;
    QString result;
    for (const char32_t c : prepared)
        result += QString::fromUcs4(&c, 1);
    return result.toUtf8();
}

} // namespace laatu
