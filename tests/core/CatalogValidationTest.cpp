// Each kind of broken catalog gives its own clear error. The broken catalogs are made by
// changing one thing in the shipped catalog, so each test shows exactly what is wrong.
#include "instrument/CatalogReader.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

using laatu::CatalogReader;

namespace {
QJsonObject builtInJson()
{
    QFile file(CatalogReader::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Applies `change` to the criterion with `id` and returns the whole catalog.
QJsonObject withCriterion(const QString &id, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = builtInJson();
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    for (int s = 0; s < sections.size(); ++s) {
        QJsonObject section = sections.at(s).toObject();
        QJsonArray criteria = section.value(QStringLiteral("criteria")).toArray();
        for (int c = 0; c < criteria.size(); ++c) {
            QJsonObject criterion = criteria.at(c).toObject();
            if (criterion.value(QStringLiteral("id")).toString() != id)
                continue;
            change(criterion);
            criteria[c] = criterion;
        }
        section[QStringLiteral("criteria")] = criteria;
        sections[s] = section;
    }
    root[QStringLiteral("sections")] = sections;
    return root;
}

QStringList errorsOf(const QJsonObject &root)
{
    const CatalogReader::Result result = CatalogReader::read(QJsonDocument(root).toJson());
    CHECK_FALSE(result.ok());
    return result.errors;
}

bool anyContains(const QStringList &errors, const QString &needle)
{
    for (const QString &error : errors) {
        if (error.contains(needle))
            return true;
    }
    UNSCOPED_INFO("errors: " << errors.join(QStringLiteral(" | ")).toStdString());
    return false;
}

// A rule's band list, changed by `change`.
QJsonObject withBands(const QString &id, const std::function<void(QJsonArray &)> &change)
{
    return withCriterion(id, [&](QJsonObject &criterion) {
        QJsonObject suggestion = criterion.value(QStringLiteral("suggestion")).toObject();
        QJsonArray bands = suggestion.value(QStringLiteral("bands")).toArray();
        change(bands);
        suggestion[QStringLiteral("bands")] = bands;
        criterion[QStringLiteral("suggestion")] = suggestion;
    });
}

void setBand(QJsonArray &bands, int rating, const QString &key, const QJsonValue &value)
{
    for (int i = 0; i < bands.size(); ++i) {
        QJsonObject band = bands.at(i).toObject();
        if (band.value(QStringLiteral("rating")).toInt() == rating) {
            band[key] = value;
            bands[i] = band;
        }
    }
}
} // namespace

TEST_CASE("the shipped catalog is valid", "[catalog][validation]")
{
    const CatalogReader::Result result = CatalogReader::read(QJsonDocument(builtInJson()).toJson());
    INFO(result.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(result.ok());
    CHECK(result.errors.isEmpty());
}

// The window reads the built-in catalog without the text rules and the duplicate-key scan
// (CatalogReader::readBuiltIn): these very bytes must pass them, and give the same catalog.
TEST_CASE("the built-in catalog's own bytes pass every check, and the start's read of them "
          "gives the same catalog",
          "[catalog][validation]")
{
    QFile file(CatalogReader::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const CatalogReader::Result full = CatalogReader::read(file.readAll());
    INFO(full.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(full.ok());
    CHECK(full.errors.isEmpty());
    const CatalogReader::Result builtIn = CatalogReader::readBuiltIn();
    REQUIRE(builtIn.ok());
    CHECK(builtIn.instrument->id() == full.instrument->id());
    CHECK(builtIn.instrument->version() == full.instrument->version());
    REQUIRE(builtIn.instrument->criteria().size() == full.instrument->criteria().size());
    for (int i = 0; i < full.instrument->criteria().size(); ++i) {
        const laatu::Criterion &expected = full.instrument->criteria().at(i);
        const laatu::Criterion &found = builtIn.instrument->criteria().at(i);
        CHECK(found.id == expected.id);
        for (const QString &language : full.instrument->languages())
            CHECK(found.title.text(language) == expected.title.text(language));
    }
}

// A database keeps the catalog its reviews were rated against; one of the built-in catalog's size
// is compared with the built-in one before it is taken for it.
TEST_CASE("a stored catalog of the built-in one's size is read for what it says",
          "[catalog][validation]")
{
    QFile file(CatalogReader::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const CatalogReader::Result builtIn = CatalogReader::readBuiltIn();
    REQUIRE(builtIn.ok());
    const QString title
        = builtIn.instrument->criteria().constFirst().title.text(QStringLiteral("fi"));
    const QByteArray quoted = '"' + title.toUtf8() + '"';
    REQUIRE(original.count(quoted) >= 1);
    QByteArray edited = original;
    const qsizetype at = edited.indexOf(quoted);
    edited[at + 1] = edited.at(at + 1) == 'X' ? 'Y' : 'X'; // same length, another title
    REQUIRE(edited.size() == original.size());

    const CatalogReader::Result stored = CatalogReader::readStored(edited);
    INFO(stored.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(stored.ok());
    const QString storedTitle
        = stored.instrument->criteria().constFirst().title.text(QStringLiteral("fi"));
    CHECK(storedTitle != title);
    CHECK(storedTitle.mid(1) == title.mid(1));
    const CatalogReader::Result same = CatalogReader::readStored(original);
    REQUIRE(same.ok());
    CHECK(same.instrument->criteria().constFirst().title.text(QStringLiteral("fi")) == title);
}

TEST_CASE("broken JSON and foreign files", "[catalog][validation]")
{
    auto read = [](const QByteArray &bytes) { return CatalogReader::read(bytes).errors; };
    CHECK(anyContains(read("{\"format\": "), QStringLiteral("not valid JSON")));
    CHECK(anyContains(read("[1, 2]"), QStringLiteral("must be a JSON object")));
    CHECK(anyContains(read("{\"name\": \"x\"}"), QStringLiteral("not a Laatu criteria catalog")));
    QJsonObject newer = builtInJson();
    newer[QStringLiteral("formatVersion")] = 2;
    CHECK(anyContains(errorsOf(newer), QStringLiteral("newer than this Laatu reads")));
    QJsonObject older = builtInJson();
    older[QStringLiteral("formatVersion")] = 0;
    CHECK(anyContains(errorsOf(older), QStringLiteral("\"formatVersion\" must be 1")));
}

TEST_CASE("a missing criterion is named by its number", "[catalog][validation]")
{
    QJsonObject root = builtInJson();
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject organisation = sections.at(1).toObject();
    QJsonArray criteria = organisation.value(QStringLiteral("criteria")).toArray();
    criteria.removeAt(2); // number 6, employment-services
    organisation[QStringLiteral("criteria")] = criteria;
    sections[1] = organisation;
    root[QStringLiteral("sections")] = sections;
    const QStringList errors = errorsOf(root);
    CHECK(anyContains(errors, QStringLiteral("criterion number 6 is missing")));
    CHECK(anyContains(errors, QStringLiteral("declares 25 criteria but holds 24")));
}

TEST_CASE("duplicate ids and numbers", "[catalog][validation]")
{
    const QStringList duplicateId
        = errorsOf(withCriterion(QStringLiteral("generalists"), [](QJsonObject &c) {
              c[QStringLiteral("id")] = QStringLiteral("caseload");
          }));
    CHECK(anyContains(duplicateId, QStringLiteral("criterion caseload: duplicate criterion id")));
    const QStringList duplicateNumber = errorsOf(withCriterion(
        QStringLiteral("generalists"), [](QJsonObject &c) { c[QStringLiteral("number")] = 2; }));
    CHECK(anyContains(duplicateNumber, QStringLiteral("number 2 is used twice")));
    CHECK(anyContains(duplicateNumber, QStringLiteral("criterion number 3 is missing")));
    const QStringList badId
        = errorsOf(withCriterion(QStringLiteral("generalists"), [](QJsonObject &c) {
              c[QStringLiteral("id")] = QStringLiteral("Generalists!");
          }));
    CHECK(anyContains(badId, QStringLiteral("may hold only a-z")));
}

TEST_CASE("an anchor missing in a language, or missing altogether", "[catalog][validation]")
{
    const QStringList noSwedish
        = errorsOf(withCriterion(QStringLiteral("disclosure"), [](QJsonObject &c) {
              QJsonArray anchors = c.value(QStringLiteral("anchors")).toArray();
              QJsonObject anchor = anchors.at(2).toObject();
              QJsonObject text = anchor.value(QStringLiteral("text")).toObject();
              text.remove(QStringLiteral("sv"));
              anchor[QStringLiteral("text")] = text;
              anchors[2] = anchor;
              c[QStringLiteral("anchors")] = anchors;
          }));
    CHECK(anyContains(
        noSwedish,
        QStringLiteral(
            "criterion disclosure, anchor for rating 3, text: text missing in language \"sv\"")));
    const QStringList fourAnchors
        = errorsOf(withCriterion(QStringLiteral("disclosure"), [](QJsonObject &c) {
              QJsonArray anchors = c.value(QStringLiteral("anchors")).toArray();
              anchors.removeAt(4);
              c[QStringLiteral("anchors")] = anchors;
          }));
    CHECK(anyContains(fourAnchors, QStringLiteral("the anchor for rating 5 is missing")));
    const QStringList emptyTitle
        = errorsOf(withCriterion(QStringLiteral("caseload"), [](QJsonObject &c) {
              QJsonObject title = c.value(QStringLiteral("title")).toObject();
              title[QStringLiteral("fi")] = QStringLiteral("  ");
              c[QStringLiteral("title")] = title;
          }));
    CHECK(anyContains(
        emptyTitle, QStringLiteral("criterion caseload, title: text missing in language \"fi\"")));
}

TEST_CASE("bands that overlap or leave gaps", "[catalog][validation]")
{
    // caseload: 5 up to 20 (incl.), 4 from 20 (excl.) to 25 (incl.), ...
    const QStringList overlap
        = errorsOf(withBands(QStringLiteral("caseload"), [](QJsonArray &bands) {
              setBand(bands, 4, QStringLiteral("min"), 18);
          }));
    CHECK(anyContains(overlap,
                      QStringLiteral("the bands for ratings 5 and 4 overlap between 18 and 20")));
    const QStringList gap = errorsOf(withBands(QStringLiteral("caseload"), [](QJsonArray &bands) {
        setBand(bands, 4, QStringLiteral("min"), 21);
    }));
    CHECK(anyContains(
        gap, QStringLiteral("the bands for ratings 5 and 4 leave a gap between 20 and 21")));
    const QStringList bothInclude
        = errorsOf(withBands(QStringLiteral("caseload"), [](QJsonArray &bands) {
              setBand(bands, 4, QStringLiteral("minInclusive"), true);
          }));
    CHECK(anyContains(bothInclude, QStringLiteral("both include 20")));
    const QStringList neitherInclude
        = errorsOf(withBands(QStringLiteral("caseload"), [](QJsonArray &bands) {
              setBand(bands, 5, QStringLiteral("maxInclusive"), false);
          }));
    CHECK(anyContains(neitherInclude,
                      QStringLiteral("the value 20 falls between the bands for ratings 5 and 4")));
    const QStringList openTop = errorsOf(withBands(
        QStringLiteral("caseload"), [](QJsonArray &bands) { bands.removeAt(bands.size() - 1); }));
    CHECK(anyContains(openTop, QStringLiteral("values above 40 fall into no band")));
    const QStringList fractionalGap
        = errorsOf(withBands(QStringLiteral("employer-contacts"), [](QJsonArray &bands) {
              setBand(bands, 4, QStringLiteral("max"), QStringLiteral("5.9"));
          }));
    CHECK(anyContains(fractionalGap, QStringLiteral("leave a gap between 5.9 and 6")));
    const QStringList badRating
        = errorsOf(withBands(QStringLiteral("caseload"), [](QJsonArray &bands) {
              setBand(bands, 1, QStringLiteral("rating"), 7);
          }));
    CHECK(anyContains(badRating, QStringLiteral("rating 7 is outside the scale 1-5")));
    const QStringList notANumber
        = errorsOf(withBands(QStringLiteral("caseload"), [](QJsonArray &bands) {
              setBand(bands, 4, QStringLiteral("max"), QStringLiteral("twenty-five"));
          }));
    CHECK(anyContains(notANumber, QStringLiteral("max: must be a number")));
    const QStringList missingFlag
        = errorsOf(withBands(QStringLiteral("caseload"), [](QJsonArray &bands) {
              QJsonObject band = bands.at(0).toObject();
              band.remove(QStringLiteral("maxInclusive"));
              bands[0] = band;
          }));
    CHECK(anyContains(missingFlag, QStringLiteral("\"maxInclusive\" must say true or false")));
}

TEST_CASE("rules: kinds, inputs and element counts", "[catalog][validation]")
{
    auto withSuggestion = [](const QString &id, const std::function<void(QJsonObject &)> &change) {
        return withCriterion(id, [&](QJsonObject &criterion) {
            QJsonObject suggestion = criterion.value(QStringLiteral("suggestion")).toObject();
            change(suggestion);
            criterion[QStringLiteral("suggestion")] = suggestion;
        });
    };
    CHECK(anyContains(errorsOf(withSuggestion(QStringLiteral("generalists"),
                                              [](QJsonObject &s) {
                                                  s[QStringLiteral("kind")]
                                                      = QStringLiteral("magic");
                                              })),
                      QStringLiteral("unknown suggestion kind \"magic\"")));
    CHECK(anyContains(
        errorsOf(withSuggestion(QStringLiteral("disclosure"),
                                [](QJsonObject &s) {
                                    s[QStringLiteral("ratingByCount")] = QJsonArray {1, 2, 3, 4};
                                })),
        QStringLiteral("needs one rating for each count from 0 to 4 (5 values), found 4")));
    CHECK(anyContains(
        errorsOf(withSuggestion(QStringLiteral("disclosure"),
                                [](QJsonObject &s) {
                                    s[QStringLiteral("ratingByCount")] = QJsonArray {1, 3, 2, 4, 5};
                                })),
        QStringLiteral("must not fall")));
    CHECK(anyContains(
        errorsOf(withSuggestion(QStringLiteral("disclosure"),
                                [](QJsonObject &s) {
                                    s[QStringLiteral("ratingByCount")] = QJsonArray {1, 2, 3, 4, 9};
                                })),
        QStringLiteral("for 4 elements must be a whole rating 1-5")));
    CHECK(
        anyContains(errorsOf(withSuggestion(QStringLiteral("disclosure"),
                                            [](QJsonObject &s) {
                                                QJsonArray elements
                                                    = s.value(QStringLiteral("elements")).toArray();
                                                elements[1] = elements.at(0);
                                                s[QStringLiteral("elements")] = elements;
                                            })),
                    QStringLiteral("duplicate element key")));
    CHECK(anyContains(errorsOf(withSuggestion(
                          QStringLiteral("disclosure"),
                          [](QJsonObject &s) { s[QStringLiteral("elements")] = QJsonArray(); })),
                      QStringLiteral("needs at least one element")));
    CHECK(anyContains(errorsOf(withSuggestion(QStringLiteral("caseload"),
                                              [](QJsonObject &s) {
                                                  QJsonArray inputs
                                                      = s.value(QStringLiteral("inputs")).toArray();
                                                  inputs.removeAt(1);
                                                  s[QStringLiteral("inputs")] = inputs;
                                              })),
                      QStringLiteral("needs exactly two inputs")));
    CHECK(anyContains(errorsOf(withSuggestion(QStringLiteral("caseload"),
                                              [](QJsonObject &s) {
                                                  s[QStringLiteral("computation")]
                                                      = QStringLiteral("median");
                                              })),
                      QStringLiteral("unknown computation \"median\"")));
    CHECK(anyContains(
        errorsOf(withSuggestion(QStringLiteral("caseload"),
                                [](QJsonObject &s) { s[QStringLiteral("bands")] = QJsonArray(); })),
        QStringLiteral("there are no bands")));
}

TEST_CASE("levels, sources, sections and the header", "[catalog][validation]")
{
    QJsonObject gapBelow = builtInJson();
    QJsonArray levels = gapBelow.value(QStringLiteral("levels")).toArray();
    QJsonObject lowest = levels.at(3).toObject();
    lowest[QStringLiteral("minTotal")] = 40;
    levels[3] = lowest;
    gapBelow[QStringLiteral("levels")] = levels;
    CHECK(
        anyContains(errorsOf(gapBelow), QStringLiteral("totals from 25 to 39 fall into no level")));

    QJsonObject sameStart = builtInJson();
    levels = sameStart.value(QStringLiteral("levels")).toArray();
    QJsonObject good = levels.at(1).toObject();
    good[QStringLiteral("minTotal")] = 115;
    levels[1] = good;
    sameStart[QStringLiteral("levels")] = levels;
    CHECK(
        anyContains(errorsOf(sameStart), QStringLiteral("two levels start at the same total 115")));

    QJsonObject reserved = builtInJson();
    levels = reserved.value(QStringLiteral("levels")).toArray();
    QJsonObject fair = levels.at(2).toObject();
    fair[QStringLiteral("key")] = QStringLiteral("incomplete");
    levels[2] = fair;
    reserved[QStringLiteral("levels")] = levels;
    CHECK(anyContains(errorsOf(reserved), QStringLiteral("\"incomplete\" is reserved")));

    CHECK(anyContains(errorsOf(withCriterion(QStringLiteral("caseload"),
                                             [](QJsonObject &c) {
                                                 c[QStringLiteral("sources")]
                                                     = QJsonArray {QStringLiteral("rumour")};
                                             })),
                      QStringLiteral("unknown evidence source \"rumour\"")));

    QJsonObject noLanguages = builtInJson();
    noLanguages[QStringLiteral("languages")] = QJsonArray {QStringLiteral("finnish")};
    CHECK(anyContains(errorsOf(noLanguages), QStringLiteral("not a two-letter language code")));

    QJsonObject noVersion = builtInJson();
    noVersion.remove(QStringLiteral("version"));
    CHECK(anyContains(errorsOf(noVersion), QStringLiteral("\"version\" is missing")));

    QJsonObject badScale = builtInJson();
    badScale[QStringLiteral("ratingScale")]
        = QJsonObject {{QStringLiteral("min"), 5}, {QStringLiteral("max"), 1}};
    CHECK(anyContains(errorsOf(badScale), QStringLiteral("the scale must run upwards")));

    QJsonObject twoStaffing = builtInJson();
    QJsonArray sections = twoStaffing.value(QStringLiteral("sections")).toArray();
    QJsonObject services = sections.at(2).toObject();
    services[QStringLiteral("id")] = QStringLiteral("staffing");
    sections[2] = services;
    twoStaffing[QStringLiteral("sections")] = sections;
    CHECK(anyContains(errorsOf(twoStaffing),
                      QStringLiteral("section staffing: duplicate section id")));
}

TEST_CASE("every problem is reported, not just the first", "[catalog][validation]")
{
    QJsonObject root = withCriterion(QStringLiteral("caseload"), [](QJsonObject &c) {
        c.remove(QStringLiteral("definition"));
        c[QStringLiteral("sources")] = QJsonArray {QStringLiteral("rumour")};
    });
    root.remove(QStringLiteral("version"));
    CHECK(errorsOf(root).size() >= 3);
}

TEST_CASE("catalog files: missing, too large, unreadable", "[catalog][validation]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto missing = CatalogReader::readFile(dir.filePath(QStringLiteral("nope.json")));
    CHECK(anyContains(missing.errors, QStringLiteral("does not exist")));

    QFile big(dir.filePath(QStringLiteral("big.json")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(CatalogReader::kMaxFileBytes + 1, ' '));
    big.close();
    CHECK(anyContains(CatalogReader::readFile(big.fileName()).errors, QStringLiteral("too large")));

    QFile good(dir.filePath(QStringLiteral("own.json")));
    REQUIRE(good.open(QIODevice::WriteOnly));
    good.write(QJsonDocument(builtInJson()).toJson());
    good.close();
    CHECK(CatalogReader::readFile(good.fileName()).ok());
}

TEST_CASE("wrong JSON types are named, each in its place", "[catalog][validation]")
{
    QJsonObject root = builtInJson();
    root[QStringLiteral("name")] = QStringLiteral("just text");
    root[QStringLiteral("description")] = QJsonObject {{QStringLiteral("fi"), 5}};
    root[QStringLiteral("criterionCount")] = 2.5;
    root[QStringLiteral("sources")] = QStringLiteral("interview");
    root[QStringLiteral("ratingScale")] = 5;
    const QStringList errors = errorsOf(root);
    CHECK(anyContains(errors, QStringLiteral("name: must be an object with a text per language")));
    CHECK(anyContains(errors, QStringLiteral("the fi text must be a string")));
    CHECK(anyContains(errors, QStringLiteral("\"criterionCount\" must be a whole number")));
    CHECK(anyContains(errors, QStringLiteral("\"sources\" must be a list")));
    CHECK(anyContains(errors, QStringLiteral("ratingScale: must be an object")));

    const QStringList badId
        = errorsOf(withCriterion(QStringLiteral("caseload"), [](QJsonObject &c) {
              c[QStringLiteral("id")] = 17;
              c[QStringLiteral("anchors")] = QJsonArray {1, 2, 3, 4, 5};
          }));
    CHECK(anyContains(badId, QStringLiteral("\"id\" must be a non-empty text")));
    CHECK(anyContains(badId, QStringLiteral("anchor 1: must be an object")));

    QJsonObject badCatalogId = builtInJson();
    badCatalogId[QStringLiteral("id")] = QStringLiteral("Not Valid");
    CHECK(anyContains(errorsOf(badCatalogId), QStringLiteral("may hold only a-z")));
    QJsonObject emptyLevels = builtInJson();
    emptyLevels[QStringLiteral("levels")] = QJsonArray();
    CHECK(anyContains(errorsOf(emptyLevels), QStringLiteral("defines no levels")));
    QJsonObject noSections = builtInJson();
    noSections[QStringLiteral("sections")] = QJsonArray();
    CHECK(anyContains(errorsOf(noSections), QStringLiteral("has no sections")));
    QJsonObject emptySection = builtInJson();
    QJsonArray sections = emptySection.value(QStringLiteral("sections")).toArray();
    QJsonObject first = sections.at(0).toObject();
    first[QStringLiteral("criteria")] = QJsonArray();
    sections[0] = first;
    emptySection[QStringLiteral("sections")] = sections;
    CHECK(anyContains(errorsOf(emptySection), QStringLiteral("the section has no criteria")));
    QJsonObject duplicateSource = builtInJson();
    QJsonArray sources = duplicateSource.value(QStringLiteral("sources")).toArray();
    sources.append(sources.at(0));
    duplicateSource[QStringLiteral("sources")] = sources;
    CHECK(anyContains(errorsOf(duplicateSource),
                      QStringLiteral("duplicate evidence source \"interview\"")));
    const QStringList outOfOrder = errorsOf(withCriterion(
        QStringLiteral("generalists"), [](QJsonObject &c) { c[QStringLiteral("number")] = 26; }));
    CHECK(anyContains(outOfOrder, QStringLiteral("criterion number 3 is missing")));
    const QStringList anchorOutside
        = errorsOf(withCriterion(QStringLiteral("caseload"), [](QJsonObject &c) {
              QJsonArray anchors = c.value(QStringLiteral("anchors")).toArray();
              QJsonObject anchor = anchors.at(0).toObject();
              anchor[QStringLiteral("rating")] = 9;
              anchors[0] = anchor;
              anchors.append(anchors.at(1));
              c[QStringLiteral("anchors")] = anchors;
          }));
    CHECK(anyContains(anchorOutside, QStringLiteral("rating outside the scale 1-5")));
    CHECK(anyContains(anchorOutside, QStringLiteral("a second anchor for the same rating")));
}
