#include "ReportBuilder.h"

#include "ReportEvidence.h"
#include "ReportStrings.h"

#include "LaatuVersion.h"
#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "review/ReviewTextCheck.h"
#include "scoring/ScoreCard.h"

namespace laatu {

namespace {
const QString kDash = QStringLiteral("\u2013");

QString kindName(ReviewKind kind, const ReportStrings &s)
{
    return kind == ReviewKind::SelfAssessment
        ? s.text(QT_TRANSLATE_NOOP("Report", "Self-assessment"))
        : s.text(QT_TRANSLATE_NOOP("Report", "External review"));
}

QString statusName(ReviewStatus status, const ReportStrings &s)
{
    switch (status) {
    case ReviewStatus::Draft:
        return s.text(QT_TRANSLATE_NOOP("Report", "Draft"));
    case ReviewStatus::Consensus:
        return s.text(QT_TRANSLATE_NOOP("Report", "Consensus agreed"));
    case ReviewStatus::Final:
        return s.text(QT_TRANSLATE_NOOP("Report", "Final"));
    }
    return {};
}

// "+2", "−1" (a real minus sign), "0".
QString signedText(int delta, const ReportStrings &s)
{
    if (delta > 0)
        return QStringLiteral("+%1").arg(s.number(delta));
    if (delta < 0)
        return QStringLiteral("\u2212%1").arg(s.number(-delta));
    return s.number(0);
}

int sectionIndexOf(const Instrument &instrument, const QString &sectionId)
{
    for (int i = 0; i < instrument.sections().size(); ++i) {
        if (instrument.sections().at(i).id == sectionId)
            return i;
    }
    return 0;
}

// The appendix "What the figures rest on", the report's last part: ReportEvidence gives each
// numeric criterion's figures.
void addFigures(const ReportBuilder::Input &input, const ReportStrings &s, bool withRecordCodes,
                ReportModel &model)
{
    for (const Criterion &criterion : input.instrument.criteria()) {
        if (auto group = ReportEvidence::figures(input.instrument, criterion, input.review, s,
                                                 withRecordCodes))
            model.figures << *group;
    }
    // A review rated without a single figure gets no appendix, rather than an empty one.
    model.hasFigures = !model.figures.isEmpty();
    if (!model.hasFigures)
        return;
    model.figuresHeading = s.text(QT_TRANSLATE_NOOP("Report", "What the figures rest on"));
    model.figuresIntro = s.text(QT_TRANSLATE_NOOP(
        "Report",
        "The rule of a numeric criterion computes its number from two figures. Each "
        "figure was typed by a reviewer or computed from the evidence workbook (the "
        "coaches and the client records read on the visit); a typed figure is used "
        "instead of a computed one. The suggested rating is a suggestion only: the "
        "rating is the reviewers' own."));
}
} // namespace

ReportModel ReportBuilder::build(const Input &unsafeInput, const ReportOptions &options)
{
    // A review stored before the text rules could hold control or bidi-override characters;
    // the page shows a replacement character for each instead.
    const ReviewDocument review = ReviewTextCheck::printable(unsafeInput.review);
    const std::optional<ReviewDocument> previous = unsafeInput.previous
        ? std::optional<ReviewDocument>(ReviewTextCheck::printable(*unsafeInput.previous))
        : std::nullopt;
    const Input input {review, unsafeInput.instrument, unsafeInput.score,
                       previous ? &*previous : nullptr, unsafeInput.createdOn};
    const ReportStrings strings(options.language);
    ReportModel model;
    model.language = strings.language();
    model.title = input.review.review.kind == ReviewKind::SelfAssessment
        ? strings.text(QT_TRANSLATE_NOOP("Report", "Fidelity self-assessment report"))
        : strings.text(QT_TRANSLATE_NOOP("Report", "Fidelity review report"));
    QStringList names;
    for (const Rater &rater : input.review.raters)
        names << rater.name;
    model.author = names.join(QStringLiteral(", "));
    model.headerText = input.review.site.name;
    model.footerText = QStringLiteral("%1 %2").arg(
        strings.text(QT_TRANSLATE_NOOP("Report", "Site visit")),
        strings.dateRange(input.review.review.visitStart, input.review.review.visitEnd));
    // Until the review is final every page says it may still change.
    if (input.review.review.status != ReviewStatus::Final)
        model.draftMark = strings.text(QT_TRANSLATE_NOOP("Report", "DRAFT"));
    addCover(input, strings, model);
    addSummary(input, strings, model);
    addCriteria(input, strings, model);
    addAgreement(input, strings, model);
    addFindings(input, strings, model);
    addActions(input, strings, model);
    addChange(input, strings, model);
    if (options.withNotes)
        addNotes(input, strings, model);
    addSignatures(input, strings, model);
    addFigures(input, strings, options.includeRecordCodes, model);
    return model;
}

void ReportBuilder::addCover(const Input &input, const ReportStrings &s, ReportModel &model)
{
    const ReviewDocument &review = input.review;
    const QString language = s.language();
    model.coverKicker = input.instrument.name().text(language);
    model.siteName = review.site.name;
    QStringList names;
    for (const Rater &rater : review.raters)
        names << rater.name;
    const auto add = [&model](const QString &label, const QString &value) {
        model.coverFields << ReportModel::Field {label, value.isEmpty() ? kDash : value};
    };
    add(s.text(QT_TRANSLATE_NOOP("Report", "Organisation")), review.site.organisation);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Unit")), review.site.unit);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Municipality")), review.site.municipality);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Wellbeing services county")), review.site.county);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Review kind")), kindName(review.review.kind, s));
    add(s.text(QT_TRANSLATE_NOOP("Report", "Site visit")),
        s.dateRange(review.review.visitStart, review.review.visitEnd));
    add(s.text(QT_TRANSLATE_NOOP("Report", "Status")), statusName(review.review.status, s));
    add(s.text(QT_TRANSLATE_NOOP("Report", "Reviewers")), names.join(QStringLiteral(", ")));
    add(s.text(QT_TRANSLATE_NOOP("Report", "Criteria set")),
        s.text(QT_TRANSLATE_NOOP("Report", "%1, version %2"))
            .arg(input.instrument.name().text(language), review.review.catalogVersion));
    model.generatedText = s.text(QT_TRANSLATE_NOOP("Report", "Created with Laatu %1 on %2"))
                              .arg(QStringLiteral(LAATU_VERSION_STRING), s.date(input.createdOn));
}

