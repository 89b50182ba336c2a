#include "ProgrammeFixture.h"

#include "../support/BuiltInCatalog.h"

#include "demo/DemoGenerator.h"
#include "programme/ServerSchema.h"
#include "programme/ServerUsers.h"

#include <catch2/catch.hpp>

namespace laatu::test {

std::unique_ptr<TestCluster> &clusterHolder();

TestCluster &cluster()
{
    std::unique_ptr<TestCluster> &holder = clusterHolder();
    if (!holder)
        holder = std::make_unique<TestCluster>();
    if (!holder->problem().isEmpty())
        FAIL("the test's PostgreSQL cluster does not run: " << holder->problem().toStdString());
    return *holder;
}

QString passwordOf(const QString &login)
{
    return login == QLatin1String(TestCluster::kAdmin)
        ? cluster().adminPassword()
        : QStringLiteral("pw-of-%1-for-tests").arg(login);
}

std::unique_ptr<ServerConnection> connectAs(const QString &login, const QString &host)
{
    QString problem;
    const auto address = ServerAddress::parse(cluster().url(login, host), {}, problem);
    REQUIRE(address);
    ProgrammeError error;
    auto connection = ServerConnection::open(*address, passwordOf(login), error);
    INFO(error.message().toStdString());
    REQUIRE(connection);
    return connection;
}

void adminExec(const QString &sql)
{
    auto admin = connectAs(QLatin1String(TestCluster::kAdmin));
    const ProgrammeError error = admin->execPlain(sql, QStringLiteral("a test statement"));
    INFO(sql.toStdString() << ": " << error.message().toStdString());
    REQUIRE_FALSE(error);
}

qint64 adminCount(const QString &sql)
{
    auto admin = connectAs(QLatin1String(TestCluster::kAdmin));
    QSqlQuery query = admin->newQuery();
    const ProgrammeError error = admin->exec(query, sql, {}, QStringLiteral("a test count"));
    INFO(sql.toStdString() << ": " << error.message().toStdString());
    REQUIRE_FALSE(error);
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

TestCluster &programme()
{
    static bool ready = false;
    TestCluster &server = cluster();
    if (ready)
        return server;
    auto admin = connectAs(QLatin1String(TestCluster::kAdmin));
    QStringList log;
    ProgrammeError error = ServerSchema::init(*admin, log);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    const struct
    {
        QString login;
        ServerUsers::Role role;
        QStringList counties;
    } people[] = {
        {kReviewerA, ServerUsers::Role::Reviewer, {kCountyA}},
        {kReviewerA2, ServerUsers::Role::Reviewer, {kCountyA}},
        {kReviewerB, ServerUsers::Role::Reviewer, {kCountyB}},
        {kCountyManagerA, ServerUsers::Role::CountyManager, {kCountyA}},
        {kProgrammeManager, ServerUsers::Role::ProgrammeManager, {}},
    };
    for (const auto &person : people) {
        error = ServerUsers::addUser(*admin, person.login, person.role, passwordOf(person.login),
                                     person.counties);
        INFO(error.message().toStdString());
        REQUIRE_FALSE(error);
    }
    ready = true;
    return server;
}

Laptop::Laptop()
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("laatu.db"));
    StorageError error;
    m_database = Database::open(m_path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(m_database);
    m_repository = std::make_unique<ReviewRepository>(*m_database);
}

QList<ReviewDocument> Laptop::addFinalReviews(quint32 seed, int sites, int reviewsPerSite,
                                              const QString &county)
{
    DemoGenerator::Options options;
    options.sites = sites;
    options.reviewsPerSite = reviewsPerSite;
    options.seed = seed;
    QList<ReviewDocument> documents = DemoGenerator(builtIn(), options).generate();
    for (ReviewDocument &document : documents) {
        document.site.county = county;
        document.review.status = ReviewStatus::Final;
    }
    const StorageError error = m_repository->saveReviews(documents);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    return documents;
}

QList<OutboxRepository::Candidate> Laptop::finalOwn()
{
    QList<OutboxRepository::Candidate> candidates;
    REQUIRE_FALSE(OutboxRepository(*m_database).finalOwnReviews(candidates));
    return candidates;
}

QHash<qint64, OutboxRepository::Entry> Laptop::outbox()
{
    QHash<qint64, OutboxRepository::Entry> entries;
    REQUIRE_FALSE(OutboxRepository(*m_database).entries(entries));
    return entries;
}

} // namespace laatu::test

namespace laatu::test {

void Laptop::close()
{
    m_repository.reset();
    m_database.reset();
}

} // namespace laatu::test
