#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace laatu::test {

// A throwaway PostgreSQL 15 cluster for the tests: initdb and pg_ctl in a temporary folder,
// run as a user other than root (initdb refuses root; CI runs as root, so then as "nobody",
// who owns the folder), TLS with a test CA made by openssl (server certificate for
// "localhost" only), pg_hba with hostssl ... scram-sha-256 and a scram local socket, fsync
// off, the socket in the temporary folder. Stopped and removed when destroyed.
class TestCluster
{
public:
    static constexpr auto kAdmin = "laatu_admin";
    static constexpr auto kDatabase = "postgres";

    TestCluster();
    ~TestCluster();
    TestCluster(const TestCluster &) = delete;
    TestCluster &operator=(const TestCluster &) = delete;

    // Empty when the cluster runs; else what failed.
    const QString &problem() const { return m_problem; }
    bool start();
    bool stop(); // pg_ctl stop -m fast: every connection is cut

    int port() const { return m_port; }
    QString socketFolder() const { return m_dir.path(); }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.crt")); }
    QString logFile() const { return m_dir.filePath(QStringLiteral("server.log")); }
    QString adminPassword() const { return QStringLiteral("admin-password-for-tests"); }
    // postgresql://USER@HOST:PORT/postgres?sslrootcert=CA&connect_timeout=5 + `extra`.
    QString url(const QString &user, const QString &host = QStringLiteral("localhost"),
                const QString &extra = {}) const;
    // How many connections the server has logged (log_connections) so far.
    int connectionsLogged() const;
    double startSeconds() const { return m_startSeconds; }

private:
    bool run(const QString &program, const QStringList &arguments, bool asClusterUser);
    bool makeCertificates();
    bool writeConfiguration();

    QTemporaryDir m_dir;
    QStringList m_asUser; // runuser prefix when we are root
    int m_port = 0;
    bool m_running = false;
    QString m_problem;
    double m_startSeconds = 0;
};

} // namespace laatu::test
