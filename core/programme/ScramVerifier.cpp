#include "ScramVerifier.h"

#include "SaslPrep.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace laatu {

QString ScramVerifier::make(const QString &password)
{
    QByteArray salt(16, '\0');
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &byte : salt)
        byte = static_cast<char>(random->bounded(256));
    return make(password, salt, kIterations);
}

QString ScramVerifier::make(const QString &password, const QByteArray &salt, int iterations)
{
    // As the server and libpq prepare the typed password before hashing it.
    const QByteArray prepared = SaslPrep::prepare(password);
    const QByteArray salted = pbkdf2Sha256(prepared, salt, iterations);
    const QByteArray clientKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QByteArray ScramVerifier::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                       int iterations)
{
    // One block is enough: SHA-256 gives the 32 bytes SCRAM-SHA-256 uses.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt);
    mac.addData(QByteArray::fromHex("00000001"));
    QByteArray u = mac.result();
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (int b = 0; b < result.size(); ++b)
            result[b] = static_cast<char>(result.at(b) ^ u.at(b));
    }
    return result;
}

} // namespace laatu
