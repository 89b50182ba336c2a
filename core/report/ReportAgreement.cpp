// The report's agreement section, a part of ReportBuilder in a file of its own: which reviewers
// rated independently, the figures over the criteria all of them rated, the criteria rated
// differently and the written reasons for differences of two points or more.
#include "ReportBuilder.h"

#include "ReportStrings.h"

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "scoring/Agreement.h"

namespace laatu {

namespace {
// The reviewers who rated on their own sheets, and their ratings of the criteria every one of
// them rated. A reviewer whose sheet is empty (a review rated as consensus only) did not rate
// independently, whatever the list of reviewers says.
struct IndependentRatings
{
    QList<int> raters; // indexes into the review's raters
    QList<RatingSheet> full; // their sheets as rated
    QList<RatingSheet> common; // their sheets, only the criteria all of them rated
    int commonCount = 0;
};

IndependentRatings independentRatings(const ReviewDocument &review, const Instrument &instrument)
{
    const auto rated = [&instrument](std::optional<int> value) {
        return value && *value >= instrument.ratingMin() && *value <= instrument.ratingMax();
    };
    const QList<RatingSheet> sheets = review.raterSheets();
    IndependentRatings result;
    for (int r = 0; r < sheets.size(); ++r) {
        for (const Criterion &criterion : instrument.criteria()) {
            if (rated(sheets.at(r).rating(criterion.id))) {
                result.raters << r;
                result.full << sheets.at(r);
                result.common << RatingSheet(sheets.at(r).raterName());
                break;
            }
        }
    }
    if (result.raters.size() < 2)
        return result;
    for (const Criterion &criterion : instrument.criteria()) {
        bool byAll = true;
        for (const RatingSheet &sheet : std::as_const(result.full))
            byAll = byAll && rated(sheet.rating(criterion.id));
        if (!byAll)
            continue;
        ++result.commonCount;
        for (int i = 0; i < result.full.size(); ++i)
            result.common[i].setRating(criterion.id, *result.full.at(i).rating(criterion.id));
    }
    return result;
}

QString consensusReason(const ReviewDocument &review, const QString &criterionId)
{
    for (const RatingEntry &rating : review.ratings) {
        if (rating.raterUuid.isEmpty() && rating.criterionId == criterionId)
            return rating.reason.trimmed();
    }
    return {};
}
} // namespace

void ReportBuilder::addAgreement(const Input &input, const ReportStrings &s, ReportModel &model)
{
    const IndependentRatings independent = independentRatings(input.review, input.instrument);
    // Fewer than two reviewers rated on their own, or they rated no criterion in common:
    // there is nothing to compare, so the report says nothing about agreement.
    if (independent.raters.size() < 2 || independent.commonCount == 0)
        return;
    const Agreement agreement = Agreement::compute(input.instrument, independent.common);
    const QString language = s.language();
    model.hasAgreement = true;
    model.agreementHeading = s.text(QT_TRANSLATE_NOOP("Report", "Agreement between reviewers"));
    model.agreementIntro
        = s.text(QT_TRANSLATE_NOOP("Report",
                                   "%1 reviewers rated the criteria independently before they "
                                   "agreed the consensus ratings. The figures are of the %2 of "
                                   "%3 criteria that each of them rated."))
              .arg(s.number(static_cast<int>(independent.raters.size())),
                   s.number(agreement.compared),
                   s.number(static_cast<int>(input.instrument.criteria().size())));
    const auto share = [&s, &agreement](int count) {
        return s.text(QT_TRANSLATE_NOOP("Report", "%1 of %2 (%3)"))
            .arg(s.number(count), s.number(agreement.compared),
                 s.percent(count, agreement.compared));
    };
    model.agreementFigures
        << ReportModel::Field {s.text(QT_TRANSLATE_NOOP("Report", "Same rating")),
                               share(agreement.exact)}
        << ReportModel::Field {s.text(QT_TRANSLATE_NOOP("Report", "Within one point")),
                               share(agreement.withinOne)}
        << ReportModel::Field {s.text(QT_TRANSLATE_NOOP("Report", "Two points or more apart")),
                               s.number(static_cast<int>(agreement.differByTwoOrMore.size()))};
    if (agreement.weightedKappa)
        model.agreementFigures << ReportModel::Field {
            s.text(QT_TRANSLATE_NOOP("Report", "Weighted kappa (quadratic weights)")),
            s.decimal(*agreement.weightedKappa, 2)};
    model.agreementHeaders << s.text(QT_TRANSLATE_NOOP("Report", "No."))
                           << s.text(QT_TRANSLATE_NOOP("Report", "Criterion"));
    for (const int rater : independent.raters)
        model.agreementHeaders << input.review.raters.at(rater).name;
    model.agreementHeaders << s.text(QT_TRANSLATE_NOOP("Report", "Consensus"));
    const RatingSheet consensus = input.review.consensus();
    for (const Agreement::Item &item : agreement.items) {
        const Criterion *criterion = input.instrument.criterion(item.criterionId);
        if (!criterion || !item.compared || item.spread == 0)
            continue;
        ReportModel::AgreementRow row;
        row.number = criterion->number;
        row.title = criterion->title.text(language);
        for (const std::optional<int> &rating : item.ratings)
            row.ratings << s.rating(rating);
        row.consensus = s.rating(consensus.rating(item.criterionId));
        row.spread = item.spread;
        model.agreementRows << row;
    }
    model.agreementAllSame
        = s.text(QT_TRANSLATE_NOOP("Report",
                                   "The reviewers gave the same rating to each of these %1 "
                                   "criteria."))
              .arg(s.number(agreement.compared));

    // The reasons follow the rule the review is finalised by: a criterion that two of the
    // independent reviewers rated two points or more apart, whoever else rated it.
    const Agreement all = Agreement::compute(input.instrument, independent.full);
    model.agreementReasonsHeading
        = s.text(QT_TRANSLATE_NOOP("Report", "Reasons for differences of two points or more"));
    for (const QString &criterionId : all.differByTwoOrMore) {
        const Criterion *criterion = input.instrument.criterion(criterionId);
        if (!criterion)
            continue;
        const QString reason = consensusReason(input.review, criterionId);
        model.agreementReasons << ReportModel::Field {
            ReportStrings::numbered(criterion->number, criterion->title.text(language)),
            reason.isEmpty() ? s.text(QT_TRANSLATE_NOOP("Report", "No reason has been written."))
                             : reason};
    }
}

} // namespace laatu
