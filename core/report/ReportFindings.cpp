// The written parts of the report, a part of ReportBuilder in a file of its own: strengths and
// recommendations, the action plan, the evidence notes and the signature lines.
#include "ReportBuilder.h"

#include "ReportStrings.h"

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"

namespace laatu {

namespace {
const QString kDash = QStringLiteral("\u2013");

QString actionStatusName(ActionStatus status, const ReportStrings &s)
{
    switch (status) {
    case ActionStatus::Open:
        return s.text(QT_TRANSLATE_NOOP("Report", "Open"));
    case ActionStatus::InProgress:
        return s.text(QT_TRANSLATE_NOOP("Report", "In progress"));
    case ActionStatus::Done:
        return s.text(QT_TRANSLATE_NOOP("Report", "Done"));
    case ActionStatus::Dropped:
        return s.text(QT_TRANSLATE_NOOP("Report", "Dropped"));
    }
    return {};
}

} // namespace

void ReportBuilder::addFindings(const Input &input, const ReportStrings &s, ReportModel &model)
{
    const QString language = s.language();
    model.findingsHeading = s.text(QT_TRANSLATE_NOOP("Report", "Strengths and recommendations"));
    model.strengthsLabel = s.text(QT_TRANSLATE_NOOP("Report", "Strengths"));
    model.recommendationsLabel = s.text(QT_TRANSLATE_NOOP("Report", "Recommendations"));
    model.noFindingsText
        = s.text(QT_TRANSLATE_NOOP("Report", "No strengths or recommendations were written."));
    const auto group = [&input](const QString &criterionId, ReportModel::FindingGroup &out) {
        bool any = false;
        for (const Finding &finding : input.review.findings) {
            if (finding.criterionId != criterionId || finding.text.trimmed().isEmpty())
                continue;
            (finding.kind == FindingKind::Strength ? out.strengths : out.recommendations)
                << finding.text;
            any = true;
        }
        return any;
    };
    for (const Criterion &criterion : input.instrument.criteria()) {
        ReportModel::FindingGroup findings;
        findings.criterionLabel
            = ReportStrings::numbered(criterion.number, criterion.title.text(language));
        if (group(criterion.id, findings))
            model.findings << findings;
    }
    // Findings about the service as a whole, or about a criterion the catalog does not know.
    ReportModel::FindingGroup general;
    general.criterionLabel = s.text(QT_TRANSLATE_NOOP("Report", "The service as a whole"));
    for (const Finding &finding : input.review.findings) {
        if (finding.text.trimmed().isEmpty()
            || (!finding.criterionId.isEmpty() && input.instrument.criterion(finding.criterionId)))
            continue;
        (finding.kind == FindingKind::Strength ? general.strengths : general.recommendations)
            << finding.text;
    }
    if (!general.strengths.isEmpty() || !general.recommendations.isEmpty())
        model.findings << general;
}

void ReportBuilder::addActions(const Input &input, const ReportStrings &s, ReportModel &model)
{
    model.actionsHeading = s.text(QT_TRANSLATE_NOOP("Report", "Action plan"));
    model.actionHeaders = {s.text(QT_TRANSLATE_NOOP("Report", "Action")),
                           s.text(QT_TRANSLATE_NOOP("Report", "Responsible")),
                           s.text(QT_TRANSLATE_NOOP("Report", "Due")),
                           s.text(QT_TRANSLATE_NOOP("Report", "Status"))};
    model.noActionsText = s.text(QT_TRANSLATE_NOOP("Report", "No actions were agreed."));
    for (const ActionItem &action : input.review.actions)
        model.actions << ReportModel::ActionRow {
            action.what, action.who.isEmpty() ? kDash : action.who,
            action.due.isValid() ? s.date(action.due) : kDash, actionStatusName(action.status, s)};
}

void ReportBuilder::addNotes(const Input &input, const ReportStrings &s, ReportModel &model)
{
    const QString language = s.language();
    model.hasNotes = true;
    model.notesHeading = s.text(QT_TRANSLATE_NOOP("Report", "Evidence notes"));
    model.notesIntro = s.text(
        QT_TRANSLATE_NOOP("Report", "The reviewers' notes by criterion and source of evidence."));
    model.notesReasonLabel = s.text(QT_TRANSLATE_NOOP("Report", "Reason for the consensus"));
    for (const Criterion &criterion : input.instrument.criteria()) {
        ReportModel::NoteGroup group;
        group.criterionLabel
            = ReportStrings::numbered(criterion.number, criterion.title.text(language));
        for (const EvidenceSource &source : input.instrument.sources()) {
            for (const EvidenceNote &note : input.review.notes) {
                if (note.criterionId == criterion.id && note.source == source.key
                    && !note.text.trimmed().isEmpty())
                    group.notes << ReportModel::Field {source.name.text(language), note.text};
            }
        }
        // Notes under a source the catalog does not list are still the reviewers' words.
        for (const EvidenceNote &note : input.review.notes) {
            if (note.criterionId == criterion.id && !input.instrument.source(note.source)
                && !note.text.trimmed().isEmpty())
                group.notes << ReportModel::Field {note.source, note.text};
        }
        for (const RatingEntry &rating : input.review.ratings) {
            if (rating.raterUuid.isEmpty() && rating.criterionId == criterion.id
                && !rating.reason.trimmed().isEmpty())
                group.consensusReason = rating.reason;
        }
        if (!group.notes.isEmpty() || !group.consensusReason.isEmpty())
            model.notes << group;
    }
    if (model.notes.isEmpty())
        model.notesIntro = s.text(QT_TRANSLATE_NOOP("Report", "No notes were written."));
}

void ReportBuilder::addSignatures(const Input &input, const ReportStrings &s, ReportModel &model)
{
    model.signaturesHeading = s.text(QT_TRANSLATE_NOOP("Report", "Signatures"));
    for (const Rater &rater : input.review.raters)
        model.signatureNames << rater.name;
    model.signatureDateLabel = s.text(QT_TRANSLATE_NOOP("Report", "Place and date"));
    model.signatureLabel = s.text(QT_TRANSLATE_NOOP("Report", "Signature"));
}

} // namespace laatu
