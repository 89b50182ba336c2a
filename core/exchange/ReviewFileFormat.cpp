#include "ReviewFileFormat.h"

#include "VisitPlanJson.h"
#include "WorkbookJson.h"

#include "HandOut.h"

#include "instrument/JsonChecker.h"
#include "instrument/JsonDuplicateKeys.h"
#include "review/ReviewTextCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace laatu {

namespace {
QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Reads the typed pieces of a review file, collecting every problem.
class Reader
{
public:
    JsonChecker checker;

private:
    // Marks an object already reported as missing. Random per reader, so no file can carry it.
    const QString m_brokenKey = QUuid::createUuid().toString();

public:
    // An object that is missing or of the wrong type is reported once; reading fields from it
    // then stays silent, so one fault gives one message instead of one per field.
    QJsonObject object(const QJsonValue &value, const QString &where)
    {
        if (value.isObject())
            return value.toObject();
        checker.object(value, where);
        return QJsonObject {{m_brokenKey, true}};
    }
    bool broken(const QJsonObject &object) const { return object.contains(m_brokenKey); }

    std::optional<int> integer(const QJsonObject &object, const char *key, const QString &where)
    {
        return broken(object) ? std::nullopt : checker.integer(object, QLatin1String(key), where);
    }

    bool boolean(const QJsonObject &object, const char *key, const QString &where)
    {
        return !broken(object) && checker.boolean(object, QLatin1String(key), false, where);
    }

    QString text(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        if (broken(object))
            return {};
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString()) {
            checker.fail(where,
                         ReviewFileFormat::tr("\"%1\" must be a text").arg(QLatin1String(key)));
            return {};
        }
        const QString result = value.toString();
        // JSON can carry lone surrogates ("\ud800") that no UTF-8 file or database can keep.
        if (!result.isValidUtf16())
            checker.fail(where,
                         ReviewFileFormat::tr("\"%1\" holds characters that are not valid text")
                             .arg(QLatin1String(key)));
        if (required && result.trimmed().isEmpty())
            checker.fail(where,
                         ReviewFileFormat::tr("\"%1\" must not be empty").arg(QLatin1String(key)));
        if (result.size() > ReviewFileFormat::kMaxTextLength)
            checker.fail(where,
                         ReviewFileFormat::tr("\"%1\" is longer than %2 characters")
                             .arg(QLatin1String(key))
                             .arg(ReviewFileFormat::kMaxTextLength));
        return result;
    }

    QString uuid(const QJsonObject &object, const QString &where)
    {
        const QString value = text(object, "uuid", where, true);
        if (value == QUuid().toString(QUuid::WithoutBraces))
            checker.fail(where,
                         ReviewFileFormat::tr("\"uuid\" is the nil UUID (all zeros), which "
                                              "names nothing"));
        else if (!value.isEmpty() && !ReviewFileFormat::isUuid(value))
            checker.fail(where, ReviewFileFormat::tr("\"uuid\" must be a lower-case UUID"));
        return value;
    }

