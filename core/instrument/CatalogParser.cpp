#include "CatalogParser.h"

#include "CatalogReader.h"
#include "JsonDuplicateKeys.h"
#include "RuleParser.h"
#include "VisitDeclarationParser.h"

#include "text/TextRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace laatu {

namespace {
bool isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(key).hasMatch();
}
} // namespace

std::optional<Instrument> CatalogParser::parse(const QByteArray &json)
{
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0) {
        m_checker.fail(
            {}, tr("the file holds a NUL byte at byte %1; a catalog is UTF-8 text").arg(nul));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_checker.fail({},
                       tr("not valid JSON at byte %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        m_checker.fail({}, tr("the catalog must be a JSON object"));
        return std::nullopt;
    }
    // QJsonDocument keeps the last of two equal keys; a catalog must mean one thing.
    if (m_duplicateKeyScan)
        for (const QString &duplicate : JsonDuplicateKeys::find(json))
            m_checker.fail({}, duplicate);
    const QJsonObject root = document.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format != QLatin1String(CatalogReader::kFormatName)) {
        m_checker.fail({},
                       tr("not a Laatu criteria catalog (\"format\" must be \"%1\")")
                           .arg(QLatin1String(CatalogReader::kFormatName)));
        return std::nullopt;
    }
    const int formatVersion = root.value(QStringLiteral("formatVersion")).toInt(0);
    if (formatVersion != CatalogReader::kFormatVersion) {
        m_checker.fail({},
                       formatVersion > CatalogReader::kFormatVersion
                           ? tr("catalog format version %1 is newer than this Laatu reads "
                                "(%2); update Laatu")
                                 .arg(formatVersion)
                                 .arg(CatalogReader::kFormatVersion)
                           : tr("\"formatVersion\" must be %1").arg(CatalogReader::kFormatVersion));
        return std::nullopt;
    }

    const Instrument::Header header = parseHeader(root);
    const QList<EvidenceSource> sources = parseSources(root);
    VisitDeclarationParser visitParser(m_checker);
    const VisitDeclarations visit = visitParser.parseTopLevel(root);

    QList<Section> sections;
    QList<Criterion> criteria;
    const QJsonArray sectionArray = m_checker.array(root, QStringLiteral("sections"), {});
    if (root.value(QStringLiteral("sections")).isArray() && sectionArray.isEmpty())
        m_checker.fail({}, tr("the catalog has no sections"));
    QSet<QString> sectionIds;
    for (int s = 0; s < sectionArray.size(); ++s) {
        const QString sectionWhere = tr("section %1").arg(s + 1);
        const QJsonObject object = m_checker.object(sectionArray.at(s), sectionWhere);
        Section section;
        section.id = m_checker.string(object, QStringLiteral("id"), sectionWhere);
        const QString where
            = section.id.isEmpty() ? sectionWhere : tr("section %1").arg(section.id);
        if (!section.id.isEmpty() && sectionIds.contains(section.id))
            m_checker.fail(where, tr("duplicate section id"));
        sectionIds.insert(section.id);
        section.name = m_checker.text(object, QStringLiteral("name"), where);
        const QJsonArray criterionArray
            = m_checker.array(object, QStringLiteral("criteria"), where);
        if (object.value(QStringLiteral("criteria")).isArray() && criterionArray.isEmpty())
            m_checker.fail(where, tr("the section has no criteria"));
        for (int c = 0; c < criterionArray.size(); ++c) {
            const QString criterionWhere = tr("%1, criterion %2").arg(where).arg(c + 1);
            const QJsonObject criterionObject
                = m_checker.object(criterionArray.at(c), criterionWhere);
            Criterion criterion
                = parseCriterion(criterionObject, section.id, criterionWhere, header);
            visitParser.parseCriterion(
                criterionObject,
                criterion.id.isEmpty() ? criterionWhere : tr("criterion %1").arg(criterion.id),
                criterion);
            section.criterionIds << criterion.id;
            criteria << criterion;
        }
        sections << section;
    }
    // -1 must not pass for "not declared": the count is what catches a missing criterion.
    const std::optional<int> declaredCount
        = m_checker.integer(root, QStringLiteral("criterionCount"), {});
    if (declaredCount && *declaredCount < 1)
        m_checker.fail({}, tr("\"criterionCount\" must be at least 1, not %1").arg(*declaredCount));
    checkNumbering(criteria, declaredCount && *declaredCount >= 1 ? *declaredCount : -1);
    const int lowestPossibleTotal = static_cast<int>(criteria.size()) * header.ratingMin;
    const QList<Level> levels = parseLevels(root, lowestPossibleTotal);

    if (!m_checker.errors().isEmpty())
        return std::nullopt;
    return Instrument(header, sources, sections, criteria, levels, visit);
}

