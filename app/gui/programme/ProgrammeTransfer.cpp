#include "ProgrammeTransfer.h"

#include "programme/ServerConnection.h"
#include "storage/ReviewRepository.h"

#include <QPointer>
#include <QThread>

namespace laatu::gui {

ProgrammeTransfer::ProgrammeTransfer(QObject *parent)
    : QObject(parent)
{ }

ProgrammeTransfer::~ProgrammeTransfer()
{
    stop();
    delete m_thread; // its result, still queued, finds this transfer gone and is dropped
}

void ProgrammeTransfer::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    // The worker holds a connection to the laptop's database: it ends before that file
    // may be closed, replaced or restored.
    m_thread->wait();
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
    if (m_thread)
        return;
    m_stop = false;
    QPointer<ProgrammeTransfer> self(this);
    // Both connections are made, used and closed on the worker thread (a QSqlDatabase belongs
    // to the thread that opened it); only figures and words come back.
    m_thread = QThread::create([self, request, stopRequested = &m_stop] {
        const auto report = [self](int done, int total) {
            QMetaObject::invokeMethod(
                qApp,
                [self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                },
                Qt::QueuedConnection);
        };
        ProgrammePublisher::Result published;
        ProgrammePuller::Result pulled;
        run(request, published, pulled, *stopRequested, report);
        QMetaObject::invokeMethod(
            qApp,
            [self, pull = request.pull, published, pulled] {
                if (!self)
                    return;
                if (self->m_thread) {
                    self->m_thread->wait();
                    self->m_thread->deleteLater();
                    self->m_thread = nullptr;
                }
                if (pull)
                    emit self->pulled(pulled);
                else
                    emit self->published(published);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace laatu::gui