    QDate date(const QJsonObject &object, const char *key, const QString &where, bool required)
    {
        const QString value = text(object, key, where, required);
        if (value.isEmpty())
            return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid() || date.year() < 2000 || date.year() > 2100)
            checker.fail(
                where,
                ReviewFileFormat::tr("\"%1\" must be a date YYYY-MM-DD between 2000 and 2100")
                    .arg(QLatin1String(key)));
        return date;
    }

    QDateTime time(const QJsonObject &object, const char *key, const QString &where)
    {
        static const QRegularExpression wholeSeconds(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
        const QString value = text(object, key, where, true);
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        // Whole seconds in UTC, as Laatu writes them: anything finer would not survive a round
        // trip.
        if (!value.isEmpty() && (!time.isValid() || !wholeSeconds.match(value).hasMatch()))
            checker.fail(where,
                         ReviewFileFormat::tr("\"%1\" must be a UTC time like 2026-05-04T09:30:00Z")
                             .arg(QLatin1String(key)));
        return time.toUTC();
    }

    QJsonArray list(const QJsonObject &object, const char *key, const QString &where, int maxItems)
    {
        if (broken(object))
            return {};
        const QJsonArray array = checker.array(object, QLatin1String(key), where);
        if (array.size() > maxItems)
            checker.fail(where,
                         ReviewFileFormat::tr("\"%1\" has more than %2 entries")
                             .arg(QLatin1String(key))
                             .arg(maxItems));
        return array.size() > maxItems ? QJsonArray() : array;
    }
};
// The one-rater marker: a file that says it holds one reviewer's part must hold exactly that,
// or an import could not tell it apart from a review that really has one reviewer.
void readOnlyRater(Reader &in, const QJsonObject &root, ReviewDocument &result)
{
    const QLatin1String key(ReviewFileFormat::kOnlyRaterKey);
    if (!root.contains(key))
        return;
    const QString where = ReviewFileFormat::tr("one-rater file");
    const QString uuid = in.text(root, ReviewFileFormat::kOnlyRaterKey, where, true);
    if (uuid.isEmpty())
        return;
    if (!ReviewFileFormat::isUuid(uuid)) {
        in.checker.fail(where, ReviewFileFormat::tr("\"%1\" must be a lower-case UUID").arg(key));
        return;
    }
    result.onlyRaterUuid = uuid;
    if (result.raters.size() != 1 || result.raters.constFirst().uuid != uuid)
        in.checker.fail(where,
                        ReviewFileFormat::tr("\"%1\" is %2, but the file must then hold exactly "
                                             "that one reviewer (it holds %n)",
                                             nullptr, static_cast<int>(result.raters.size()))
                            .arg(key, uuid));
    const bool hasConsensus
        = std::any_of(result.ratings.cbegin(), result.ratings.cend(),
                      [](const RatingEntry &entry) { return entry.raterUuid.isEmpty(); });
    if (hasConsensus || !result.findings.isEmpty() || !result.actions.isEmpty())
        in.checker.fail(where,
                        ReviewFileFormat::tr("a file with \"%1\" holds one reviewer's own "
                                             "ratings only: no consensus ratings, findings or "
                                             "actions")
                            .arg(key));
}
} // namespace

bool ReviewFileFormat::isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    // The nil UUID is the value of "no UUID": two files carrying it would be one thing.
    return pattern.match(text).hasMatch() && text != QUuid().toString(QUuid::WithoutBraces);
}

