#include "DemoGenerator.h"

#include "instrument/ExactNumber.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace laatu {

namespace {
// Two believable figures whose suggestion is `rating`, as a reviewer would have collected
// them: a ratio over a few full-time equivalents (e.g. 46 clients / 2.5 coaches) or a count,
// or a share of a few dozen. Searched from a random start, so sites differ; if no pair fits, any
// pair.
std::pair<QString, QString> figuresFor(const SuggestionRule &rule, int rating,
                                       QRandomGenerator &random)
{
    const bool percent = rule.computation == ValueComputation::Percent;
    // Full-time equivalents come in halves; other denominators (clients, weeks) are counts.
    const bool fte = rule.inputs.value(1).key.contains(QLatin1String("fte"), Qt::CaseInsensitive);
    static const QStringList fteValues {QStringLiteral("2"), QStringLiteral("2.5"),
                                        QStringLiteral("3"), QStringLiteral("4"),
                                        QStringLiteral("5")};
    const QString second = percent ? QString::number(30 + random.bounded(60))
        : fte                      ? fteValues.at(int(random.bounded(qsizetype(5))))
                                   : QString::number(6 + random.bounded(15));
    const std::optional<ExactNumber> divisor = ExactNumber::parse(second);
    const int limit = percent ? second.toInt() + 1 : 400;
    const int start = int(random.bounded(limit));
    for (int step = 0; step < limit; ++step) {
        const int candidate = (start + step) % limit;
        const std::optional<ExactNumber> value
            = rule.valueFromInputs(ExactNumber::fromInteger(candidate), *divisor);
        if (value && rule.suggestForValue(*value) == rating)
            return {QString::number(candidate), second};
    }
    return {QString::number(start), second};
}

// Fictional services in the wellbeing services counties running IPS pilots.
struct DemoPlace
{
    const char *county;
    const char *municipality;
};
constexpr DemoPlace kPlaces[] = {
    {"Kanta-Hämeen hyvinvointialue", "Hämeenlinna"},
    {"Päijät-Hämeen hyvinvointialue", "Heinola"},
    {"Päijät-Hämeen hyvinvointialue", "Sysmä"},
    {"Keski-Suomen hyvinvointialue", "Jyväskylä"},
    {"Pohjois-Pohjanmaan hyvinvointialue", "Oulu"},
    {"Kanta-Hämeen hyvinvointialue", "Riihimäki"},
    {"Keski-Suomen hyvinvointialue", "Äänekoski"},
    {"Pohjois-Pohjanmaan hyvinvointialue", "Raahe"},
};
constexpr const char *kUnits[] = {"Aikuissosiaalityö", "Mielenterveys- ja päihdepalvelut",
                                  "Työllisyyspalvelut", "Psykiatrian poliklinikka"};
constexpr const char *kNames[]
    = {"Polku", "Silta", "Askel", "Väylä", "Suunta", "Kipinä", "Verso", "Raide"};
constexpr const char *kReviewers[]
    = {"Anna Arvioija", "Mikko Mittari", "Liisa Laine", "Pekka Pelto"};

const QUuid kNamespace = QUuid(QStringLiteral("{6f0b7c2e-3d1a-4c55-9e7b-2a8d4f1c9b10}"));

QString demoUuid(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}
} // namespace

DemoGenerator::DemoGenerator(const Instrument &instrument, Options options)
    : m_instrument(instrument)
    , m_options(options)
{ }

QList<ReviewDocument> DemoGenerator::generate() const
{
    QList<ReviewDocument> documents;
    documents.reserve(m_options.sites * m_options.reviewsPerSite);
    for (int s = 0; s < m_options.sites; ++s) {
        const DemoPlace &place = kPlaces[s % std::size(kPlaces)];
        Site site;
        site.uuid = demoUuid(QStringLiteral("site-%1-%2").arg(m_options.seed).arg(s));
        site.name = QStringLiteral("%1 IPS-valmennus%2")
                        .arg(QString::fromUtf8(kNames[s % std::size(kNames)]),
                             s < int(std::size(kNames))
                                 ? QString()
                                 : QStringLiteral(" %1").arg(s / std::size(kNames) + 1));
        site.organisation = QString::fromUtf8(place.county);
        site.unit = QString::fromUtf8(kUnits[s % std::size(kUnits)]);
        site.municipality = QString::fromUtf8(place.municipality);
        site.county = QString::fromUtf8(place.county);
        const int baseLevel = 2 + s % 3; // sites start at different fidelity
        for (int r = 0; r < m_options.reviewsPerSite; ++r)
            documents << review(site, s, r, baseLevel);
    }
    return documents;
}

