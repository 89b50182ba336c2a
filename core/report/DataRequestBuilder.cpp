#include "DataRequestBuilder.h"

#include "ReportStrings.h"

#include "LaatuVersion.h"
#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "review/ReviewTextCheck.h"
#include "storage/ReviewRepository.h"

namespace laatu {

namespace {
QString numberedTitle(const Criterion &criterion, const QString &language)
{
    return ReportStrings::numbered(criterion.number, criterion.title.text(language));
}
} // namespace

DataRequestModel DataRequestBuilder::build(const Instrument &instrument,
                                           const ReviewDocument &unsafeReview,
                                           const QString &language, const QDate &createdOn)
{
    // As in the report: a review stored before the text rules prints a replacement character
    // for a control or bidi-override character instead of the character itself.
    const ReviewDocument review = ReviewTextCheck::printable(unsafeReview);
    const ReportStrings strings(language);
    DataRequestModel model;
    model.language = strings.language();
    model.title = strings.text(QT_TRANSLATE_NOOP("Report", "Data request for the site visit"));
    QStringList names;
    for (const Rater &rater : review.raters)
        names << rater.name;
    model.author = names.join(QStringLiteral(", "));
    model.headerText = review.site.name;
    model.footerText = QStringLiteral("%1 %2").arg(
        strings.text(QT_TRANSLATE_NOOP("Report", "Site visit")),
        strings.dateRange(review.review.visitStart, review.review.visitEnd));
    addOpening(instrument, review, strings, createdOn, model);
    addItems(instrument, strings, model);
    addFigures(instrument, strings, model);
    addEvidence(instrument, strings, model);
    model.closing = strings.text(
        QT_TRANSLATE_NOOP("Report",
                          "If anything in this request is unclear, or a document does "
                          "not exist in the form asked for, please contact the "
                          "reviewers before the visit."));
    return model;
}

StorageError DataRequestBuilder::fromDatabase(ReviewRepository &repository, qint64 reviewId,
                                              const QString &language, DataRequestModel &model,
                                              const QDate &createdOn)
{
    ReviewDocument review;
    const Instrument *instrument = nullptr;
    if (StorageError error = repository.loadReviewWithCatalog(reviewId, review, instrument))
        return error;
    model = build(*instrument, review, language, createdOn);
    return {};
}

void DataRequestBuilder::addOpening(const Instrument &instrument, const ReviewDocument &review,
                                    const ReportStrings &s, const QDate &createdOn,
                                    DataRequestModel &model)
{
    const QString language = s.language();
    model.kicker = instrument.name().text(language);
    model.siteName = review.site.name;
    // A letter names what is known and leaves out what is not: no dashes for empty fields.
    const auto add = [&model](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            model.fields << DataRequestModel::Field {label, value};
    };
    add(s.text(QT_TRANSLATE_NOOP("Report", "Organisation")), review.site.organisation);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Unit")), review.site.unit);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Municipality")), review.site.municipality);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Wellbeing services county")), review.site.county);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Site visit")),
        s.dateRange(review.review.visitStart, review.review.visitEnd));
    add(s.text(QT_TRANSLATE_NOOP("Report", "Reviewers")), model.author);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Criteria set")),
        s.text(QT_TRANSLATE_NOOP("Report", "%1, version %2"))
            .arg(instrument.name().text(language), instrument.version()));
    add(s.text(QT_TRANSLATE_NOOP("Report", "Date of the request")), s.date(createdOn));
    model.intro = s.text(QT_TRANSLATE_NOOP(
        "Report",
        "We will review the service against the quality criteria on the dates above. To make "
        "the best use of the visit, please have the documents and figures listed below ready "
        "by its first day. We go through them with you on site; nothing needs to be sent in "
        "advance or written specially for the visit. Each item names the criterion it serves."));
    model.generatedText = s.text(QT_TRANSLATE_NOOP("Report", "Created with Laatu %1 on %2"))
                              .arg(QStringLiteral(LAATU_VERSION_STRING), s.date(createdOn));
}

