#pragma once

#include "programme/ProgrammePublisher.h"
#include "programme/ProgrammePuller.h"
#include "programme/ServerAddress.h"
#include "storage/Database.h"

#include "gui/common/WorkerThread.h"

#include <QAtomicInteger>
#include <QObject>

namespace laatu::gui {

// One publish to or pull from the programme server, off the GUI thread: the worker opens the
// server connection and a second connection to the laptop's database (Database::openCompanion),
// runs ProgrammePublisher or ProgrammePuller as laatu-cli does, and closes both. The window
// stays responsive; progress and the result come back as signals on the thread that asked.
class ProgrammeTransfer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        Database::CompanionTicket database;
        ServerAddress address;
        QString password; // empty: libpq's own (PGPASSWORD, ~/.pgpass) or none
        bool pull = false;
        QList<OutboxRepository::Candidate> candidates; // what a publish sends
    };

    explicit ProgrammeTransfer(QObject *parent = nullptr);
    // Stops a transfer still running (after its current review or page) and waits for it.
    ~ProgrammeTransfer() override;

    bool isRunning() const;
    void start(const Request &request);
    // Asks the running transfer to stop after its current review or page, and waits for it;
    // what it finished is kept (and finished() still comes, later, from the event loop).
    void stop();

signals:
    // `done` of `total` reviews sent; a pull gives the reviews received so far and total 0.
    void progress(int done, int total);
    void published(const laatu::ProgrammePublisher::Result &result);
    void pulled(const laatu::ProgrammePuller::Result &result);

private:
    static void run(const Request &request, ProgrammePublisher::Result &published,
                    ProgrammePuller::Result &pulled, const QAtomicInteger<bool> &stopRequested,
                    const std::function<void(int, int)> &report);

    WorkerThread *m_worker;
    QAtomicInteger<bool> m_stop {false};
};

} // namespace laatu::gui
