#include "TestCluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <pwd.h>
#include <unistd.h>

namespace laatu::test {

namespace {
const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

bool writeFile(const QString &path, const QByteArray &content, bool append = false)
{
    QFile file(path);
    if (!file.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}
} // namespace

TestCluster::TestCluster()
    : m_dir(QStringLiteral("/tmp/laatu-pg-XXXXXX"))
{
    QElapsedTimer timer;
    timer.start();
    if (!m_dir.isValid()) {
        m_problem = QStringLiteral("no temporary folder");
        return;
    }
    uid_t uid = geteuid();
    gid_t gid = getegid();
    if (uid == 0) {
        const passwd *nobody = getpwnam("nobody");
        if (!nobody) {
            m_problem = QStringLiteral("running as root and there is no user nobody");
            return;
        }
        uid = nobody->pw_uid;
        gid = nobody->pw_gid;
        m_asUser = {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")};
    }
    if (!makeCertificates())
        return;
    if (!writeFile(m_dir.filePath(QStringLiteral("pw")), adminPassword().toUtf8() + '\n'))
        m_problem = QStringLiteral("cannot write the password file");
    // The cluster's user owns its folder, its key (0600, as PostgreSQL requires) and all.
    for (const QString &name :
         {QString(), QStringLiteral("server.key"), QStringLiteral("server.crt"),
          QStringLiteral("ca.crt"), QStringLiteral("pw")})
        if (chown(QFile::encodeName(m_dir.filePath(name)).constData(), uid, gid) != 0)
            m_problem = QStringLiteral("cannot give %1 to the cluster's user").arg(name);
    if (!m_problem.isEmpty())
        return;
    if (!run(kBin + QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
              QLatin1String(kAdmin),
              QStringLiteral("--pwfile=") + m_dir.filePath(QStringLiteral("pw")),
              QStringLiteral("-A"), QStringLiteral("scram-sha-256"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync"),
              QStringLiteral("--no-instructions")},
             true))
        return;
    if (!writeConfiguration())
        return;
    // A port of its own per process (ctest runs tests side by side); the next on a clash.
    m_port = 20000 + static_cast<int>(getpid() % 20000);
    for (int attempt = 0; attempt < 8 && !start(); ++attempt)
        m_port += 1 + attempt * 97;
    m_startSeconds = timer.elapsed() / 1000.0;
}

TestCluster::~TestCluster()
{
    if (m_running)
        run(kBin + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            true);
}

bool TestCluster::start()
{
    m_problem.clear();
    m_running = run(kBin + QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                     QStringLiteral("-l"), logFile(), QStringLiteral("-o"),
                     QStringLiteral("-p %1").arg(m_port), QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start")},
                    true);
    return m_running;
}

bool TestCluster::stop()
{
    const bool stopped
        = run(kBin + QStringLiteral("pg_ctl"),
              {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
               QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
              true);
    m_running = m_running && !stopped;
    return stopped;
}

QString TestCluster::url(const QString &user, const QString &host, const QString &extra) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslrootcert=%5&connect_timeout=5%6")
        .arg(user, host)
        .arg(m_port)
        .arg(QLatin1String(kDatabase), caFile(), extra);
}

int TestCluster::connectionsLogged() const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    return static_cast<int>(log.readAll().count("connection received"));
}

bool TestCluster::run(const QString &program, const QStringList &arguments, bool asClusterUser)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (asClusterUser && !m_asUser.isEmpty())
        process.start(QStringLiteral("runuser"), m_asUser + QStringList {program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        QFile log(logFile());
        const QByteArray tail
            = log.open(QIODevice::ReadOnly) ? log.readAll().right(2000) : QByteArray();
        m_problem
            = QStringLiteral("%1 %2 failed: %3 %4")
                  .arg(program, arguments.join(QLatin1Char(' ')),
                       QString::fromLocal8Bit(process.readAll()), QString::fromLocal8Bit(tail));
        return false;
    }
    return true;
}

bool TestCluster::makeCertificates()
{
    // EC keys: made in milliseconds, where RSA would take a noticeable part of the start.
    const QString ext = m_dir.filePath(QStringLiteral("server.ext"));
    writeFile(ext, "subjectAltName=DNS:localhost\n");
    const QStringList ec {QStringLiteral("-newkey"), QStringLiteral("ec"),
                          QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QString openssl = QStringLiteral("openssl");
    return run(openssl,
               QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ec
                   + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                  QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                  QStringLiteral("-days"), QStringLiteral("2"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=Laatu test CA")},
               false)
        && run(openssl,
               QStringList {QStringLiteral("req")} + ec
                   + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                  QStringLiteral("-out"), QStringLiteral("server.csr"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
               false)
        && run(openssl,
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                QStringLiteral("server.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-extfile"), ext},
               false)
        && QFile::setPermissions(m_dir.filePath(QStringLiteral("server.key")),
                                 QFile::ReadOwner | QFile::WriteOwner);
}

bool TestCluster::writeConfiguration()
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QByteArray conf = QStringLiteral("listen_addresses = '127.0.0.1'\n"
                                           "unix_socket_directories = '%1'\n"
                                           "ssl = on\n"
                                           "ssl_cert_file = '%1/server.crt'\n"
                                           "ssl_key_file = '%1/server.key'\n"
                                           "fsync = off\n"
                                           "synchronous_commit = off\n"
                                           "full_page_writes = off\n"
                                           "log_connections = on\n"
                                           "max_connections = 40\n"
                                           "shared_buffers = 32MB\n")
                                .arg(m_dir.path())
                                .toUtf8();
    // Only TLS over TCP; no plain "host" line, so a plain-text attempt finds no entry.
    const QByteArray hba = "local all all scram-sha-256\n"
                           "hostssl all all 127.0.0.1/32 scram-sha-256\n";
    if (!writeFile(data + QStringLiteral("/postgresql.conf"), conf, true)
        || !writeFile(data + QStringLiteral("/pg_hba.conf"), hba)) {
        m_problem = QStringLiteral("cannot write the cluster's configuration");
        return false;
    }
    return true;
}

} // namespace laatu::test