ReviewDocument DemoGenerator::review(const Site &site, int siteIndex, int reviewIndex,
                                     int baseLevel) const
{
    QRandomGenerator random(m_options.seed + quint32(siteIndex) * 7919u
                            + quint32(reviewIndex) * 104729u);
    ReviewDocument document;
    document.site = site;
    ReviewHeader &header = document.review;
    header.uuid = demoUuid(
        QStringLiteral("review-%1-%2-%3").arg(m_options.seed).arg(siteIndex).arg(reviewIndex));
    header.kind = reviewIndex % 4 == 3 ? ReviewKind::SelfAssessment : ReviewKind::External;
    header.visitStart = QDate(2024, 9, 2).addMonths(6 * reviewIndex).addDays(siteIndex % 28);
    header.visitEnd = header.visitStart.addDays(1);
    const bool latest = reviewIndex == m_options.reviewsPerSite - 1;
    header.status = latest && siteIndex % 2 == 0 ? ReviewStatus::Draft : ReviewStatus::Final;
    header.catalogId = m_instrument.id();
    header.catalogVersion = m_instrument.version();
    header.createdAt = QDateTime(header.visitStart, QTime(8, 0), Qt::UTC);
    header.updatedAt = QDateTime(header.visitEnd.addDays(14), QTime(15, 30), Qt::UTC);

    const Rater first {demoUuid(header.uuid + QStringLiteral("-rater-1")),
                       QString::fromUtf8(kReviewers[siteIndex % 4])};
    const Rater second {demoUuid(header.uuid + QStringLiteral("-rater-2")),
                        QString::fromUtf8(kReviewers[(siteIndex + 1) % 4])};
    document.raters = {first, second};
    const bool draftUnfinished = header.status == ReviewStatus::Draft;
    for (const Criterion &criterion : m_instrument.criteria()) {
        // Fidelity grows over the reviews, with noise per criterion; the reviewers differ a
        // little, now and then by two points, and agree on a rating between theirs.
        const auto clamp = [this](int value) {
            return std::clamp(value, m_instrument.ratingMin(), m_instrument.ratingMax());
        };
        const int centre = baseLevel + (reviewIndex * 2 + 1) / 3 + int(random.bounded(3)) - 1;
        const int a = clamp(centre + int(random.bounded(3)) - 1);
        const int b = clamp(a + (random.bounded(12) == 0 ? 2 : int(random.bounded(3)) - 1));
        const int consensus = clamp((a + b + int(random.bounded(2))) / 2);
        document.ratings << RatingEntry {first.uuid, criterion.id, a, QString()};
        document.ratings << RatingEntry {second.uuid, criterion.id, b, QString()};
        if (draftUnfinished && criterion.number > 20)
            continue; // the latest draft is still being agreed
        const QString reason = std::abs(a - b) >= 2
            ? QStringLiteral("Arvioijat tarkistivat asiakasrekisterin yhdessä ja sopivat arvion.")
            : QString();
        document.ratings << RatingEntry {QString(), criterion.id, consensus, reason};
        if (!m_options.withEvidence)
            continue;
        document.notes << EvidenceNote {
            criterion.id, criterion.sources.value(0, QStringLiteral("interview")),
            QStringLiteral(
                "Havainto kriteeristä %1: käytäntö kuvattu haastatteluissa ja asiakirjoissa.")
                .arg(criterion.number)};
        if (criterion.rule.kind == RuleKind::NumericBands && criterion.rule.inputs.size() == 2) {
            const auto [numerator, denominator] = figuresFor(criterion.rule, consensus, random);
            const QList<EvidenceInput> &inputs = criterion.rule.inputs;
            document.numbers << EvidenceNumber {criterion.id, inputs.at(0).key, numerator};
            document.numbers << EvidenceNumber {criterion.id, inputs.at(1).key, denominator};
        } else if (criterion.rule.kind == RuleKind::CountedElements) {
            for (int e = 0; e < criterion.rule.elements.size(); ++e)
                document.elements << ElementCheck {criterion.id, criterion.rule.elements.at(e).key,
                                                   e < consensus};
        }
    }
    if (m_options.withEvidence) {
        document.findings
            << Finding {demoUuid(header.uuid + QStringLiteral("-f1")),
                        m_instrument.criteria().at(0).id, FindingKind::Strength,
                        QStringLiteral(
                            "Valmentajien asiakasmäärät ovat kohtuulliset ja seurannassa.")}
            << Finding {demoUuid(header.uuid + QStringLiteral("-f2")),
                        m_instrument.criteria().at(16).id, FindingKind::Recommendation,
                        QStringLiteral(
                            "Lisätkää viikoittaisia työnantajakäyntejä ja kirjatkaa ne.")}
            << Finding {demoUuid(header.uuid + QStringLiteral("-f3")), QString(),
                        FindingKind::Recommendation,
                        QStringLiteral("Ohjausryhmä kokoontuu vähintään kahdesti vuodessa.")};
        document.actions << ActionItem {demoUuid(header.uuid + QStringLiteral("-a1")),
                                        QStringLiteral("Työnantajakäyntien viikkoseuranta"),
                                        QStringLiteral("Tiiminvetäjä"),
                                        header.visitEnd.addMonths(2),
                                        reviewIndex + 1 < m_options.reviewsPerSite
                                            ? ActionStatus::Done
                                            : ActionStatus::Open}
                         << ActionItem {demoUuid(header.uuid + QStringLiteral("-a2")),
                                        QStringLiteral("Etuusneuvonnan koulutus valmentajille"),
                                        QStringLiteral("Palvelupäällikkö"),
                                        header.visitEnd.addMonths(4), ActionStatus::InProgress};
    }
    document.normalize();
    return document;
}

} // namespace laatu