void ReportBuilder::addSummary(const Input &input, const ReportStrings &s, ReportModel &model)
{
    const Instrument &instrument = input.instrument;
    const ScoreCard &score = input.score;
    const QString language = s.language();
    model.summaryHeading = s.text(QT_TRANSLATE_NOOP("Report", "Summary"));
    model.complete = score.isComplete();
    model.levelKey = score.levelKey();
    if (const Level *level = instrument.level(score.levelKey()); level && model.complete)
        model.levelName = level->name.text(language);
    else
        model.levelName = s.text(QT_TRANSLATE_NOOP("Report", "Not determined"));
    model.totalText = model.complete
        ? QStringLiteral("%1 / %2").arg(s.number(*score.total()), s.number(score.maximumTotal()))
        : kDash;
    model.meanText = model.complete ? score.meanText(s.locale()) : kDash;
    model.keyFigures << ReportModel::Field {s.text(QT_TRANSLATE_NOOP("Report", "Total score")),
                                            model.totalText}
                     << ReportModel::Field {s.text(QT_TRANSLATE_NOOP("Report", "Mean rating")),
                                            model.meanText}
                     << ReportModel::Field {s.text(QT_TRANSLATE_NOOP("Report", "Fidelity level")),
                                            model.levelName};
    if (!model.complete)
        model.incompleteText
            = s.text(QT_TRANSLATE_NOOP("Report",
                                       "The review is not complete: %1 of %2 criteria have a "
                                       "consensus rating (%3 points so far). The total, the mean "
                                       "and the level are given when every criterion is rated."))
                  .arg(s.number(score.ratedCount()), s.number(score.criterionCount()),
                       s.number(score.ratedTotal()));

    model.levelBandsHeading = s.text(QT_TRANSLATE_NOOP("Report", "Fidelity levels"));
    model.levelBandHeaders = {s.text(QT_TRANSLATE_NOOP("Report", "Level")),
                              s.text(QT_TRANSLATE_NOOP("Report", "Total")),
                              s.text(QT_TRANSLATE_NOOP("Report", "Description"))};
    int upper = instrument.maxTotal();
    for (const Level &level : instrument.levels()) {
        const int lower = std::max(level.minTotal, instrument.minTotal());
        model.levelBands << ReportModel::LevelBand {
            level.key, level.name.text(language),
            QStringLiteral("%1\u2013%2").arg(s.number(lower), s.number(upper)),
            level.description.text(language), model.complete && level.key == score.levelKey()};
        upper = level.minTotal - 1;
    }

    model.sectionsHeading = s.text(QT_TRANSLATE_NOOP("Report", "Section subtotals"));
    model.sectionHeaders = {s.text(QT_TRANSLATE_NOOP("Report", "Section")),
                            s.text(QT_TRANSLATE_NOOP("Report", "Criteria")),
                            s.text(QT_TRANSLATE_NOOP("Report", "Points")),
                            s.text(QT_TRANSLATE_NOOP("Report", "Mean"))};
    for (const ScoreCard::SectionScore &section : score.sections()) {
        const Section *catalogSection = instrument.section(section.sectionId);
        ReportModel::SectionRow row;
        row.id = section.sectionId;
        row.name = catalogSection ? catalogSection->name.text(language) : section.sectionId;
        row.subtotal = section.subtotal;
        row.maximum = section.maximum;
        row.rated = section.rated;
        row.criteria = section.criteria;
        row.scoreText
            = QStringLiteral("%1 / %2").arg(s.number(section.subtotal), s.number(section.maximum));
        // Rounded half up in hundredths, as the score card rounds the overall mean.
        if (section.isComplete() && section.criteria > 0)
            row.meanText = s.locale().toString(
                ((section.subtotal * 200 + section.criteria) / (2 * section.criteria)) / 100.0, 'f',
                2);
        model.sections << row;
    }

    model.chartHeading = s.text(QT_TRANSLATE_NOOP("Report", "Ratings by criterion"));
    model.chartCaption = s.text(QT_TRANSLATE_NOOP(
        "Report", "The consensus rating of each criterion, 1 to 5, coloured by section."));
    model.ratingMin = instrument.ratingMin();
    model.ratingMax = instrument.ratingMax();
    for (const Section &section : instrument.sections())
        model.chartSectionNames << section.name.text(language);
    const RatingSheet consensus = input.review.consensus();
    const RatingSheet previous = input.previous ? input.previous->consensus() : RatingSheet();
    if (input.previous)
        model.chartPreviousLabel = s.text(QT_TRANSLATE_NOOP("Report", "Previous review"));
    for (const Criterion &criterion : instrument.criteria()) {
        ReportModel::ChartBar bar;
        bar.number = criterion.number;
        bar.sectionIndex = sectionIndexOf(instrument, criterion.sectionId);
        const auto valid = [&instrument](std::optional<int> value) {
            return value && *value >= instrument.ratingMin() && *value <= instrument.ratingMax()
                ? value
                : std::nullopt;
        };
        bar.rating = valid(consensus.rating(criterion.id));
        if (input.previous)
            bar.previous = valid(previous.rating(criterion.id));
        model.chartBars << bar;
    }
}