Instrument::Header CatalogParser::parseHeader(const QJsonObject &root)
{
    Instrument::Header header;
    const QJsonArray languages = m_checker.array(root, QStringLiteral("languages"), {});
    for (const QJsonValue &value : languages) {
        const QString language = value.toString();
        if (language.size() != 2 || !isValidKey(language))
            m_checker.fail(
                {},
                tr("\"%1\" is not a two-letter language code").arg(TextRules::oneLine(language)));
        else if (header.languages.contains(language))
            m_checker.fail({}, tr("the language \"%1\" is listed twice").arg(language));
        else
            header.languages << language;
    }
    if (header.languages.isEmpty())
        m_checker.fail({}, tr("the catalog must name at least one language"));
    m_checker.setLanguages(header.languages);

    header.id = m_checker.string(root, QStringLiteral("id"), {});
    if (!header.id.isEmpty() && !isValidKey(header.id))
        m_checker.fail(
            {},
            tr("the catalog id \"%1\" may hold only a-z, 0-9 and single hyphens").arg(header.id));
    header.version = m_checker.string(root, QStringLiteral("version"), {});
    header.name = m_checker.text(root, QStringLiteral("name"), {});
    header.description
        = m_checker.text(root, QStringLiteral("description"), {}, TextRules::Kind::Note);

    const QJsonObject scale
        = m_checker.object(root.value(QStringLiteral("ratingScale")), tr("ratingScale"));
    header.ratingMin
        = m_checker.integer(scale, QStringLiteral("min"), tr("ratingScale")).value_or(1);
    header.ratingMax
        = m_checker.integer(scale, QStringLiteral("max"), tr("ratingScale")).value_or(5);
    if (header.ratingMin < 0 || header.ratingMax > 100 || header.ratingMin >= header.ratingMax)
        m_checker.fail(tr("ratingScale"), tr("the scale must run upwards within 0-100"));
    return header;
}

QList<EvidenceSource> CatalogParser::parseSources(const QJsonObject &root)
{
    QList<EvidenceSource> sources;
    const QJsonArray array = m_checker.array(root, QStringLiteral("sources"), {});
    for (int i = 0; i < array.size(); ++i) {
        const QString where = tr("evidence source %1").arg(i + 1);
        const QJsonObject object = m_checker.object(array.at(i), where);
        EvidenceSource source {m_checker.string(object, QStringLiteral("key"), where),
                               m_checker.text(object, QStringLiteral("name"), where)};
        if (m_sourceKeys.contains(source.key))
            m_checker.fail(where, tr("duplicate evidence source \"%1\"").arg(source.key));
        m_sourceKeys.insert(source.key);
        sources << source;
    }
    return sources;
}

QList<Level> CatalogParser::parseLevels(const QJsonObject &root, int lowestPossibleTotal)
{
    QList<Level> levels;
    QSet<QString> keys;
    QSet<int> minimums;
    const QJsonArray array = m_checker.array(root, QStringLiteral("levels"), {});
    if (root.value(QStringLiteral("levels")).isArray() && array.isEmpty())
        m_checker.fail({}, tr("the catalog defines no levels"));
    int lowest = std::numeric_limits<int>::max();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = tr("level %1").arg(i + 1);
        const QJsonObject object = m_checker.object(array.at(i), where);
        Level level;
        level.key = m_checker.string(object, QStringLiteral("key"), where);
        level.minTotal = m_checker.integer(object, QStringLiteral("minTotal"), where).value_or(0);
        level.name = m_checker.text(object, QStringLiteral("name"), where);
        level.description
            = m_checker.text(object, QStringLiteral("description"), where, TextRules::Kind::Note);
        if (level.key == QLatin1String("incomplete"))
            m_checker.fail(where,
                           tr("\"incomplete\" is reserved for reviews with unrated criteria"));
        if (!level.key.isEmpty() && keys.contains(level.key))
            m_checker.fail(where, tr("duplicate level key \"%1\"").arg(level.key));
        if (minimums.contains(level.minTotal))
            m_checker.fail(where, tr("two levels start at the same total %1").arg(level.minTotal));
        keys.insert(level.key);
        minimums.insert(level.minTotal);
        lowest = std::min(lowest, level.minTotal);
        levels << level;
    }
    if (!levels.isEmpty() && lowest > lowestPossibleTotal)
        m_checker.fail({},
                       tr("totals from %1 to %2 fall into no level; the lowest level must "
                          "start at %1 or below")
                           .arg(lowestPossibleTotal)
                           .arg(lowest - 1));
    return levels;
}

