// Fuzzes criteria catalogs: CatalogParser (what CatalogReader::read and `laatu-cli catalog
// --check` use) and CatalogReader::readStored (catalogs kept with reviews). The checks are the
// catalog rules of issue 12 and TextRules; any breach aborts. A catalog has no writer, so there
// is no round trip to check.
#include "CatalogFuzzer.h"

#include "instrument/CatalogParser.h"
#include "instrument/CatalogReader.h"
#include "text/TextRules.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace laatu::fuzz {

namespace {

struct Harness
{
    CatalogStats stats;
    bool lastAccepted = false;
    std::string label = "(no label)";
    QByteArray input;
};

Harness &harness()
{
    static Harness h;
    return h;
}

[[noreturn]] void violation(const QString &what)
{
    Harness &h = harness();
    const QString saved
        = QDir::temp().filePath(QStringLiteral("laatu-fuzz-catalog-violation.json"));
    QFile file(saved);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(h.input);
    std::fprintf(stderr,
                 "laatu catalog fuzz: rule broken on input %s (%lld bytes, saved to %s):\n  %s\n",
                 h.label.c_str(), static_cast<long long>(h.input.size()), qUtf8Printable(saved),
                 qUtf8Printable(TextRules::message(what)));
    std::abort();
}

// Every text of an accepted catalog, each as "where: text" lines for comparing two reads, and
// each held to TextRules as the parser promises: ids, keys, versions, language codes, names,
// titles, labels and quantities are names; descriptions, definitions, guidance and anchors are
// notes.
class TextWalk
{
public:
    QStringList lines;

