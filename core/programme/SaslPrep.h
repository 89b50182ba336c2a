#pragma once

#include <QByteArray>
#include <QString>

namespace laatu {

// The password as PostgreSQL hashes it for SCRAM: SASLprep (RFC 4013, the stringprep profile
// of RFC 3454) as its pg_saslprep applies it, so that a verifier made here matches the login
// libpq makes from the same typed password. ASCII passes unchanged; otherwise non-ASCII spaces
// become spaces, characters "commonly mapped to nothing" (soft hyphen, zero-width joiners,
// variation selectors ...) go, and the rest is normalised to NFKC. A password that SASLprep
// prohibits (control, private-use, non-character, bidirectional misuse, unassigned) is used as
// its raw UTF-8 bytes, as PostgreSQL does.
class SaslPrep
{
public:
    static QByteArray prepare(const QString &password);

private:
    static bool isProhibited(char32_t c);
    static bool isMappedToNothing(char32_t c);
    static bool isNonAsciiSpace(char32_t c);
};

} // namespace laatu
