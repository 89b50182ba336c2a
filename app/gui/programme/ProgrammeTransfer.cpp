#include "ProgrammeTransfer.h"

#include "programme/ServerConnection.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace laatu::gui {

ProgrammeTransfer::ProgrammeTransfer(QObject *parent)
    : QObject(parent)
    , m_worker(new WorkerThread(this))
{ }

ProgrammeTransfer::~ProgrammeTransfer()
{
    stop();
}

bool ProgrammeTransfer::isRunning() const
{
    return m_worker->isRunning();
}

void ProgrammeTransfer::stop()
{
    if (!m_worker->isRunning())
        return;
    m_stop = true;
    // The worker holds a connection to the laptop's database: it ends before that file
    // may be closed, replaced or restored.
    m_worker->wait();
}

void ProgrammeTransfer::run(const Request &request, ProgrammePublisher::Result &published,
                            ProgrammePuller::Result &pulled,
                            const QAtomicInteger<bool> &stopRequested,
                            const std::function<void(int, int)> &report)
{
    ProgrammeError &error = request.pull ? pulled.error : published.error;
    std::unique_ptr<ServerConnection> connection
        = ServerConnection::open(request.address, request.password, error);
    if (!connection) {
        if (!request.pull)
            published.pending = static_cast<int>(request.candidates.size());
        return;
    }
    StorageError storageError;
    std::unique_ptr<Database> database = Database::openCompanion(request.database, storageError);
    if (!database) {
        error = {ProgrammeError::Local, storageError.message()};
        return;
    }
    ReviewRepository repository(*database);
    if (request.pull) {
        ProgrammePuller puller(*database, repository, *connection);
        puller.progress = [&](int received) {
            report(received, 0);
            return !stopRequested.loadRelaxed();
        };
        pulled = puller.pull();
    } else {
        ProgrammePublisher publisher(*database, repository, *connection);
        publisher.progress = [&](int sent, int total) {
            report(sent, total);
            return !stopRequested.loadRelaxed();
        };
        published = publisher.publish(request.candidates);
    }
}

void ProgrammeTransfer::start(const Request &request)
{
    if (m_worker->isRunning())
        return;
    m_stop = false;
    QPointer<ProgrammeTransfer> self(this);
    const auto report = [self](int done, int total) {
        QMetaObject::invokeMethod(
            qApp,
            [self, done, total] {
                if (self)
                    emit self->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    // Both connections are made, used and closed on the worker thread; only figures and
    // words come back.
    auto published = std::make_shared<ProgrammePublisher::Result>();
    auto pulled = std::make_shared<ProgrammePuller::Result>();
    m_worker->start(
        [request, published, pulled, report, stopRequested = &m_stop] {
            run(request, *published, *pulled, *stopRequested, report);
        },
        [this, pull = request.pull, published, pulled] {
            if (pull)
                emit this->pulled(*pulled);
            else
                emit this->published(*published);
        });
}

} // namespace laatu::gui
