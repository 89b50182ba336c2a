// One-rater ("my ratings") files: the "onlyRater" member is written only for them, read
// strictly, and makes the importer refuse the file whole, since importing one reviewer's part
// would replace the lead's review with it.
#include "ExchangeFixture.h"

#include "analysis/RaterExport.h"
#include "exchange/ReviewFileIo.h"

#include <QDir>

using namespace laatu;
using namespace laatu::test;

namespace {
// A review with at least two reviewers, consensus ratings and findings: what an import of one
// reviewer's part would lose.
const ReviewDocument &fullReview(const QList<ReviewDocument> &documents)
{
    const auto it = std::find_if(documents.cbegin(), documents.cend(), [](const auto &d) {
        return d.raters.size() >= 2 && !d.consensus().ratings().isEmpty() && !d.findings.isEmpty();
    });
    REQUIRE(it != documents.cend());
    return *it;
}

QStringList refusal(const QByteArray &json)
{
    QStringList errors;
    const auto document = ReviewFileFormat::fromJson(json, errors);
    CHECK_FALSE(document.has_value());
    return errors;
}
} // namespace

TEST_CASE("a one-rater file carries onlyRater and round-trips, an ordinary file carries none",
          "[exchange][one-rater]")
{
    const QList<ReviewDocument> documents = demoReviews();
    const ReviewDocument &review = fullReview(documents);
    const QByteArray whole = ReviewFileFormat::toJson(review);
    CHECK_FALSE(QJsonDocument::fromJson(whole).object().contains(QStringLiteral("onlyRater")));
    QStringList errors;
    const auto wholeRead = ReviewFileFormat::fromJson(whole, errors);
    REQUIRE(wholeRead.has_value());
    CHECK(wholeRead->onlyRaterUuid.isEmpty());

    const Rater rater = review.raters.at(1);
    const QByteArray mine = ReviewFileFormat::toJson(RaterExport::myRatings(review, rater));
    CHECK(valueAt(mine, QStringLiteral("onlyRater")).toString() == rater.uuid);
    const auto mineRead = ReviewFileFormat::fromJson(mine, errors);
    INFO(errors.join(QStringLiteral("; ")).toStdString());
    REQUIRE(mineRead.has_value());
    CHECK(mineRead->onlyRaterUuid == rater.uuid);
    CHECK(mineRead->raters == QList<Rater> {rater});
    CHECK(ReviewFileFormat::toJson(*mineRead) == mine);
    // The marker is part of what the file says: without it the content differs.
    ReviewDocument unmarked = *mineRead;
    unmarked.onlyRaterUuid.clear();
    CHECK_FALSE(unmarked.sameContent(*mineRead));
}

