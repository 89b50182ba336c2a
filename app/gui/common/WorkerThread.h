#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace laatu::gui {

// One piece of blocking work (a database copy, a server connection) on a thread of its own,
// and what follows from it back on the thread that asked: the window stays responsive. The
// work must own everything it touches (a QSqlDatabase belongs to the thread that opens it).
// A running job is waited for before this object goes, so its connections close first.
class WorkerThread : public QObject
{
    Q_OBJECT

public:
    explicit WorkerThread(QObject *parent = nullptr);
    ~WorkerThread() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Runs `work` on a new thread; when it returns, `done` runs on this object's thread
    // (unless this object is gone by then). Ignored while a job runs.
    void start(std::function<void()> work, std::function<void()> done);
    // Waits for the running job's work (its `done` still comes from the event loop).
    void wait();

private:
    QThread *m_thread = nullptr;
};

} // namespace laatu::gui