    void name(const QString &where, const QString &text)
    {
        add(where, text, TextRules::Kind::Name);
    }
    void text(const QString &where, const LocalizedText &texts, const QStringList &languages,
              TextRules::Kind kind)
    {
        for (const QString &language : texts.languages()) {
            name(where + QStringLiteral(" language"), language);
            add(where + QLatin1Char(' ') + language, texts.text(language), kind);
        }
        // The parser requires a non-empty text in every declared language.
        for (const QString &language : languages) {
            if (!texts.has(language))
                violation(QStringLiteral("accepted without a %1 text: %2").arg(language, where));
        }
    }

private:
    void add(const QString &where, const QString &text, TextRules::Kind kind)
    {
        if (const QString problem = TextRules::fieldProblem(where, text, kind); !problem.isEmpty())
            violation(QStringLiteral("an accepted catalog holds a text TextRules forbids: ")
                      + problem);
        lines << where + QStringLiteral(": ") + text;
        ++harness().stats.texts;
    }
};

QStringList walk(const Instrument &instrument)
{
    using Kind = TextRules::Kind;
    const QStringList &languages = instrument.languages();
    TextWalk w;
    w.name(QStringLiteral("id"), instrument.id());
    w.name(QStringLiteral("version"), instrument.version());
    for (const QString &language : languages)
        w.name(QStringLiteral("languages"), language);
    w.text(QStringLiteral("name"), instrument.name(), languages, Kind::Name);
    w.text(QStringLiteral("description"), instrument.description(), languages, Kind::Note);
    w.lines
        << QStringLiteral("scale %1-%2").arg(instrument.ratingMin()).arg(instrument.ratingMax());
    for (const Level &level : instrument.levels()) {
        w.name(QStringLiteral("level key"), level.key);
        w.lines << QStringLiteral("level %1 from %2").arg(level.key).arg(level.minTotal);
        w.text(level.key + QStringLiteral(" name"), level.name, languages, Kind::Name);
        w.text(level.key + QStringLiteral(" description"), level.description, languages,
               Kind::Note);
    }
    for (const EvidenceSource &source : instrument.sources()) {
        w.name(QStringLiteral("source key"), source.key);
        w.text(source.key + QStringLiteral(" name"), source.name, languages, Kind::Name);
    }
    for (const Section &section : instrument.sections()) {
        w.name(QStringLiteral("section id"), section.id);
        w.text(section.id + QStringLiteral(" name"), section.name, languages, Kind::Name);
        for (const QString &id : section.criterionIds) {
            if (!instrument.criterion(id) || instrument.criterion(id)->sectionId != section.id)
                violation(QStringLiteral("section %1 lists an unknown criterion").arg(section.id));
        }
    }
    const int anchors = instrument.ratingMax() - instrument.ratingMin() + 1;
    for (const Criterion &c : instrument.criteria()) {
        const QString at = QStringLiteral("criterion ") + c.id;
        w.name(at, c.id);
        w.lines << QStringLiteral("%1 number %2").arg(at).arg(c.number);
        w.text(at + QStringLiteral(" title"), c.title, languages, Kind::Name);
        w.text(at + QStringLiteral(" definition"), c.definition, languages, Kind::Note);
        w.text(at + QStringLiteral(" guidance"), c.guidance, languages, Kind::Note);
        if (c.anchors.size() != anchors)
            violation(QStringLiteral("%1 has %2 anchors, not %3")
                          .arg(at)
                          .arg(c.anchors.size())
                          .arg(anchors));
        for (const LocalizedText &anchor : c.anchors)
            w.text(at + QStringLiteral(" anchor"), anchor, languages, Kind::Note);
        for (const QString &source : c.sources) {
            w.name(at + QStringLiteral(" source"), source);
            if (!instrument.source(source))
                violation(QStringLiteral("%1 names an unknown source").arg(at));
        }
        const SuggestionRule &rule = c.rule;
        w.lines << QStringLiteral("%1 rule %2").arg(at).arg(static_cast<int>(rule.kind));
        if (rule.kind == RuleKind::NumericBands) {
            w.text(at + QStringLiteral(" quantity"), rule.quantity, languages, Kind::Name);
            for (const EvidenceInput &input : rule.inputs) {
                w.name(at + QStringLiteral(" input"), input.key);
                w.text(at + QStringLiteral(" input label"), input.label, languages, Kind::Name);
            }
            // Every edge of every band must give a rating in the scale or none at all.
            for (const Band &band : rule.bands) {
                for (const std::optional<BandEdge> &edge : {band.lower, band.upper}) {
                    if (!edge)
                        continue;
                    w.lines << QStringLiteral("%1 edge %2").arg(at, edge->value.toString());
                    const std::optional<int> rating = rule.suggestForValue(edge->value);
                    if (rating
                        && (*rating < instrument.ratingMin() || *rating > instrument.ratingMax()))
                        violation(QStringLiteral("%1 suggests %2, outside the scale")
                                      .arg(at)
                                      .arg(*rating));
                }
            }
            (void)rule.valueFromInputs(ExactNumber::parse(QStringLiteral("1")).value(),
                                       ExactNumber::parse(QStringLiteral("3")).value());
        } else if (rule.kind == RuleKind::CountedElements) {
            for (const ChecklistElement &element : rule.elements) {
                w.name(at + QStringLiteral(" element"), element.key);
                w.text(at + QStringLiteral(" element label"), element.label, languages, Kind::Name);
            }
            for (int present = 0; present <= rule.elements.size(); ++present) {
                const std::optional<int> rating = rule.suggestForCount(present);
                if (!rating || *rating < instrument.ratingMin() || *rating > instrument.ratingMax())
                    violation(QStringLiteral("%1 gives no rating in the scale for %2 elements")
                                  .arg(at)
                                  .arg(present));
                w.lines << QStringLiteral("%1 count %2 -> %3").arg(at).arg(present).arg(*rating);
            }
        }
    }
    // Every total a complete review can reach falls into a level.
    if (!instrument.levelForTotal(instrument.minTotal())
        || !instrument.levelForTotal(instrument.maxTotal()))
        violation(QStringLiteral("a reachable total falls into no level"));
    return w.lines;
}

// `quotedSafely`: the texts were held to TextRules, so messages quote what the file holds only
// escaped (they reach the terminal and message boxes). A stored catalog's ids may hold anything
// but lone surrogates, and its messages only tell of damage.
void checkMessages(const QStringList &errors, bool quotedSafely)
{
    for (const QString &error : errors) {
        if (error.trimmed().isEmpty())
            violation(QStringLiteral("an empty message among: ") + errors.join(u';'));
        if (quotedSafely && !TextRules::problem(error, TextRules::Kind::Name).isEmpty())
            violation(QStringLiteral("a message quotes the file unescaped: ") + error);
    }
}

} // namespace

const CatalogStats &catalogStats()
{
    return harness().stats;
}

void setInputLabel(const char *label)
{
    harness().label = label;
}

bool lastInputAccepted()
{
    return harness().lastAccepted;
}

