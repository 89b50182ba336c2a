// laatu-cli's programme commands against the test server, and that without a configured
// server nothing connects anywhere.
#include "ProgrammeFixture.h"

#include "programme/ProgrammePublisher.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>

using namespace laatu;
using namespace laatu::test;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs laatu-cli with a home of its own (no GUI settings) and libpq's environment pointing at
// the test server, so that anything falling back to libpq's defaults would reach it.
Run cli(const QStringList &arguments, const QString &password = {}, const QByteArray &input = {})
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("PGHOST"), cluster().socketFolder());
    environment.insert(QStringLiteral("PGPORT"), QString::number(cluster().port()));
    environment.insert(QStringLiteral("PGUSER"), QLatin1String(TestCluster::kAdmin));
    environment.insert(QStringLiteral("PGDATABASE"), QLatin1String(TestCluster::kDatabase));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    else
        environment.remove(QStringLiteral("PGPASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LAATU_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("without a configured server no command connects anywhere", "[programme]")
{
    programme();
    Laptop laptop;
    laptop.addFinalReviews(401, 1, 1, kCountyA);
    const QString db = laptop.path();
    laptop.close();
    const int before = cluster().connectionsLogged();
    REQUIRE(before > 0); // log_connections works: the fixture's own connections are there
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("publish"), QStringLiteral("--all-final"),
                       QStringLiteral("--db"), db},
          QStringList {QStringLiteral("pull"), QStringLiteral("--db"), db},
          QStringList {QStringLiteral("server"), QStringLiteral("status")}}) {
        const Run run = cli(arguments, cluster().adminPassword());
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("no programme server is configured")));
    }
    CHECK(cluster().connectionsLogged() == before);
}

TEST_CASE("laatu-cli publishes, pulls and reports the server's state", "[programme]")
{
    TestCluster &server = programme();
    Laptop laptop;
    laptop.addFinalReviews(402, 2, 1, kCountyA);
    const QString db = laptop.path();
    laptop.close();
    const QString url = server.url(kReviewerA);
    const Run published = cli({QStringLiteral("publish"), QStringLiteral("--all-final"),
                               QStringLiteral("--db"), db, QStringLiteral("--url"), url},
                              passwordOf(kReviewerA));
    INFO(published.err.toStdString());
    CHECK(published.exitCode == 0);
    CHECK(published.out.count(QStringLiteral("published\t")) == 2);
    const Run again = cli({QStringLiteral("publish"), QStringLiteral("--all-final"),
                           QStringLiteral("--db"), db, QStringLiteral("--url"), url},
                          passwordOf(kReviewerA));
    CHECK(again.exitCode == 0);
    CHECK(again.out.count(QStringLiteral("already-published\t")) == 2);
    const Run status = cli({QStringLiteral("server"), QStringLiteral("status"),
                            QStringLiteral("--db"), db, QStringLiteral("--url"), url},
                           passwordOf(kReviewerA));
    INFO(status.err.toStdString());
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("Schema version: 1")));
    CHECK(status.out.contains(QStringLiteral("Final reviews never published: 0")));
    // A colleague's three reviews of the same county, for the pull to bring.
    Laptop colleague;
    colleague.addFinalReviews(403, 3, 1, kCountyA);
    {
        auto connection = connectAs(kReviewerA2);
        REQUIRE_FALSE(ProgrammePublisher(colleague.database(), colleague.repository(), *connection)
                          .publish(colleague.finalOwn())
                          .error);
    }
    const Run pulled
        = cli({QStringLiteral("pull"), QStringLiteral("--db"), db, QStringLiteral("--url"), url},
              passwordOf(kReviewerA));
    INFO(pulled.err.toStdString());
    CHECK(pulled.exitCode == 0);
    CHECK(pulled.out.contains(QStringLiteral("own (left alone) 2")));
    // compare counts the pulled reviews like its own; --own-only leaves them out.
    const QStringList compare {QStringLiteral("compare"), QStringLiteral("--county"), kCountyA,
                               QStringLiteral("--all"),   QStringLiteral("--db"),     db};
    const Run all = cli(compare);
    const Run own = cli(compare + QStringList {QStringLiteral("--own-only")});
    INFO(own.err.toStdString());
    CHECK(own.exitCode == 0);
    CHECK(own.out.count(QLatin1Char('\n')) == 2 + 2); // two reviews, the mean, the weakest
    CHECK(all.out.count(QLatin1Char('\n')) >= own.out.count(QLatin1Char('\n')) + 3);

    // A wrong password is refused (exit 4); an unreachable server is exit 6 naming what was tried.
    const Run wrong
        = cli({QStringLiteral("pull"), QStringLiteral("--db"), db, QStringLiteral("--url"), url},
              QStringLiteral("not-the-password"));
    CHECK(wrong.exitCode == 4);
    CHECK(wrong.err.contains(QStringLiteral("password authentication failed")));
    const Run unreachable
        = cli({QStringLiteral("pull"), QStringLiteral("--db"), db, QStringLiteral("--url"),
               QStringLiteral("postgresql://x@localhost:9/p?connect_timeout=2")},
              passwordOf(kReviewerA));
    CHECK(unreachable.exitCode == 6);
    CHECK(unreachable.err.contains(QStringLiteral("localhost:9")));
    CHECK(unreachable.err.contains(QStringLiteral("verify-full")));

    // The administrator's commands: a new reviewer, whose password comes from standard input.
    const QString adminUrl = server.url(QLatin1String(TestCluster::kAdmin));
    const Run added
        = cli({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("reviewer.cli"),
               QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("--county"),
               kCountyB, QStringLiteral("--url"), adminUrl},
              server.adminPassword(), "password-from-stdin\n");
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("assign"), QStringLiteral("reviewer.cli"),
               QStringLiteral("--county"), kCountyA, QStringLiteral("--url"), adminUrl},
              server.adminPassword())
              .exitCode
          == 0);
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM laatu.county_assignment WHERE login ="
                                    " 'reviewer.cli'"))
          == 2);
    CHECK(cli({QStringLiteral("server"), QStringLiteral("unassign"), QStringLiteral("reviewer.cli"),
               QStringLiteral("--county"), kCountyB, QStringLiteral("--url"), adminUrl},
              server.adminPassword())
              .exitCode
          == 0);
    // The verifier made on this side lets the new login in, with that password only.
    const Run asNew = cli({QStringLiteral("server"), QStringLiteral("status"),
                           QStringLiteral("--url"), server.url(QStringLiteral("reviewer.cli"))},
                          QStringLiteral("password-from-stdin"));
    INFO(asNew.err.toStdString());
    CHECK(asNew.exitCode == 0);
    CHECK(asNew.out.contains(QStringLiteral("as reviewer.cli")));
    CHECK(cli({QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--url"),
               adminUrl},
              server.adminPassword())
              .out.contains(QStringLiteral("nothing to do")));
}