QByteArray ReviewFileFormat::toJson(ReviewDocument document)
{
    document.normalize();
    const Site &site = document.site;
    const ReviewHeader &review = document.review;
    QJsonArray raters;
    for (const Rater &rater : document.raters) {
        QJsonArray ratings;
        for (const RatingEntry &entry : document.ratings) {
            if (entry.raterUuid == rater.uuid)
                ratings.append(QJsonObject {{QStringLiteral("criterion"), entry.criterionId},
                                            {QStringLiteral("value"), entry.value}});
        }
        raters.append(QJsonObject {{QStringLiteral("uuid"), rater.uuid},
                                   {QStringLiteral("name"), rater.name},
                                   {QStringLiteral("ratings"), ratings}});
    }
    QJsonArray consensus;
    for (const RatingEntry &entry : document.ratings) {
        if (entry.raterUuid.isEmpty())
            consensus.append(QJsonObject {{QStringLiteral("criterion"), entry.criterionId},
                                          {QStringLiteral("value"), entry.value},
                                          {QStringLiteral("reason"), entry.reason}});
    }
    QJsonArray notes;
    for (const EvidenceNote &note : document.notes)
        notes.append(QJsonObject {{QStringLiteral("criterion"), note.criterionId},
                                  {QStringLiteral("source"), note.source},
                                  {QStringLiteral("text"), note.text}});
    QJsonArray numbers;
    for (const EvidenceNumber &number : document.numbers)
        numbers.append(QJsonObject {{QStringLiteral("criterion"), number.criterionId},
                                    {QStringLiteral("input"), number.inputKey},
                                    {QStringLiteral("value"), number.value}});
    QJsonArray elements;
    for (const ElementCheck &element : document.elements)
        elements.append(QJsonObject {{QStringLiteral("criterion"), element.criterionId},
                                     {QStringLiteral("element"), element.elementKey},
                                     {QStringLiteral("present"), element.present}});
    QJsonArray findings;
    for (const Finding &finding : document.findings)
        findings.append(QJsonObject {{QStringLiteral("uuid"), finding.uuid},
                                     {QStringLiteral("criterion"), finding.criterionId},
                                     {QStringLiteral("kind"), toKey(finding.kind)},
                                     {QStringLiteral("text"), finding.text}});
    QJsonArray actions;
    for (const ActionItem &action : document.actions)
        actions.append(
            QJsonObject {{QStringLiteral("uuid"), action.uuid},
                         {QStringLiteral("what"), action.what},
                         {QStringLiteral("who"), action.who},
                         {QStringLiteral("due"),
                          action.due.isValid() ? action.due.toString(Qt::ISODate) : QString()},
                         {QStringLiteral("status"), toKey(action.status)}});
    QJsonObject root {
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("formatVersion"),
         document.workbook.isEmpty() && document.visitPlan.isEmpty() ? 1 : kFormatVersion},
        {QStringLiteral("catalog"),
         QJsonObject {{QStringLiteral("id"), review.catalogId},
                      {QStringLiteral("version"), review.catalogVersion}}},
        {QStringLiteral("site"),
         QJsonObject {{QStringLiteral("uuid"), site.uuid},
                      {QStringLiteral("name"), site.name},
                      {QStringLiteral("organisation"), site.organisation},
                      {QStringLiteral("unit"), site.unit},
                      {QStringLiteral("municipality"), site.municipality},
                      {QStringLiteral("county"), site.county},
                      {QStringLiteral("archived"), site.archived}}},
        {QStringLiteral("review"),
         QJsonObject {{QStringLiteral("uuid"), review.uuid},
                      {QStringLiteral("kind"), toKey(review.kind)},
                      {QStringLiteral("visitStart"), review.visitStart.toString(Qt::ISODate)},
                      {QStringLiteral("visitEnd"), review.visitEnd.toString(Qt::ISODate)},
                      {QStringLiteral("status"), toKey(review.status)},
                      {QStringLiteral("createdAt"), isoTime(review.createdAt)},
                      {QStringLiteral("updatedAt"), isoTime(review.updatedAt)}}},
        {QStringLiteral("raters"), raters},
        {QStringLiteral("consensus"), consensus},
        {QStringLiteral("evidence"),
         QJsonObject {{QStringLiteral("notes"), notes},
                      {QStringLiteral("numbers"), numbers},
                      {QStringLiteral("elements"), elements}}},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("actions"), actions},
    };
    if (!document.workbook.isEmpty())
        root.insert(QStringLiteral("workbook"), WorkbookJson::toJson(document.workbook));
    if (!document.visitPlan.isEmpty())
        root.insert(QStringLiteral("visitPlan"), VisitPlanJson::toJson(document.visitPlan));
    // Only one-rater files carry the member, so every other file keeps its bytes.
    if (!document.onlyRaterUuid.isEmpty())
        root.insert(QLatin1String(kOnlyRaterKey), document.onlyRaterUuid);
    if (!document.handedOutToUuid.isEmpty())
        root.insert(QLatin1String(HandOut::kHandedOutToKey), document.handedOutToUuid);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ReviewDocument> ReviewFileFormat::fromJson(const QByteArray &json,
                                                         QStringList &errors)
{
    if (json.size() > kMaxFileBytes) {
        errors << tr("the file is larger than %1 MiB").arg(kMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    // A NUL byte is never JSON text; said plainly rather than as whatever it breaks later.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        errors << tr("the file holds a NUL byte at byte %1; a review file is UTF-8 text").arg(nul);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        errors << (parseError.error != QJsonParseError::NoError
                       ? tr("not valid JSON at byte %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString())
                       : tr("not a Laatu review file (the top level must be an object)"));
        return std::nullopt;
    }
    // QJsonDocument keeps the last of two equal keys without a word: a file that says one
    // thing to a reader of the text and another to Laatu is refused.
    if (const QStringList duplicates = JsonDuplicateKeys::find(json); !duplicates.isEmpty()) {
        errors << duplicates;
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName)) {
        errors << tr("not a Laatu review file (\"format\" must be \"%1\")")
                      .arg(QLatin1String(kFormatName));
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("formatVersion")).toInt(0);
    if (version < 1 || version > kFormatVersion) {
        errors << (version > kFormatVersion
                       ? tr("the review file format %1 is newer than this Laatu reads (%2); update "
                            "Laatu")
                             .arg(version)
                             .arg(kFormatVersion)
                       : tr("\"formatVersion\" must be 1 or %1").arg(kFormatVersion));
        return std::nullopt;
    }
    Reader in;
    ReviewDocument result;
    const QJsonObject catalog = in.object(root.value(QStringLiteral("catalog")), tr("catalog"));
    result.review.catalogId = in.text(catalog, "id", tr("catalog"), true);
    result.review.catalogVersion = in.text(catalog, "version", tr("catalog"), true);

    const QString siteWhere = tr("site");
    const QJsonObject site = in.object(root.value(QStringLiteral("site")), siteWhere);
    result.site.uuid = in.uuid(site, siteWhere);
    result.site.name = in.text(site, "name", siteWhere, true);
    result.site.organisation = in.text(site, "organisation", siteWhere, false);
    result.site.unit = in.text(site, "unit", siteWhere, false);
    result.site.municipality = in.text(site, "municipality", siteWhere, false);
    result.site.county = in.text(site, "county", siteWhere, false);
    result.site.archived = in.boolean(site, "archived", siteWhere);

    const QString reviewWhere = tr("review");
    const QJsonObject review = in.object(root.value(QStringLiteral("review")), reviewWhere);
    result.review.uuid = in.uuid(review, reviewWhere);
    const QString kind = in.text(review, "kind", reviewWhere, true);
    if (const auto parsed = reviewKindFromKey(kind))
        result.review.kind = *parsed;
    else if (!kind.isEmpty())
        in.checker.fail(reviewWhere,
                        tr("unknown kind \"%1\" (external or self-assessment)").arg(kind));
    const QString status = in.text(review, "status", reviewWhere, true);
    if (const auto parsed = reviewStatusFromKey(status))
        result.review.status = *parsed;
    else if (!status.isEmpty())
        in.checker.fail(reviewWhere,
                        tr("unknown status \"%1\" (draft, consensus or final)").arg(status));
    result.review.visitStart = in.date(review, "visitStart", reviewWhere, true);
    result.review.visitEnd = in.date(review, "visitEnd", reviewWhere, true);
    if (result.review.visitStart.isValid() && result.review.visitEnd.isValid()
        && result.review.visitEnd < result.review.visitStart)
        in.checker.fail(reviewWhere, tr("the visit ends before it starts"));
    result.review.createdAt = in.time(review, "createdAt", reviewWhere);
    result.review.updatedAt = in.time(review, "updatedAt", reviewWhere);

    const QJsonArray raters = in.list(root, "raters", {}, 10);
    for (int i = 0; i < raters.size(); ++i) {
        const QString where = tr("reviewer %1").arg(i + 1);
        const QJsonObject rater = in.object(raters.at(i), where);
        Rater parsed {in.uuid(rater, where), in.text(rater, "name", where, true)};
        for (const QJsonValue &value : in.list(rater, "ratings", where, 200)) {
            const QJsonObject rating = in.object(value, where);
            result.ratings << RatingEntry {parsed.uuid, in.text(rating, "criterion", where, true),
                                           in.integer(rating, "value", where).value_or(0),
                                           QString()};
        }
        result.raters << parsed;
    }
    for (const QJsonValue &value : in.list(root, "consensus", {}, 200)) {
        const QString where = tr("consensus");
        const QJsonObject rating = in.object(value, where);
        result.ratings << RatingEntry {QString(), in.text(rating, "criterion", where, true),
                                       in.integer(rating, "value", where).value_or(0),
                                       in.text(rating, "reason", where, false)};
    }
    const QJsonObject evidence = in.object(root.value(QStringLiteral("evidence")), tr("evidence"));
    for (const QJsonValue &value : in.list(evidence, "notes", tr("evidence"), 2000)) {
        const QJsonObject note = in.object(value, tr("evidence note"));
        result.notes << EvidenceNote {in.text(note, "criterion", tr("evidence note"), true),
                                      in.text(note, "source", tr("evidence note"), true),
                                      in.text(note, "text", tr("evidence note"), true)};
    }
    for (const QJsonValue &value : in.list(evidence, "numbers", tr("evidence"), 2000)) {
        const QJsonObject number = in.object(value, tr("evidence number"));
        result.numbers << EvidenceNumber {in.text(number, "criterion", tr("evidence number"), true),
                                          in.text(number, "input", tr("evidence number"), true),
                                          in.text(number, "value", tr("evidence number"), true)};
    }
    for (const QJsonValue &value : in.list(evidence, "elements", tr("evidence"), 2000)) {
        const QJsonObject element = in.object(value, tr("evidence element"));
        result.elements << ElementCheck {
            in.text(element, "criterion", tr("evidence element"), true),
            in.text(element, "element", tr("evidence element"), true),
            in.boolean(element, "present", tr("evidence element"))};
    }
    for (const QJsonValue &value : in.list(root, "findings", {}, 2000)) {
        const QJsonObject finding = in.object(value, tr("finding"));
        Finding parsed {in.uuid(finding, tr("finding")),
                        in.text(finding, "criterion", tr("finding"), false), FindingKind::Strength,
                        in.text(finding, "text", tr("finding"), true)};
        const QString findingKind = in.text(finding, "kind", tr("finding"), true);
        if (const auto kindValue = findingKindFromKey(findingKind))
            parsed.kind = *kindValue;
        else if (!findingKind.isEmpty())
            in.checker.fail(
                tr("finding"),
                tr("unknown kind \"%1\" (strength or recommendation)").arg(findingKind));
        result.findings << parsed;
    }
    for (const QJsonValue &value : in.list(root, "actions", {}, 2000)) {
        const QJsonObject action = in.object(value, tr("action"));
        ActionItem parsed {in.uuid(action, tr("action")),
                           in.text(action, "what", tr("action"), true),
                           in.text(action, "who", tr("action"), false),
                           in.date(action, "due", tr("action"), false), ActionStatus::Open};
        const QString actionStatus = in.text(action, "status", tr("action"), true);
        if (const auto statusValue = actionStatusFromKey(actionStatus))
            parsed.status = *statusValue;
        else if (!actionStatus.isEmpty())
            in.checker.fail(tr("action"), tr("unknown status \"%1\"").arg(actionStatus));
        result.actions << parsed;
    }
    for (const QString &problem : WorkbookJson::readMember(root, version, result.workbook)
             + VisitPlanJson::readMember(root, version, result.visitPlan))
        in.checker.fail({}, problem);
    readOnlyRater(in, root, result);
    for (const QString &problem : HandOut::readMarker(root, result))
        in.checker.fail(tr("hand-out file"), problem);
    errors << in.checker.errors();
    // Each text against its field's rule; after the shape, so one fault gives one message.
    if (errors.isEmpty())
        errors << ReviewTextCheck::problems(result);
    if (!errors.isEmpty())
        return std::nullopt;
    result.normalize();
    return result;
}

} // namespace laatu
