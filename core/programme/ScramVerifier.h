#pragma once

#include <QByteArray>
#include <QString>

namespace laatu {

// A PostgreSQL SCRAM-SHA-256 password verifier ("SCRAM-SHA-256$4096:salt$StoredKey:ServerKey",
// RFC 5802/7677), made on this machine so that a new user's password never travels to the
// server or into its logs: CREATE ROLE ... PASSWORD takes the verifier as it is.
class ScramVerifier
{
public:
    static constexpr int kIterations = 4096; // PostgreSQL's default scram_iterations

    static QString make(const QString &password);
    // With a given salt, for tests against known values.
    static QString make(const QString &password, const QByteArray &salt, int iterations);

private:
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                   int iterations);
};

} // namespace laatu
