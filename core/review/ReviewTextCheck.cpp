#include "ReviewTextCheck.h"

#include "text/TextRules.h"

#include <functional>

namespace laatu {

namespace {
using Kind = TextRules::Kind;
using Visit = std::function<void(const QString &where, const char *field, QString &text, Kind)>;

void visitSite(Site &site, const Visit &visit)
{
    const QString where = ReviewTextCheck::tr("site");
    visit(where, "uuid", site.uuid, Kind::Name);
    visit(where, "name", site.name, Kind::Name);
    visit(where, "organisation", site.organisation, Kind::Name);
    visit(where, "unit", site.unit, Kind::Name);
    visit(where, "municipality", site.municipality, Kind::Name);
    visit(where, "county", site.county, Kind::Name);
}

// Every text of a review with the rule of its field. Ids and keys (catalog, criteria,
// sources, inputs) are checked against the catalog elsewhere, and held to the name rule here.
void visitDocument(ReviewDocument &document, const Visit &visit)
{
    visitSite(document.site, visit);
    visit(ReviewTextCheck::tr("review"), "uuid", document.review.uuid, Kind::Name);
    visit(ReviewTextCheck::tr("catalog"), "id", document.review.catalogId, Kind::Name);
    visit(ReviewTextCheck::tr("catalog"), "version", document.review.catalogVersion, Kind::Name);
    for (int i = 0; i < document.raters.size(); ++i) {
        const QString where = ReviewTextCheck::tr("reviewer %1").arg(i + 1);
        visit(where, "uuid", document.raters[i].uuid, Kind::Name);
        visit(where, "name", document.raters[i].name, Kind::Name);
    }
    for (RatingEntry &rating : document.ratings) {
        const QString where = rating.raterUuid.isEmpty() ? ReviewTextCheck::tr("consensus")
                                                         : ReviewTextCheck::tr("rating");
        visit(where, "criterion", rating.criterionId, Kind::Name);
        visit(where, "reason", rating.reason, Kind::Note);
    }
    for (EvidenceNote &note : document.notes) {
        const QString where = ReviewTextCheck::tr("evidence note");
        visit(where, "criterion", note.criterionId, Kind::Name);
        visit(where, "source", note.source, Kind::Name);
        visit(where, "text", note.text, Kind::Note);
    }
    for (EvidenceNumber &number : document.numbers) {
        const QString where = ReviewTextCheck::tr("evidence number");
        visit(where, "criterion", number.criterionId, Kind::Name);
        visit(where, "input", number.inputKey, Kind::Name);
        visit(where, "value", number.value, Kind::Name);
    }
    for (ElementCheck &element : document.elements) {
        const QString where = ReviewTextCheck::tr("evidence element");
        visit(where, "criterion", element.criterionId, Kind::Name);
        visit(where, "element", element.elementKey, Kind::Name);
    }
    for (Finding &finding : document.findings) {
        const QString where = ReviewTextCheck::tr("finding");
        visit(where, "criterion", finding.criterionId, Kind::Name);
        visit(where, "text", finding.text, Kind::Note);
    }
    for (ActionItem &action : document.actions) {
        const QString where = ReviewTextCheck::tr("action");
        visit(where, "what", action.what, Kind::Note);
        visit(where, "who", action.who, Kind::Name);
    }
    for (int i = 0; i < document.visitPlan.items.size(); ++i) {
        VisitPlanItem &item = document.visitPlan.items[i];
        const QString where = ReviewTextCheck::tr("visit plan item %1").arg(i + 1);
        visit(where, "uuid", item.uuid, Kind::Name);
        visit(where, "activity", item.activity, Kind::Note);
        visit(where, "participants", item.participants, Kind::Note);
        visit(where, "place", item.place, Kind::Name);
    }
}

Visit collector(QStringList &problems)
{
    return [&problems](const QString &where, const char *field, QString &text, Kind kind) {
        const QString problem = TextRules::fieldProblem(QLatin1String(field), text, kind);
        if (!problem.isEmpty())
            problems << ReviewTextCheck::tr("%1: %2").arg(where, problem);
    };
}

void makePrintable(const QString &, const char *, QString &text, Kind kind)
{
    text = TextRules::printable(text, kind);
}
} // namespace

QStringList ReviewTextCheck::siteProblems(const Site &site)
{
    QStringList problems;
    Site copy = site;
    visitSite(copy, collector(problems));
    return problems;
}

QStringList ReviewTextCheck::problems(const ReviewDocument &document)
{
    QStringList problems;
    ReviewDocument copy = document;
    visitDocument(copy, collector(problems));
    return problems;
}

ReviewDocument ReviewTextCheck::printable(ReviewDocument document)
{
    visitDocument(document, makePrintable);
    return document;
}

} // namespace laatu
