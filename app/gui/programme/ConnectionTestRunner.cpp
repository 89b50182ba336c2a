#include "ConnectionTestRunner.h"

#include "programme/ServerConnection.h"
#include "programme/ServerSchema.h"

#include <memory>

namespace laatu::gui {

ConnectionTestRunner::ConnectionTestRunner(QObject *parent)
    : QObject(parent)
    , m_worker(new WorkerThread(this))
{ }

ConnectionTestRunner::~ConnectionTestRunner() = default;

bool ConnectionTestRunner::isRunning() const
{
    return m_worker->isRunning();
}

void ConnectionTestRunner::start(const ServerAddress &address, const QString &password)
{
    struct Answer
    {
        bool ok = false;
        QString message;
    };
    auto answer = std::make_shared<Answer>();
    // The connection is made, used and closed on the worker thread (a QSqlDatabase belongs
    // to the thread that opened it); only the words come back.
    m_worker->start(
        [address, password, answer] {
            ProgrammeError error;
            if (std::unique_ptr<ServerConnection> connection
                = ServerConnection::open(address, password, error)) {
                error = ServerSchema::requireKnownVersion(*connection);
                answer->ok = !error;
                answer->message = answer->ok
                    ? tr("Connected to %1 as %2; the programme schema is version %3.")
                          .arg(address.label(), connection->login())
                          .arg(ServerSchema::knownVersion())
                    : error.message();
            } else {
                answer->message = error.message();
            }
        },
        [this, answer] { emit finished(answer->ok, answer->message); });
}

} // namespace laatu::gui
