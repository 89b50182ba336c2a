#include "WorkerThread.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace laatu::gui {

WorkerThread::WorkerThread(QObject *parent)
    : QObject(parent)
{ }

WorkerThread::~WorkerThread()
{
    wait();
    delete m_thread; // its `done`, still queued, finds this object gone and is dropped
}

void WorkerThread::wait()
{
    if (m_thread)
        m_thread->wait();
}

void WorkerThread::start(std::function<void()> work, std::function<void()> done)
{
    if (m_thread)
        return;
    QPointer<WorkerThread> self(this);
    m_thread = QThread::create([self, work = std::move(work), done = std::move(done)] {
        work();
        QMetaObject::invokeMethod(
            qApp,
            [self, done] {
                if (!self)
                    return;
                // Finished or about to: the thread's object goes before what follows runs,
                // so `done` may start the next job.
                self->m_thread->wait();
                self->m_thread->deleteLater();
                self->m_thread = nullptr;
                done();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace laatu::gui
