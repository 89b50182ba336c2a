#include "ProgrammeActions.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/main/ReviewHost.h"
#include "gui/programme/ProgrammeServerDialog.h"
#include "gui/programme/ServerPasswordDialog.h"
#include "gui/programme/ServerPasswordStore.h"
#include "gui/sites/ReviewListPanel.h"
#include "programme/ProgrammeSettings.h"
#include "storage/ReviewSummary.h"

namespace laatu::gui {

ProgrammeActions::ProgrammeActions(ReviewHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_transfer(new ProgrammeTransfer(this))
    , m_passwords(new ServerPasswordStore(this))
{
    connect(m_transfer, &ProgrammeTransfer::progress, this, &ProgrammeActions::showProgress);
    connect(m_transfer, &ProgrammeTransfer::published, this, &ProgrammeActions::showPublished);
    connect(m_transfer, &ProgrammeTransfer::pulled, this, &ProgrammeActions::showPulled);
}

ProgrammeActions::~ProgrammeActions() = default;

std::optional<ServerAddress> ProgrammeActions::configuredAddress(Mode mode)
{
    if (!ProgrammeSettings::isConfigured()) {
        // Nothing connects anywhere until the user names a server.
        if (mode == Mode::Quiet
            || MessageBox::question(m_host.dialogParent(), tr("No Programme Server"),
                                    tr("No programme server is set up, so nothing was sent or "
                                       "received. Set one up now?"))
                != QMessageBox::Yes)
            return std::nullopt;
        ProgrammeServerDialog dialog(m_host.dialogParent());
        if (DialogRunner::exec(dialog) != QDialog::Accepted || !ProgrammeSettings::isConfigured())
            return std::nullopt;
    }
    QString problem;
    std::optional<ServerAddress> address
        = ServerAddress::parse(ProgrammeSettings::url(), {}, problem);
    if (!address && mode == Mode::Interactive)
        MessageBox::critical(m_host.dialogParent(), tr("Programme Server Address"),
                             tr("The programme server's address cannot be used: %1\n\nCorrect "
                                "it in Settings → Programme Server.")
                                 .arg(problem));
    return address;
}

void ProgrammeActions::publishReview()
{
    const qint64 reviewId = m_host.currentReviewId();
    if (!m_host.database() || reviewId == 0 || isBusy())
        return;
    const ReviewSummary *summary = m_host.reviewList()->review(reviewId);
    const auto publication = m_host.reviewList()->publication(reviewId);
    if (publication == OutboxRepository::Publication::Pulled) {
        MessageBox::information(m_host.dialogParent(), tr("Publish Review"),
                                tr("This review was pulled from the programme: only its own "
                                   "reviewers publish it."));
        return;
    }
    if (summary && summary->status != ReviewStatus::Final) {
        MessageBox::information(m_host.dialogParent(), tr("Publish Review"),
                                tr("Only final reviews are published; drafts stay on this "
                                   "laptop. Finalise the review first (Review → Finalise)."));
        return;
    }
    OutboxRepository::Candidate candidate;
    if (StorageError error = OutboxRepository(*m_host.database()).candidate(reviewId, candidate)) {
        MessageBox::critical(m_host.dialogParent(), tr("Publish Review"), error.message());
        return;
    }
    publish({candidate}, Mode::Interactive);
}

void ProgrammeActions::publishAllFinal()
{
    if (!m_host.database() || isBusy())
        return;
    QList<OutboxRepository::Candidate> candidates;
    if (StorageError error = OutboxRepository(*m_host.database()).finalOwnReviews(candidates)) {
        MessageBox::critical(m_host.dialogParent(), tr("Publish All Final Reviews"),
                             error.message());
        return;
    }
    if (candidates.isEmpty()) {
        MessageBox::information(m_host.dialogParent(), tr("Publish All Final Reviews"),
                                tr("There is nothing to publish: this laptop has no final "
                                   "reviews of its own."));
        return;
    }
    publish(candidates, Mode::Interactive);
}

void ProgrammeActions::publishFinalised(qint64 reviewId)
{
    if (!m_host.database() || isBusy() || !ProgrammeSettings::isConfigured())
        return;
    OutboxRepository::Candidate candidate;
    if (OutboxRepository(*m_host.database()).candidate(reviewId, candidate))
        return; // not final after all, or pulled: nothing to publish
    publish({candidate}, Mode::Quiet);
}

void ProgrammeActions::publish(const QList<OutboxRepository::Candidate> &candidates, Mode mode)
{
    const std::optional<ServerAddress> address = configuredAddress(mode);
    if (!address)
        return;
    ProgrammeTransfer::Request request;
    if (StorageError error = m_host.database()->companionTicket(
            tr("publishing to the programme server"), request.database)) {
        MessageBox::critical(m_host.dialogParent(), tr("Not Published"), error.message());
        return;
    }
    request.address = *address;
    request.candidates = candidates;
    start(request, mode);
}

void ProgrammeActions::pullProgramme()
{
    if (!m_host.database() || isBusy())
        return;
    const std::optional<ServerAddress> address = configuredAddress(Mode::Interactive);
    if (!address)
        return;
    ProgrammeTransfer::Request request;
    if (StorageError error = m_host.database()->companionTicket(
            tr("pulling the programme's reviews"), request.database)) {
        MessageBox::critical(m_host.dialogParent(), tr("Programme Reviews Not Pulled"),
                             error.message());
        return;
    }
    request.address = *address;
    request.pull = true;
    start(request, Mode::Interactive);
}

QString ProgrammeActions::passwordKey() const
{
    return ServerPasswordStore::key(m_request.address.user(), m_request.address.label());
}

void ProgrammeActions::start(ProgrammeTransfer::Request request, Mode mode)
{
    m_request = std::move(request);
    m_mode = mode;
    m_passwordAsked = false;
    m_starting = true;
    emit busyChanged();
    // The keyring's or this session's password; none leaves it to libpq (PGPASSWORD,
    // ~/.pgpass, a local socket's peer login). The keyring may first ask to be unlocked.
    m_passwords->read(passwordKey(), [this](const QString &password) {
        m_starting = false;
        m_request.password = password;
        m_transfer->start(m_request);
        emit busyChanged();
        showProgress(0, m_request.pull ? 0 : static_cast<int>(m_request.candidates.size()));
    });
}

bool ProgrammeActions::retryWithPassword(const ProgrammeError &error)
{
    // Asked once per command: a second refusal is shown as it is.
    if (error.code() != ProgrammeError::Refused || m_passwordAsked)
        return false;
    const QString login = m_request.address.user() + QLatin1Char('@') + m_request.address.label();
    ServerPasswordDialog dialog(login, error.message(), m_host.dialogParent());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    m_passwordAsked = true;
    m_request.password = dialog.password();
    m_passwords->write(passwordKey(), dialog.password(), dialog.remember(),
                       [this](const QString &keyringProblem) {
                           if (!keyringProblem.isEmpty())
                               m_host.showStatusMessage(
                                   tr("The keyring could not keep the password (%1); it is kept "
                                      "for this session only.")
                                       .arg(keyringProblem));
                       });
    m_transfer->start(m_request);
    emit busyChanged();
    return true;
}

void ProgrammeActions::showProgress(int done, int total)
{
    const QString server = m_request.address.label();
    if (m_request.pull)
        m_host.showStatusMessage(
            tr("Pulling the programme's reviews from %1: %n received…", nullptr, done).arg(server));
    else
        m_host.showStatusMessage(
            tr("Publishing to %1: %2 of %3…").arg(server).arg(done).arg(total));
}

} // namespace laatu::gui
