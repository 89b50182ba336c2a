// Passwords beyond ASCII: the verifier add-user makes on the administrator's machine must
// match what libpq makes of the same typed password at login (SASLprep on both sides), or the
// new person cannot log in.
#include "ProgrammeFixture.h"

#include "programme/SaslPrep.h"
#include "programme/ServerUsers.h"

#include <catch2/catch.hpp>

using namespace laatu;
using namespace laatu::test;

namespace {
ProgrammeError loginWith(const QString &login, const QString &password)
{
    QString problem;
    const auto address = ServerAddress::parse(cluster().url(login), {}, problem);
    REQUIRE(address);
    ProgrammeError error;
    auto connection = ServerConnection::open(*address, password, error);
    CHECK((connection != nullptr) == !error);
    return error;
}
} // namespace

TEST_CASE("SASLprep maps spaces, drops invisible characters and keeps prohibited passwords raw",
          "[programme][password]")
{
    CHECK(SaslPrep::prepare(QStringLiteral("plain ascii \x07")) == "plain ascii \x07");
    CHECK(SaslPrep::prepare(QString::fromUtf8("s\u00ADala\u200Bsa\u2003na\u200D"))
          == QByteArray("sala sa na"));
    CHECK(SaslPrep::prepare(QString::fromUtf8("\uFB01n\u00E4")) == QByteArray("fin\xC3\xA4"));
    // A prohibited character anywhere: the password as typed, byte for byte.
    const QString prohibited = QString::fromUtf8("\uFB01\u0007\u00E4");
    CHECK(SaslPrep::prepare(prohibited) == prohibited.toUtf8());
    const QString privateUse = QString::fromUtf8("k\u00E4\uE000");
    CHECK(SaslPrep::prepare(privateUse) == privateUse.toUtf8());
    // Right-to-left letters mixed with left-to-right ones are not prepared either.
    const QString mixed = QString::fromUtf8("\u05D0abc\u05D1");
    CHECK(SaslPrep::prepare(mixed) == mixed.toUtf8());
    CHECK(SaslPrep::prepare(QString::fromUtf8("\u05D0\u05D1")) == QByteArray("\xD7\x90\xD7\x91"));
}

TEST_CASE("a person whose password is beyond ASCII logs in with it as typed",
          "[programme][password]")
{
    programme();
    auto admin = connectAs(QLatin1String(TestCluster::kAdmin));
    const struct
    {
        const char *login;
        QString password;
    } people[] = {
        // Soft hyphen, zero-width space and an em space: mapped by SASLprep.
        {"prep.mapped", QString::fromUtf8("Sala\u00ADsana\u200B\u2003P\u00E4iv\u00E4")},
        // A ligature that NFKC splits, a decomposed ä that NFKC composes.
        {"prep.normalised", QString::fromUtf8("\uFB01nland-a\u0308iti-2026")},
        // Prohibited (a control character beside non-ASCII): the raw bytes on both sides.
        {"prep.raw", QString::fromUtf8("\u00E4\u0007\uFB01-raw-password")},
    };
    for (const auto &person : people) {
        INFO(person.login);
        const QString login = QLatin1String(person.login);
        ProgrammeError error = ServerUsers::addUser(*admin, login, ServerUsers::Role::Reviewer,
                                                    person.password, {kCountyA});
        INFO(error.message().toStdString());
        REQUIRE_FALSE(error);
        error = loginWith(login, person.password);
        INFO(error.message().toStdString());
        CHECK_FALSE(error);
        CHECK(loginWith(login, person.password + QLatin1Char('x')).code()
              == ProgrammeError::Refused);
    }
}
