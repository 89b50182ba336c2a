#include "ConnectionTestRunner.h"

#include "programme/ServerConnection.h"
#include "programme/ServerSchema.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace laatu::gui {

ConnectionTestRunner::ConnectionTestRunner(QObject *parent)
    : QObject(parent)
{ }

ConnectionTestRunner::~ConnectionTestRunner() = default;

void ConnectionTestRunner::start(const ServerAddress &address, const QString &password)
{
    if (m_running)
        return;
    m_running = true;
    QPointer<ConnectionTestRunner> self(this);
    // The connection is made, used and closed on the worker thread (a QSqlDatabase belongs
    // to the thread that opened it); only the words come back.
    QThread *thread = QThread::create([self, address, password] {
        ProgrammeError error;
        bool ok = false;
        QString message;
        if (std::unique_ptr<ServerConnection> connection
            = ServerConnection::open(address, password, error)) {
            error = ServerSchema::requireKnownVersion(*connection);
            ok = !error;
            message = ok ? tr("Connected to %1 as %2; the programme schema is version %3.")
                               .arg(address.label(), connection->login())
                               .arg(ServerSchema::knownVersion())
                         : error.message();
        } else {
            message = error.message();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, message] {
                if (!self)
                    return;
                self->m_running = false;
                emit self->finished(ok, message);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace laatu::gui