Criterion CatalogParser::parseCriterion(const QJsonObject &object, const QString &sectionId,
                                        const QString &where, const Instrument::Header &header)
{
    Criterion criterion;
    criterion.sectionId = sectionId;
    criterion.id = m_checker.string(object, QStringLiteral("id"), where);
    const QString at = criterion.id.isEmpty() ? where : tr("criterion %1").arg(criterion.id);
    if (!criterion.id.isEmpty() && !isValidKey(criterion.id))
        m_checker.fail(at, tr("the id may hold only a-z, 0-9 and single hyphens"));
    if (!criterion.id.isEmpty() && m_criterionIds.contains(criterion.id))
        m_checker.fail(at, tr("duplicate criterion id"));
    m_criterionIds.insert(criterion.id);
    criterion.number = m_checker.integer(object, QStringLiteral("number"), at).value_or(0);
    criterion.title = m_checker.text(object, QStringLiteral("title"), at);
    // Titles are names (one line); what a criterion means and how to rate it may run over
    // lines, as may each anchor.
    criterion.definition
        = m_checker.text(object, QStringLiteral("definition"), at, TextRules::Kind::Note);
    criterion.guidance
        = m_checker.text(object, QStringLiteral("guidance"), at, TextRules::Kind::Note);

    const QJsonArray anchors = m_checker.array(object, QStringLiteral("anchors"), at);
    QMap<int, LocalizedText> anchorByRating;
    for (int i = 0; i < anchors.size(); ++i) {
        const QJsonObject anchor
            = m_checker.object(anchors.at(i), tr("%1, anchor %2").arg(at).arg(i + 1));
        const int rating
            = m_checker
                  .integer(anchor, QStringLiteral("rating"), tr("%1, anchor %2").arg(at).arg(i + 1))
                  .value_or(0);
        const QString anchorWhere = tr("%1, anchor for rating %2").arg(at).arg(rating);
        if (rating < header.ratingMin || rating > header.ratingMax)
            m_checker.fail(
                anchorWhere,
                tr("rating outside the scale %1-%2").arg(header.ratingMin).arg(header.ratingMax));
        else if (anchorByRating.contains(rating))
            m_checker.fail(anchorWhere, tr("a second anchor for the same rating"));
        anchorByRating.insert(
            rating,
            m_checker.text(anchor, QStringLiteral("text"), anchorWhere, TextRules::Kind::Note));
    }
    for (int rating = header.ratingMin; rating <= header.ratingMax; ++rating) {
        if (!anchorByRating.contains(rating))
            m_checker.fail(at, tr("the anchor for rating %1 is missing").arg(rating));
        criterion.anchors << anchorByRating.value(rating);
    }

    for (const QJsonValue &source : m_checker.array(object, QStringLiteral("sources"), at)) {
        if (!m_sourceKeys.contains(source.toString()))
            m_checker.fail(
                at,
                tr("unknown evidence source \"%1\"").arg(TextRules::oneLine(source.toString())));
        criterion.sources << source.toString();
    }
    RuleParser rules(m_checker, header.ratingMin, header.ratingMax);
    criterion.rule = rules.parse(
        m_checker.object(object.value(QStringLiteral("suggestion")), tr("%1, suggestion").arg(at)),
        tr("%1, suggestion").arg(at));
    return criterion;
}

void CatalogParser::checkNumbering(const QList<Criterion> &criteria, int declaredCount)
{
    if (declaredCount >= 0 && criteria.size() != declaredCount) {
        m_checker.fail({},
                       tr("the catalog declares %1 criteria but holds %2")
                           .arg(declaredCount)
                           .arg(criteria.size()));
    }
    const int expectedCount = std::max(declaredCount, static_cast<int>(criteria.size()));
    QSet<int> numbers;
    for (const Criterion &criterion : criteria) {
        if (numbers.contains(criterion.number))
            m_checker.fail(tr("criterion %1").arg(criterion.id),
                           tr("number %1 is used twice").arg(criterion.number));
        numbers.insert(criterion.number);
    }
    for (int number = 1; number <= expectedCount; ++number) {
        if (!numbers.contains(number))
            m_checker.fail({}, tr("criterion number %1 is missing").arg(number));
    }
    for (int i = 1; i < criteria.size(); ++i) {
        if (criteria.at(i).number < criteria.at(i - 1).number) {
            m_checker.fail(tr("criterion %1").arg(criteria.at(i).id),
                           tr("criteria must be listed in the order of their numbers"));
            break;
        }
    }
}

} // namespace laatu
