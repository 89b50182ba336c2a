#include "VisitPlanBuilder.h"

#include "ReportStrings.h"

#include "LaatuVersion.h"
#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "review/ReviewTextCheck.h"
#include "storage/ReviewRepository.h"

#include <map>

namespace laatu {

namespace {
QString dayHeading(const ReportStrings &s, const ReviewHeader &review, int day)
{
    const QDate date = review.visitStart.isValid() ? review.visitStart.addDays(day - 1) : QDate();
    // A day past the visit's last (the dates were moved after the plan was made) is named
    // by its number alone rather than by a date nobody agreed.
    if (!date.isValid() || (review.visitEnd.isValid() && date > review.visitEnd))
        return s.text(QT_TRANSLATE_NOOP("Report", "Day %1")).arg(day);
    return s.text(QT_TRANSLATE_NOOP("Report", "Day %1: %2 %3"))
        .arg(day)
        .arg(s.locale().standaloneDayName(date.dayOfWeek()), s.date(date));
}
} // namespace

VisitPlanModel VisitPlanBuilder::build(const Instrument &instrument,
                                       const ReviewDocument &unsafeReview, const QString &language,
                                       const QDate &createdOn)
{
    // As in the report: a text stored before the text rules prints a replacement character
    // for a control or bidi-override character instead of the character itself.
    const ReviewDocument review = ReviewTextCheck::printable(unsafeReview);
    const ReportStrings s(language);
    VisitPlanModel model;
    model.language = s.language();
    model.title = s.text(QT_TRANSLATE_NOOP("Report", "Site visit plan"));
    QStringList names;
    for (const Rater &rater : review.raters)
        names << rater.name;
    model.author = names.join(QStringLiteral(", "));
    const QString visit = s.dateRange(review.review.visitStart, review.review.visitEnd);
    model.headerText = review.site.name;
    model.footerText
        = QStringLiteral("%1 %2").arg(s.text(QT_TRANSLATE_NOOP("Report", "Site visit")), visit);
    model.kicker = instrument.name().text(s.language());
    model.siteName = review.site.name;
    // A letter names what is known and leaves out what is not: no dashes for empty fields.
    const auto add = [&model](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            model.fields << VisitPlanModel::Field {label, value};
    };
    add(s.text(QT_TRANSLATE_NOOP("Report", "Organisation")), review.site.organisation);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Unit")), review.site.unit);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Municipality")), review.site.municipality);
    // A county that runs the service itself is the organisation already: named once.
    if (review.site.county != review.site.organisation)
        add(s.text(QT_TRANSLATE_NOOP("Report", "Wellbeing services county")), review.site.county);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Site visit")), visit);
    add(s.text(QT_TRANSLATE_NOOP("Report", "Reviewers")), model.author);
    model.intro = s.text(QT_TRANSLATE_NOOP(
        "Report",
        "This is the agenda we propose for the site visit. Please check that the times suit "
        "the people named and tell us about anything that should change; we send the agreed "
        "plan back before the visit."));
    model.headers
        = {s.text(QT_TRANSLATE_NOOP("Report", "Time")), s.text(QT_TRANSLATE_NOOP("Report", "What")),
           s.text(QT_TRANSLATE_NOOP("Report", "With whom")),
           s.text(QT_TRANSLATE_NOOP("Report", "Where"))};
    // Day by day; within a day the order the reviewers arranged (not sorted by time, since
    // they may mean an order the clock does not show).
    std::map<int, QList<VisitPlanModel::Row>> days;
    for (const VisitPlanItem &item : review.visitPlan.items) {
        QString time = VisitPlanTimes::toText(item.start);
        if (item.end.isValid())
            time += QStringLiteral("\u2013") + VisitPlanTimes::toText(item.end);
        days[item.day] << VisitPlanModel::Row {time, item.activity, item.participants, item.place};
    }
    for (const auto &[day, rows] : days)
        model.days << VisitPlanModel::Day {dayHeading(s, review.review, day), rows};
    if (model.days.isEmpty())
        model.emptyText = s.text(QT_TRANSLATE_NOOP(
            "Report", "The agenda has not been drawn up yet; the reviewers will send it."));
    model.consentNote = s.text(
        QT_TRANSLATE_NOOP("Report",
                          "Interviews with clients and a coach's day in the field need the "
                          "clients' consent; please ask for it in advance. Thank you for "
                          "arranging the visit."));
    model.generatedText = s.text(QT_TRANSLATE_NOOP("Report", "Created with Laatu %1 on %2"))
                              .arg(QStringLiteral(LAATU_VERSION_STRING), s.date(createdOn));
    return model;
}

StorageError VisitPlanBuilder::fromDatabase(ReviewRepository &repository, qint64 reviewId,
                                            const QString &language, VisitPlanModel &model,
                                            const QDate &createdOn)
{
    ReviewDocument review;
    const Instrument *instrument = nullptr;
    if (StorageError error = repository.loadReviewWithCatalog(reviewId, review, instrument))
        return error;
    model = build(*instrument, review, language, createdOn);
    return {};
}

} // namespace laatu