const std::vector<std::string> &mutationTokens()
{
    // JSON that keeps the text JSON, values at the edges of the catalog rules, and the
    // characters TextRules forbids in names (and in notes, but for \n and \t).
    static const std::vector<std::string> tokens {
        "null",
        "true",
        "false",
        "0",
        "-1",
        "1",
        "3",
        "5",
        "6",
        "100",
        "101",
        "0.5",
        "1e999",
        "-0",
        "2147483648",
        "\"\"",
        "\"x\"",
        "\"50\"",
        "{}",
        "[]",
        "\"descriptive\"",
        "\"bands\"",
        "\"elements\"",
        "\"ratio\"",
        "\"percent\"",
        "\"fi\"",
        "\"sv\"",
        "\"en\"",
        "\"laatu-catalog\"",
        "\"interview\"",
        "\"incomplete\"",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"\\udc00x\"",
        "\"\\u001b[2J\"",
        "\"\\u0007\"",
        "\"a\\nb\"",
        "\"a\\tb\"",
        "\"a\\r\\nb\"",
        "\"\\r\"",
        "\"\\u0085\"",
        "\"\\u009b\"",
        "\"\\u202e\"",
        "\"\\u2066\"",
        "\"\\u2028\"",
        "\"\\u2029\"",
        "\"\\ufffe\"",
        "\"\\ufdd0\"",
        "\"\\u00e4\"",
        "{\"fi\": \"x\", \"sv\": \"x\", \"en\": \"x\"}",
        "{\"en\": \"\\u001b]0;x\\u0007\"}",
        "{\"rating\": 2, \"text\": {\"fi\": \"x\", \"en\": \"x\"}}",
        ",",
        ":",
        "\"",
        "{",
        "}",
        "[",
        "]"};
    return tokens;
}

std::string summary()
{
    const CatalogStats &s = harness().stats;
    return QStringLiteral("%1 accepted (%2 texts checked); refused: %3 (%4 of them JSON objects, "
                          "%5 for their texts alone); %6 too large")
        .arg(s.accepted)
        .arg(s.texts)
        .arg(s.refused)
        .arg(s.refusedDeep)
        .arg(s.refusedForTexts)
        .arg(s.tooLarge)
        .toStdString();
}

std::string missedPaths()
{
    const CatalogStats &s = harness().stats;
    if (s.accepted == 0 || s.refusedDeep == 0 || s.refusedForTexts == 0
        || s.refused == s.refusedDeep)
        return "the mutations did not reach acceptance and each kind of refusal (JSON, rules, "
               "texts)";
    return {};
}

} // namespace laatu::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace laatu;
    using namespace laatu::fuzz;
    Harness &h = harness();
    h.input = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ++h.stats.inputs;
    h.lastAccepted = false;
    // CatalogReader::readFile refuses these before reading them.
    if (h.input.size() > CatalogReader::kMaxFileBytes) {
        ++h.stats.tooLarge;
        return 0;
    }

    CatalogParser parser;
    const std::optional<Instrument> parsed = parser.parse(h.input);
    const QStringList errors = parser.errors();
    if (parsed && !errors.isEmpty())
        violation(QStringLiteral("a catalog and errors at once: ") + errors.join(u';'));
    if (!parsed && errors.isEmpty())
        violation(QStringLiteral("refused without a message"));
    checkMessages(errors, true);

    // A catalog stored with reviews is read as it was stored: never stricter than a file.
    const CatalogReader::Result stored = CatalogReader::readStored(h.input);
    checkMessages(stored.errors, false);
    if (stored.ok() == !stored.errors.isEmpty())
        violation(QStringLiteral("readStored: a catalog and errors, or neither"));

    if (!parsed) {
        ++h.stats.refused;
        QJsonParseError error;
        if (h.input.indexOf('\0') < 0 && QJsonDocument::fromJson(h.input, &error).isObject())
            ++h.stats.refusedDeep;
        h.stats.refusedForTexts += stored.ok() ? 1 : 0;
        return 0;
    }
    ++h.stats.accepted;
    h.lastAccepted = true;
    if (!stored.ok())
        violation(QStringLiteral("readStored refuses what read accepts: ")
                  + stored.errors.join(u';'));
    const QStringList texts = walk(*parsed);
    if (walk(*stored.instrument) != texts)
        violation(QStringLiteral("readStored reads an accepted catalog differently"));
    return 0;
}
