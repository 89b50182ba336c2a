// Settings → Programme Server: the saved URI shown as address, user name and CA file, and put
// back together from what the user typed.
#include "../support/QtStringMaker.h"

#include "gui/programme/ProgrammeServerDialog.h"
#include "i18n/Translator.h"
#include "programme/ProgrammeSettings.h"

#include <catch2/catch.hpp>

#include <QLineEdit>

using laatu::gui::ProgrammeServerDialog;

namespace {
QLineEdit *field(ProgrammeServerDialog &dialog, const QString &label)
{
    // The fields in the order of the form: address, user name, CA file, password.
    const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
    REQUIRE(fields.size() >= 4);
    const QStringList order {QStringLiteral("address"), QStringLiteral("user"),
                             QStringLiteral("ca"), QStringLiteral("password")};
    return fields.at(order.indexOf(label));
}
} // namespace

TEST_CASE("the programme server's user name has a field of its own", "[gui][programme-dialog]")
{
    laatu::Translator::install(QStringLiteral("en"));
    laatu::ProgrammeSettings::setUrl(
        QStringLiteral("postgresql://anna.arvioija@laatu.example.fi:5432/laatu?sslrootcert=/etc/"
                       "laatu/ca.crt"));
    ProgrammeServerDialog dialog;
    CHECK(field(dialog, QStringLiteral("address"))->text()
          == QStringLiteral("postgresql://laatu.example.fi:5432/laatu"));
    CHECK(field(dialog, QStringLiteral("user"))->text() == QStringLiteral("anna.arvioija"));
    CHECK(field(dialog, QStringLiteral("ca"))->text() == QStringLiteral("/etc/laatu/ca.crt"));
    CHECK(dialog.effectiveUrl()
          == QStringLiteral("postgresql://anna.arvioija@laatu.example.fi:5432/laatu?sslrootcert=/"
                            "etc/laatu/ca.crt"));

    // Another login: the field's name goes into the address; one typed into the address
    // stays when the field is empty.
    field(dialog, QStringLiteral("user"))->setText(QStringLiteral("mikko.mittari"));
    CHECK(dialog.effectiveUrl().startsWith(QStringLiteral("postgresql://mikko.mittari@")));
    field(dialog, QStringLiteral("user"))->clear();
    field(dialog, QStringLiteral("address"))
        ->setText(QStringLiteral("postgresql://liisa@laatu.example.fi/laatu"));
    field(dialog, QStringLiteral("ca"))->clear();
    CHECK(dialog.effectiveUrl() == QStringLiteral("postgresql://liisa@laatu.example.fi/laatu"));
    laatu::ProgrammeSettings::setUrl({});
}
