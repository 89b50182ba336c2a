#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace laatu {

// GCC and Clang provide 128-bit integers as an extension; -Wpedantic is told we mean it.
__extension__ typedef __int128 Int128;

// A non-negative-or-negative rational number kept as an exact fraction.
//
// Evidence values are compared against band edges such as "20 < r <= 25". A binary double would
// put 0.1-style decimals and ratios like 45 / 1.8 on the wrong side of an edge now and then, so
// suggestions work on exact fractions: decimals are parsed digit by digit and ratios of counts
// are kept as numerator/denominator. Magnitudes are bounded at parse time so that comparisons by
// cross-multiplication fit in 128 bits.
class ExactNumber
{
public:
    ExactNumber() = default;
    static ExactNumber fromInteger(std::int64_t value);

    // Parses "18", "6.5", "4,2", "-3" (either decimal separator, at most 9 decimals, at most 12
    // integer digits). Returns nullopt for anything else, including exponents and thousands
    // separators.
    static std::optional<ExactNumber> parse(const QString &text);

    // numerator / denominator; nullopt when the denominator is zero.
    static std::optional<ExactNumber> ratio(const ExactNumber &numerator,
                                            const ExactNumber &denominator);

    ExactNumber times(std::int64_t factor) const;
    // this + other; nullopt when the exact sum no longer fits (figures summed over many rows).
    std::optional<ExactNumber> plus(const ExactNumber &other) const;

    std::int64_t numerator() const { return m_numerator; }
    std::int64_t denominator() const { return m_denominator; }
    bool isInteger() const { return m_denominator == 1; }
    bool isNegative() const { return m_numerator < 0; }
    double toDouble() const;

    // Shortest exact decimal when there is one, otherwise rounded to `maxDecimals` places. Uses
    // '.' so the text is stable for files and the command line; display code formats through
    // QLocale from toDouble().
    QString toString(int maxDecimals = 4) const;

    friend bool operator==(const ExactNumber &a, const ExactNumber &b);
    friend std::strong_ordering operator<=>(const ExactNumber &a, const ExactNumber &b);

private:
    ExactNumber(std::int64_t numerator, std::int64_t denominator);
    static ExactNumber normalized(Int128 numerator, Int128 denominator, bool *ok);

    std::int64_t m_numerator = 0;
    std::int64_t m_denominator = 1;
};

} // namespace laatu
