// laatu_crash_writer <database> <seed> <first-index> [<count>]
//
// Performs the crash test's scripted edits on <database> through ReviewRepository, one edit per
// transaction, until it is killed (or <count> edits are done). Before an edit it prints
// "begin <n>", after the edit's call returned success "ack <n> <what>" (see describe()); each
// line is flushed at once, so an "ack" the test reads was committed before it was printed.
// Exit codes: 0 all edits done, 2 usage, 3 an edit failed, 4 the database did not open.
#include "CrashScript.h"

#include "instrument/CatalogReader.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <limits>

using namespace laatu;

namespace {
void say(const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stderr);
    std::fflush(stderr);
}

StorageError perform(ReviewRepository &repository, qint64 reviewId, const crash::ScriptedEdit &edit,
                     const ReviewDocument &edited, const Instrument &instrument)
{
    switch (edit.kind) {
    case crash::ScriptedEdit::Consensus:
        return repository.setConsensusRating(reviewId, edit.criterionId, edit.value, edit.reason);
    case crash::ScriptedEdit::Rater:
        return repository.setRaterRating(reviewId, edited.raters.at(edit.raterIndex).uuid,
                                         edit.criterionId, edit.value);
    case crash::ScriptedEdit::Note:
        return repository.setEvidenceNote(reviewId, edit.criterionId, edit.source, edit.text);
    case crash::ScriptedEdit::Review: {
        ReviewDocument review = crash::scriptedReview(instrument, edit.reviewSeed);
        bool unchanged = false;
        return repository.saveReview(review, unchanged);
    }
    }
    return {StorageError::Other, QStringLiteral("unknown edit kind")};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool seedOk = false;
    bool firstOk = false;
    bool countOk = true;
    const quint32 seed = arguments.value(2).toUInt(&seedOk);
    const int first = arguments.value(3).toInt(&firstOk);
    const qint64 count = arguments.size() > 4 ? arguments.at(4).toLongLong(&countOk)
                                              : std::numeric_limits<qint64>::max();
    if (arguments.size() < 4 || arguments.size() > 5 || !seedOk || !firstOk || !countOk
        || first < 0) {
        complain(QStringLiteral("usage: laatu_crash_writer <database> <seed> <first-index> "
                                "[<count>]"));
        return 2;
    }

    const CatalogReader::Result catalog = CatalogReader::readBuiltIn();
    if (!catalog.ok()) {
        complain(QStringLiteral("built-in catalog: ") + catalog.errors.join(QLatin1Char('\n')));
        return 3;
    }
    const Instrument &instrument = *catalog.instrument;
    const ReviewDocument edited = crash::editedReview(instrument);

    StorageError error;
    const std::unique_ptr<Database> database
        = Database::open(arguments.at(1), Database::Options {false, false}, error);
    if (!database) {
        complain(QStringLiteral("open: ") + error.message());
        return 4;
    }
    if (database->isReadOnly()) {
        complain(QStringLiteral("open: read-only: ") + database->readOnlyReason());
        return 4;
    }
    ReviewRepository repository(*database);
    qint64 reviewId = 0;
    if ((error = repository.findReview(edited.review.uuid, reviewId))) {
        complain(QStringLiteral("find: ") + error.message());
        return 4;
    }
    say(QStringLiteral("open"));

    for (qint64 n = first; n - first < count; ++n) {
        const crash::ScriptedEdit edit = crash::scriptedEdit(instrument, seed, static_cast<int>(n));
        say(QStringLiteral("begin %1").arg(n));
        if ((error = perform(repository, reviewId, edit, edited, instrument))) {
            complain(QStringLiteral("edit %1 failed: %2").arg(n).arg(error.message()));
            return 3;
        }
        say(QStringLiteral("ack %1 %2").arg(n).arg(crash::describe(edit, edited, instrument)));
    }
    return 0;
}
