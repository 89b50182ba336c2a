// What a publish or a pull did, told to the user. Apart from ProgrammeActions.cpp, which
// starts them.
#include "ProgrammeActions.h"

#include "gui/common/MessageBox.h"
#include "gui/main/ReviewHost.h"

namespace laatu::gui {

namespace {
// The messages of the reviews with this outcome, one line each.
QStringList messagesOf(const ProgrammePublisher::Result &result,
                       ProgrammePublisher::Outcome outcome)
{
    QStringList lines;
    for (const ProgrammePublisher::ReviewResult &review : result.reviews)
        if (review.outcome == outcome && !review.message.isEmpty())
            lines << QStringLiteral("• ") + review.message;
    return lines;
}
} // namespace

void ProgrammeActions::showPublished(const ProgrammePublisher::Result &result)
{
    if (retryWithPassword(result.error))
        return;
    emit busyChanged();
    emit publicationsChanged();
    using Outcome = ProgrammePublisher::Outcome;
    const QString server = m_request.address.label();
    const int published = result.count(Outcome::Published);
    const int already = result.count(Outcome::AlreadyPublished);
    const int conflicts = result.count(Outcome::Conflict);
    const int refused = result.count(Outcome::Refused);
    if (m_mode == Mode::Quiet && conflicts == 0 && refused == 0) {
        // After Finalise: a line in the status bar, as an offline laptop is the usual case.
        m_host.showStatusMessage(
            result.error ? tr("Not published yet: %1 The review waits on this laptop and is "
                              "sent with the next publish.")
                               .arg(result.error.message())
                         : tr("Published to the programme server %1.").arg(server));
        return;
    }
    QStringList paragraphs;
    if (published > 0)
        paragraphs << tr("%n review(s) published to %1.", nullptr, published).arg(server);
    if (already > 0)
        paragraphs << tr("%n review(s) already on the server as they are here.", nullptr, already);
    if (conflicts > 0)
        paragraphs << tr("%n review(s) in conflict: the server already holds the same revision "
                         "with other content. It keeps its own and lists this laptop's beside "
                         "it for the programme's administrator to settle.",
                         nullptr, conflicts)
                + QLatin1Char('\n') + messagesOf(result, Outcome::Conflict).join(QLatin1Char('\n'));
    if (refused > 0)
        paragraphs << tr("%n review(s) refused by the server:", nullptr, refused)
                + QLatin1Char('\n') + messagesOf(result, Outcome::Refused).join(QLatin1Char('\n'));
    if (result.error)
        paragraphs << result.error.message();
    if (result.pending > 0)
        paragraphs << tr("Nothing is lost: %n review(s) wait on this laptop and are sent with "
                         "the next publish (File → Publish All Final Reviews).",
                         nullptr, result.pending);
    const bool failed = result.error || conflicts > 0 || refused > 0;
    const QString title = failed ? tr("Not Everything Was Published") : tr("Reviews Published");
    const QString text = paragraphs.join(QStringLiteral("\n\n"));
    if (failed)
        MessageBox::critical(m_host.dialogParent(), title, text);
    else
        MessageBox::information(m_host.dialogParent(), title, text);
    m_host.showStatusMessage(paragraphs.value(0));
}

void ProgrammeActions::showPulled(const ProgrammePuller::Result &result)
{
    if (retryWithPassword(result.error))
        return;
    emit busyChanged();
    if (result.received > 0)
        emit programmeCopyChanged();
    const QString server = m_request.address.label();
    QStringList paragraphs;
    paragraphs << tr("%n review(s) received from %1.", nullptr, result.received).arg(server);
    if (result.received > 0)
        paragraphs << tr("New in the programme copy: %1. Newer revisions: %2. Unchanged: %3. "
                         "This laptop's own, left as they are: %4.")
                          .arg(result.counts.added)
                          .arg(result.counts.replaced)
                          .arg(result.counts.unchanged)
                          .arg(result.counts.own);
    if (result.error)
        paragraphs << result.error.message()
                   << tr("What was received before that is kept; the next pull goes on from "
                         "there.");
    const QString text = paragraphs.join(QStringLiteral("\n\n"));
    if (result.error)
        MessageBox::critical(m_host.dialogParent(), tr("Pull Not Completed"), text);
    else
        MessageBox::information(m_host.dialogParent(), tr("Programme Reviews Pulled"), text);
    m_host.showStatusMessage(paragraphs.first());
}

} // namespace laatu::gui
