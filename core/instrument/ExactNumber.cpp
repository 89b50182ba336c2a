#include "ExactNumber.h"

namespace laatu {

namespace {
constexpr int kMaxIntegerDigits = 12;
constexpr int kMaxDecimals = 9;
// Products of two normalised values stay far below the 128-bit limit with these bounds.
constexpr std::int64_t kMaxMagnitude = std::int64_t {1} << 62;

Int128 gcd128(Int128 a, Int128 b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}
} // namespace

ExactNumber::ExactNumber(std::int64_t numerator, std::int64_t denominator)
    : m_numerator(numerator)
    , m_denominator(denominator)
{ }

ExactNumber ExactNumber::fromInteger(std::int64_t value)
{
    return ExactNumber(value, 1);
}

ExactNumber ExactNumber::normalized(Int128 numerator, Int128 denominator, bool *ok)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const Int128 divisor = gcd128(numerator, denominator);
    if (divisor > 1) {
        numerator /= divisor;
        denominator /= divisor;
    }
    const bool fits
        = numerator < kMaxMagnitude && -numerator < kMaxMagnitude && denominator < kMaxMagnitude;
    if (ok)
        *ok = fits;
    if (!fits)
        return {};
    return ExactNumber(static_cast<std::int64_t>(numerator),
                       static_cast<std::int64_t>(denominator));
}

std::optional<ExactNumber> ExactNumber::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    qsizetype pos = 0;
    bool negative = false;
    if (trimmed.at(0) == QLatin1Char('-') || trimmed.at(0) == QLatin1Char('+')) {
        negative = trimmed.at(0) == QLatin1Char('-');
        ++pos;
    }
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;
    int integerDigits = 0;
    int decimals = 0;
    bool seenSeparator = false;
    for (; pos < trimmed.size(); ++pos) {
        const QChar c = trimmed.at(pos);
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (seenSeparator)
                return std::nullopt;
            seenSeparator = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        if (seenSeparator) {
            if (++decimals > kMaxDecimals)
                return std::nullopt;
            denominator *= 10;
        } else if (++integerDigits > kMaxIntegerDigits) {
            return std::nullopt;
        }
        numerator = numerator * 10 + (c.unicode() - u'0');
    }
    if (integerDigits == 0 && decimals == 0)
        return std::nullopt;
    if (seenSeparator && decimals == 0)
        return std::nullopt;
    bool ok = false;
    const ExactNumber value = normalized(negative ? -numerator : numerator, denominator, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<ExactNumber> ExactNumber::ratio(const ExactNumber &numerator,
                                              const ExactNumber &denominator)
{
    if (denominator.m_numerator == 0)
        return std::nullopt;
    bool ok = false;
    const ExactNumber value
        = normalized(Int128 {numerator.m_numerator} * denominator.m_denominator,
                     Int128 {numerator.m_denominator} * denominator.m_numerator, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

ExactNumber ExactNumber::times(std::int64_t factor) const
{
    bool ok = false;
    const ExactNumber value = normalized(Int128 {m_numerator} * factor, m_denominator, &ok);
    return ok ? value : *this;
}

std::optional<ExactNumber> ExactNumber::plus(const ExactNumber &other) const
{
    bool ok = false;
    const ExactNumber value = normalized(Int128 {m_numerator} * other.m_denominator
                                             + Int128 {other.m_numerator} * m_denominator,
                                         Int128 {m_denominator} * other.m_denominator, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

double ExactNumber::toDouble() const
{
    return static_cast<double>(m_numerator) / static_cast<double>(m_denominator);
}

QString ExactNumber::toString(int maxDecimals) const
{
    const bool negative = m_numerator < 0;
    Int128 magnitude = negative ? -Int128 {m_numerator} : Int128 {m_numerator};
    const Int128 whole = magnitude / m_denominator;
    Int128 remainder = magnitude % m_denominator;
    QString digits;
    for (int i = 0; i < maxDecimals && remainder != 0; ++i) {
        remainder *= 10;
        digits.append(QChar(u'0' + static_cast<int>(remainder / m_denominator)));
        remainder %= m_denominator;
    }
    Int128 wholePart = whole;
    if (remainder * 2 >= m_denominator && remainder != 0) {
        // Round half up on the last kept digit, carrying into the whole part when needed.
        int i = static_cast<int>(digits.size()) - 1;
        for (; i >= 0; --i) {
            if (digits.at(i) == QLatin1Char('9')) {
                digits[i] = QLatin1Char('0');
            } else {
                digits[i] = QChar(digits.at(i).unicode() + 1);
                break;
            }
        }
        if (i < 0)
            ++wholePart;
    }
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    QString text = QString::number(static_cast<qlonglong>(wholePart));
    if (!digits.isEmpty())
        text += QLatin1Char('.') + digits;
    if (negative && text != QLatin1String("0"))
        text.prepend(QLatin1Char('-'));
    return text;
}

bool operator==(const ExactNumber &a, const ExactNumber &b)
{
    return a.m_numerator == b.m_numerator && a.m_denominator == b.m_denominator;
}

std::strong_ordering operator<=>(const ExactNumber &a, const ExactNumber &b)
{
    return Int128 {a.m_numerator} * b.m_denominator <=> Int128 {b.m_numerator} * a.m_denominator;
}

} // namespace laatu