void ReportBuilder::addCriteria(const Input &input, const ReportStrings &s, ReportModel &model)
{
    const QString language = s.language();
    model.criteriaHeading = s.text(QT_TRANSLATE_NOOP("Report", "Criteria and ratings"));
    model.criteriaHeaders = {s.text(QT_TRANSLATE_NOOP("Report", "No.")),
                             s.text(QT_TRANSLATE_NOOP("Report", "Criterion")),
                             s.text(QT_TRANSLATE_NOOP("Report", "Rating")),
                             s.text(QT_TRANSLATE_NOOP("Report", "What the rating means")),
                             s.text(QT_TRANSLATE_NOOP("Report", "Evidence"))};
    for (int i = 0; i < input.instrument.criteria().size(); ++i) {
        const Criterion &criterion = input.instrument.criteria().at(i);
        ReportModel::CriterionRow row;
        row.number = criterion.number;
        row.id = criterion.id;
        row.sectionIndex = sectionIndexOf(input.instrument, criterion.sectionId);
        row.title = criterion.title.text(language);
        row.rating = model.chartBars.at(i).rating;
        row.ratingText = s.rating(row.rating);
        if (row.rating) {
            const int anchor = *row.rating - input.instrument.ratingMin();
            row.anchor = criterion.anchors.value(anchor).text(language);
            // "In brief": an organisation's own catalog may have long anchors; the definition
            // is in the catalog, the report only reminds what the rating stands for.
            constexpr int kBrief = 180;
            if (row.anchor.size() > kBrief) {
                const int cut = row.anchor.lastIndexOf(QLatin1Char(' '), kBrief);
                row.anchor = row.anchor.left(cut > kBrief / 2 ? cut : kBrief) + QChar(0x2026);
            }
        } else {
            row.anchor = s.text(QT_TRANSLATE_NOOP("Report", "Not rated yet"));
        }
        QStringList sourceNames;
        for (const EvidenceSource &source : input.instrument.sources()) {
            for (const EvidenceNote &note : input.review.notes) {
                if (note.criterionId == criterion.id && note.source == source.key
                    && !note.text.trimmed().isEmpty()) {
                    sourceNames << source.name.text(language);
                    break;
                }
            }
        }
        row.evidence
            = ReportEvidence::summarize(input.instrument, criterion, input.review, sourceNames, s);
        model.criteria << row;
    }
}