void DataRequestBuilder::addItems(const Instrument &instrument, const ReportStrings &s,
                                  DataRequestModel &model)
{
    const QString language = s.language();
    model.prepareHeading = s.text(QT_TRANSLATE_NOOP("Report", "What to have ready"));
    model.prepareHeaders = {s.text(QT_TRANSLATE_NOOP("Report", "Document or figure")),
                            s.text(QT_TRANSLATE_NOOP("Report", "For criterion"))};
    // Grouped by who provides them, in the catalog's order of providers, so each person in
    // the service finds their own part in one place.
    for (const Provider &provider : instrument.providers()) {
        DataRequestModel::ProviderGroup group {provider.name.text(language), {}};
        for (const Criterion &criterion : instrument.criteria())
            for (const PreparationItem &item : criterion.preparation)
                if (item.provider == provider.key)
                    group.items << DataRequestModel::Item {item.text.text(language),
                                                           numberedTitle(criterion, language)};
        if (!group.items.isEmpty())
            model.providers << group;
    }
    if (model.providers.isEmpty())
        model.noItemsText
            = s.text(QT_TRANSLATE_NOOP("Report",
                                       "This criteria set names no documents to prepare. The "
                                       "reviewers will agree with you what to look at, guided "
                                       "by the evidence listed for each criterion below."));
}

void DataRequestBuilder::addFigures(const Instrument &instrument, const ReportStrings &s,
                                    DataRequestModel &model)
{
    const QString language = s.language();
    const auto labels = [&language](const QList<WorkbookField> &fields) {
        QStringList texts;
        for (const WorkbookField &field : fields)
            texts << field.label.text(language);
        return texts;
    };
    const QStringList coaches = labels(instrument.workbookFields(WorkbookTable::Coaches));
    const QStringList records = labels(instrument.workbookFields(WorkbookTable::Records));
    if (!coaches.isEmpty())
        model.figureGroups << DataRequestModel::FigureGroup {
            s.text(QT_TRANSLATE_NOOP("Report", "For each job coach")), coaches};
    if (!records.isEmpty())
        model.figureGroups << DataRequestModel::FigureGroup {
            s.text(QT_TRANSLATE_NOOP("Report", "For each client record in the sample")), records};
    // A catalog without a workbook still has the figures its numeric rules are computed from.
    if (model.figureGroups.isEmpty()) {
        for (const Criterion &criterion : instrument.criteria()) {
            QStringList inputs;
            for (const EvidenceInput &input : criterion.rule.inputs)
                inputs << input.label.text(language);
            if (!inputs.isEmpty())
                model.figureGroups
                    << DataRequestModel::FigureGroup {numberedTitle(criterion, language), inputs};
        }
    }
    if (model.figureGroups.isEmpty())
        return;
    model.figuresHeading
        = s.text(QT_TRANSLATE_NOOP("Report", "Figures we will compute on the visit"));
    model.figuresIntro = s.text(QT_TRANSLATE_NOOP(
        "Report",
        "On the visit we fill in the figures below together with you; the numbers of "
        "the criteria are computed from them. Having them at hand saves time."));
    model.pseudonymNote = s.text(QT_TRANSLATE_NOOP(
        "Report",
        "Client records are identified by pseudonymous codes only (for example A01, "
        "A02): no client's name or personal identity code is written down."));
}

void DataRequestBuilder::addEvidence(const Instrument &instrument, const ReportStrings &s,
                                     DataRequestModel &model)
{
    const QString language = s.language();
    model.evidenceHeading = s.text(QT_TRANSLATE_NOOP("Report", "Evidence for each criterion"));
    model.evidenceIntro = s.text(QT_TRANSLATE_NOOP(
        "Report",
        "Each criterion is rated from the kinds of evidence named beside it: the "
        "reviewers will ask for interviews, records and observations accordingly."));
    model.evidenceHeaders = {s.text(QT_TRANSLATE_NOOP("Report", "Criterion")),
                             s.text(QT_TRANSLATE_NOOP("Report", "Evidence"))};
    for (const Section &section : instrument.sections()) {
        DataRequestModel::EvidenceSection group {section.name.text(language), {}};
        for (const QString &id : section.criterionIds) {
            const Criterion *criterion = instrument.criterion(id);
            if (!criterion)
                continue;
            QStringList sources;
            for (const QString &key : criterion->sources)
                if (const EvidenceSource *source = instrument.source(key))
                    sources << source->name.text(language);
            group.rows << DataRequestModel::EvidenceRow {numberedTitle(*criterion, language),
                                                         sources.join(QStringLiteral(", "))};
        }
        if (!group.rows.isEmpty())
            model.evidence << group;
    }
}

} // namespace laatu
