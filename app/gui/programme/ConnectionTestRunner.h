#pragma once

#include "gui/common/WorkerThread.h"
#include "programme/ServerAddress.h"

#include <QObject>
#include <QString>

namespace laatu::gui {

// Tries the programme server off the GUI thread: connects (TLS, connect_timeout), reads the
// login and the schema version, disconnects. The window stays responsive meanwhile; the
// answer comes back as finished() on the thread that asked.
class ConnectionTestRunner : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTestRunner(QObject *parent = nullptr);
    ~ConnectionTestRunner() override;

    bool isRunning() const;
    void start(const ServerAddress &address, const QString &password);

signals:
    // `ok` when Laatu can publish to and pull from the server; `message` says what was found.
    void finished(bool ok, const QString &message);

private:
    WorkerThread *m_worker;
};

} // namespace laatu::gui