void ReportBuilder::addChange(const Input &input, const ReportStrings &s, ReportModel &model)
{
    if (!input.previous)
        return;
    const ReviewDocument &previous = *input.previous;
    const QString language = s.language();
    model.hasChange = true;
    model.changeHeading = s.text(QT_TRANSLATE_NOOP("Report", "Change since the previous review"));
    model.changeIntro = s.text(QT_TRANSLATE_NOOP("Report",
                                                 "Compared with the previous review of the site: "
                                                 "%1, site visit %2."))
                            .arg(kindName(previous.review.kind, s).toLower(),
                                 s.dateRange(previous.review.visitStart, previous.review.visitEnd));
    model.changeHeaders = {s.text(QT_TRANSLATE_NOOP("Report", "No.")),
                           s.text(QT_TRANSLATE_NOOP("Report", "Criterion")),
                           s.text(QT_TRANSLATE_NOOP("Report", "Previous")),
                           s.text(QT_TRANSLATE_NOOP("Report", "This review")),
                           s.text(QT_TRANSLATE_NOOP("Report", "Change"))};
    // The previous review is scored against this review's catalog: criteria are matched by
    // their stable ids, so a newer catalog version still compares criterion by criterion.
    const ScoreCard previousScore = ScoreCard::compute(input.instrument, previous.consensus());
    for (int i = 0; i < input.instrument.criteria().size(); ++i) {
        const Criterion &criterion = input.instrument.criteria().at(i);
        const ReportModel::ChartBar &bar = model.chartBars.at(i);
        ReportModel::ChangeRow row;
        row.number = criterion.number;
        row.title = criterion.title.text(language);
        row.previous = s.rating(bar.previous);
        row.current = s.rating(bar.rating);
        row.delta = bar.previous && bar.rating ? *bar.rating - *bar.previous : 0;
        row.change = bar.previous && bar.rating ? signedText(row.delta, s) : kDash;
        model.changes << row;
    }
    ReportModel::ChangeRow &total = model.totalChange;
    total.title = s.text(QT_TRANSLATE_NOOP("Report", "Total"));
    total.previous = previousScore.total() ? s.number(*previousScore.total()) : kDash;
    total.current = input.score.total() ? s.number(*input.score.total()) : kDash;
    const bool both = previousScore.total() && input.score.total();
    total.delta = both ? *input.score.total() - *previousScore.total() : 0;
    total.change = both ? signedText(total.delta, s) : kDash;
}

} // namespace laatu