TEST_CASE("onlyRater is checked like every other member", "[exchange][one-rater]")
{
    const QList<ReviewDocument> documents = demoReviews();
    const ReviewDocument &review = fullReview(documents);
    const Rater rater = review.raters.at(1);
    const QByteArray mine = ReviewFileFormat::toJson(RaterExport::myRatings(review, rater));
    const QByteArray whole = ReviewFileFormat::toJson(review);
    const auto mentionsMember = [](const QStringList &errors) {
        INFO(errors.join(QStringLiteral("; ")).toStdString());
        CHECK(errors.size() >= 1);
        CHECK(errors.join(QLatin1Char(' ')).contains(QStringLiteral("onlyRater")));
    };

    SECTION("a number, null, an empty text or an upper-case UUID is refused")
    {
        mentionsMember(refusal(edited(mine, QStringLiteral("onlyRater"), QJsonValue(7))));
        mentionsMember(refusal(edited(mine, QStringLiteral("onlyRater"), QJsonValue())));
        mentionsMember(refusal(edited(mine, QStringLiteral("onlyRater"), QString())));
        mentionsMember(refusal(edited(mine, QStringLiteral("onlyRater"), rater.uuid.toUpper())));
        mentionsMember(refusal(edited(mine, QStringLiteral("onlyRater"), QStringLiteral("one"))));
    }
    SECTION("the UUID must be the file's one reviewer")
    {
        mentionsMember(
            refusal(edited(mine, QStringLiteral("onlyRater"), review.raters.at(0).uuid)));
    }
    SECTION("a whole review with the member is refused, not read as a part")
    {
        const QStringList errors = refusal(edited(whole, QStringLiteral("onlyRater"), rater.uuid));
        mentionsMember(errors);
        // Several reviewers, and consensus ratings and findings: both rules speak.
        CHECK(errors.size() == 2);
    }
    SECTION("a one-rater file with a consensus rating, a finding or an action is refused")
    {
        const QJsonValue consensus = valueAt(whole, QStringLiteral("consensus/0"));
        const QJsonValue finding = valueAt(whole, QStringLiteral("findings/0"));
        REQUIRE(consensus.isObject());
        REQUIRE(finding.isObject());
        mentionsMember(refusal(edited(mine, QStringLiteral("consensus/+"), consensus)));
        mentionsMember(refusal(edited(mine, QStringLiteral("findings/+"), finding)));
        const QJsonObject action {{QStringLiteral("uuid"), review.site.uuid},
                                  {QStringLiteral("what"), QStringLiteral("Something")},
                                  {QStringLiteral("who"), QString()},
                                  {QStringLiteral("due"), QString()},
                                  {QStringLiteral("status"), QStringLiteral("open")}};
        const QByteArray withAction = edited(mine, QStringLiteral("actions/+"), action);
        mentionsMember(refusal(withAction));
        // The same action is fine without the marker: it is the marker's rule that speaks.
        QStringList errors;
        CHECK(
            ReviewFileFormat::fromJson(edited(withAction, QStringLiteral("onlyRater"), {}), errors)
                .has_value());
    }
    SECTION("a one-rater file without its reviewer is refused")
    {
        mentionsMember(refusal(edited(mine, QStringLiteral("raters/0"), {})));
    }
}

TEST_CASE("import refuses a one-rater file and writes nothing, also beside valid files",
          "[exchange][one-rater][db]")
{
    QList<ReviewDocument> documents = demoReviews();
    const ReviewDocument review = fullReview(documents);
    // The last review is not in the database yet, so its file alone would be added.
    const ReviewDocument newcomer = documents.takeLast();
    REQUIRE(newcomer.review.uuid != review.review.uuid);
    ExchangeFixture fixture(documents);
    const Rater rater = review.raters.at(1);
    const QString minePath = fixture.dir.filePath(QStringLiteral("mine.json"));
    REQUIRE(ReviewFileIo::write(minePath, RaterExport::myRatings(review, rater)).isEmpty());
    const QString newPath = fixture.dir.filePath(QStringLiteral("new.json"));
    REQUIRE(ReviewFileIo::write(newPath, newcomer).isEmpty());
    const ExchangeFixture::Snapshot before = fixture.snapshot();

    const ReviewImporter::Result alone = fixture.import({minePath});
    CHECK(alone.imported.isEmpty());
    CHECK_FALSE(alone.databaseError);
    REQUIRE(alone.fileProblems.size() == 1);
    const QString message = alone.fileProblems.constFirst();
    INFO(message.toStdString());
    CHECK(message.startsWith(QDir::toNativeSeparators(minePath)));
    CHECK(message.contains(QStringLiteral("holds only %1's own ratings").arg(rater.name)));
    CHECK(message.contains(
        QStringLiteral("`laatu-cli merge %1`").arg(QDir::toNativeSeparators(minePath))));
    fixture.requireUnchanged(before);
    CHECK(fixture.load(review.review.uuid).raters.size() == review.raters.size());

    const ReviewImporter::Result together = fixture.import({newPath, minePath});
    CHECK(together.imported.isEmpty());
    REQUIRE(together.fileProblems.size() == 1);
    CHECK(together.fileProblems.constFirst() == message);
    fixture.requireUnchanged(before);

    // The other file was fine: alone it is added.
    const ReviewImporter::Result valid = fixture.import({newPath});
    CHECK(valid.fileProblems.isEmpty());
    REQUIRE(valid.imported.size() == 1);
    CHECK(valid.imported.constFirst().outcome == ReviewImporter::Outcome::Added);
}
