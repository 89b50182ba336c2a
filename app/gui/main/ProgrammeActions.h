#pragma once

#include "gui/programme/ProgrammeTransfer.h"

#include <QObject>

#include <optional>

namespace laatu::gui {

class ReviewHost;
class ServerPasswordStore;

// File → Publish Review, Publish All Final Reviews and Pull Programme Reviews: the laptop's
// final reviews go to the programme server as snapshots, the programme's come back into the
// read-only programme copy. One transfer at a time, off the GUI thread (ProgrammeTransfer);
// the password comes from the keyring or this session, else libpq's own, else it is asked.
// With no server set up nothing connects: the user is offered Settings → Programme Server.
class ProgrammeActions : public QObject
{
    Q_OBJECT

public:
    explicit ProgrammeActions(ReviewHost &host, QObject *parent = nullptr);
    ~ProgrammeActions() override;

    void publishReview();
    void publishAllFinal();
    void pullProgramme();
    // After Finalise: publishes the review when a server is set up, telling in the status
    // bar (a laptop offline on a site visit leaves it pending for the next publish).
    void publishFinalised(qint64 reviewId);

    bool isBusy() const { return m_starting || m_transfer->isRunning(); }
    // Ends a transfer still running (before the database is closed or replaced).
    void stop() { m_transfer->stop(); }
    ProgrammeTransfer *transfer() const { return m_transfer; }

signals:
    // A transfer started or ended (the menu's commands follow it).
    void busyChanged();
    // The publication states changed (the review list shows them).
    void publicationsChanged();
    // A pull stored reviews in the programme copy.
    void programmeCopyChanged();

private:
    enum class Mode { Interactive, Quiet };

    std::optional<ServerAddress> configuredAddress(Mode mode);
    void publish(const QList<OutboxRepository::Candidate> &candidates, Mode mode);
    void start(ProgrammeTransfer::Request request, Mode mode);
    // The server refused the login: asks for the password (once per attempt) and tries again.
    bool retryWithPassword(const ProgrammeError &error);
    void showProgress(int done, int total);
    void showPublished(const ProgrammePublisher::Result &result);
    void showPulled(const ProgrammePuller::Result &result);
    QString passwordKey() const;

    ReviewHost &m_host;
    ProgrammeTransfer *m_transfer;
    ServerPasswordStore *m_passwords;
    ProgrammeTransfer::Request m_request; // the running one, kept to try again with a password
    Mode m_mode = Mode::Interactive;
    bool m_passwordAsked = false;
    bool m_starting = false; // the password is being read from the keyring
};

} // namespace laatu::gui
