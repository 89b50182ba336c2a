// File → Publish Review, Publish All Final Reviews and Pull Programme Reviews in the window,
// against a real PostgreSQL 15: the transfer runs off the GUI thread, the password is asked
// when the server wants one, the review list shows each review's publication, re-finalising
// publishes the next revision, a pulled review is read-only, and a lost server loses nothing.
#include "../../programme/ProgrammeFixture.h"
#include "../../support/BuiltInCatalog.h"
#include "../../support/QtStringMaker.h"
#include "../GuiDriver.h"
#include "../ReviewDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ProgrammeActions.h"
#include "gui/programme/ProgrammeServerDialog.h"
#include "gui/programme/ServerPasswordDialog.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "i18n/Translator.h"
#include "programme/ProgrammePublisher.h"
#include "programme/ProgrammeSettings.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace laatu;
using namespace laatu::test;
using laatu::gui::DialogRunner;
using laatu::gui::MainWindow;
using laatu::gui::MessageBox;
using Publication = laatu::OutboxRepository::Publication;

namespace {
void onLaptop(const QString &folder)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

QAction *action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

void trigger(MainWindow &window, const char *name)
{
    QAction *command = action(window, name);
    INFO(name);
    REQUIRE(command->isEnabled());
    command->trigger();
}

// Waits, with the event loop running as in the application, until the transfer has ended.
void waitForTransfer(MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.programmeActions()->isBusy(), 60000);
    settle();
}

// The next password dialog gets `password`, typed as the user would.
void answerPassword(const QString &password, bool *asked = nullptr)
{
    DialogRunner::setNextHandler([password, asked](QDialog &dialog) {
        auto *prompt = qobject_cast<gui::ServerPasswordDialog *>(&dialog);
        REQUIRE(prompt);
        if (asked)
            *asked = true;
        showActive(dialog);
        prompt->passwordField()->setFocus();
        typeInto(prompt->passwordField(), password);
        press(dialog, Qt::Key_Return);
        return dialog.result();
    });
}

QString statusText(MainWindow &window, qint64 reviewId)
{
    REQUIRE(window.reviewList()->selectReview(reviewId));
    const QModelIndex status = window.reviewList()->currentIndex().siblingAtColumn(2);
    REQUIRE(status.isValid());
    // The publication is an icon beside the status; its words are what a screen reader
    // says and what the tooltip begins with.
    const QString spoken = status.data(Qt::AccessibleTextRole).toString();
    if (spoken != status.data().toString())
        CHECK(status.data(Qt::ToolTipRole).toString().startsWith(spoken));
    return spoken;
}

qint64 idOf(MainWindow &window, const QString &uuid)
{
    for (const ReviewSummary &summary : window.reviewList()->reviews())
        if (summary.uuid == uuid)
            return summary.id;
    FAIL("review " << uuid.toStdString() << " is not in the list");
    return 0;
}

qint64 snapshots(const QString &uuid)
{
    return adminCount(
        QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE review_uuid = '%1'").arg(uuid));
}
} // namespace

TEST_CASE("a reviewer publishes from the File menu, the list shows it, and re-finalising "
          "publishes the next revision",
          "[gui][programme]")
{
    Translator::install(QStringLiteral("en"));
    TestCluster &server = programme();
    QTemporaryDir settings;
    onLaptop(settings.path());
    Laptop laptop;
    const QList<ReviewDocument> reviews = laptop.addFinalReviews(7101, 3, 2, kCountyA);
    laptop.close();
    ProgrammeSettings::setUrl(server.url(kReviewerA));

    MainWindow window(builtIn());
    window.setDatabase(openDatabase(laptop.path()));
    showActive(window);
    // One with a consensus on every criterion, to be finalised again after reopening.
    const int criteria = int(builtIn().criteria().size());
    qint64 first = 0;
    QString firstUuid;
    for (const ReviewSummary &summary : window.reviewList()->reviews())
        if (summary.consensusRated == criteria && !first) {
            first = summary.id;
            firstUuid = summary.uuid;
        }
    REQUIRE(first);
    const qint64 second = idOf(window,
                               reviews.at(0).review.uuid == firstUuid ? reviews.at(1).review.uuid
                                                                      : reviews.at(0).review.uuid);
    CHECK(statusText(window, first) == QStringLiteral("Final, not published"));

    // No password in the keyring or the session: the server's refusal asks for one.
    bool asked = false;
    answerPassword(passwordOf(kReviewerA), &asked);
    trigger(window, "publishAllFinalAction");
    // Off the GUI thread: the window goes on while the commands wait for the transfer.
    CHECK(window.programmeActions()->isBusy());
    CHECK_FALSE(action(window, "publishAllFinalAction")->isEnabled());
    CHECK_FALSE(action(window, "pullProgrammeAction")->isEnabled());
    waitForTransfer(window);
    CHECK(asked);
    INFO(MessageBox::lastText().toStdString());
    CHECK(MessageBox::lastText().contains(QStringLiteral("6 reviews published")));
    for (const ReviewDocument &review : reviews)
        CHECK(snapshots(review.review.uuid) == 1);
    CHECK(statusText(window, first) == QStringLiteral("Final, published"));
    CHECK(statusText(window, second) == QStringLiteral("Final, published"));
    CHECK(action(window, "publishAllFinalAction")->isEnabled());

    // Again: the session keeps the password, and nothing is sent twice.
    asked = false;
    trigger(window, "publishAllFinalAction");
    waitForTransfer(window);
    CHECK_FALSE(asked);
    CHECK(MessageBox::lastText().contains(QStringLiteral("already on the server")));
    CHECK(snapshots(firstUuid) == 1);

    // Reopened, the list says it differs from what the server holds; finalised again, it is
    // published as revision 2 on its own, beside revision 1.
    REQUIRE(window.openReview(first));
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *input = qobject_cast<QInputDialog *>(&dialog);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("The county was misspelt"));
        return int(QDialog::Accepted);
    });
    trigger(window, "reopenAction");
    settle();
    CHECK(statusText(window, first) == QStringLiteral("Consensus, changed since publication"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(window, "finaliseAction");
    waitForTransfer(window);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Published to")));
    CHECK(snapshots(firstUuid) == 2);
    CHECK(adminCount(QStringLiteral("SELECT max(revision) FROM laatu.snapshot WHERE review_uuid "
                                    "= '%1'")
                         .arg(firstUuid))
          == 2);
    CHECK(statusText(window, first) == QStringLiteral("Final, published"));
}

TEST_CASE("a project manager pulls the programme from the File menu; pulled reviews are "
          "read-only",
          "[gui][programme]")
{
    Translator::install(QStringLiteral("en"));
    TestCluster &server = programme();
    // Something published by a reviewer of another county, for the manager to see.
    {
        Laptop reviewer;
        reviewer.addFinalReviews(7201, 1, 2, kCountyB);
        auto connection = connectAs(kReviewerB);
        ProgrammePublisher publisher(reviewer.database(), reviewer.repository(), *connection);
        REQUIRE_FALSE(publisher.publish(reviewer.finalOwn()).error);
    }
    const qint64 published = adminCount(QStringLiteral("SELECT count(*) FROM laatu.snapshot"));
    QTemporaryDir settings;
    onLaptop(settings.path());
    Laptop laptop;
    laptop.close();
    ProgrammeSettings::setUrl(server.url(kProgrammeManager));

    MainWindow window(builtIn());
    window.setDatabase(openDatabase(laptop.path()));
    showActive(window);
    CHECK(window.reviewList()->reviewCount() == 0);
    answerPassword(passwordOf(kProgrammeManager));
    trigger(window, "pullProgrammeAction");
    waitForTransfer(window);
    INFO(MessageBox::lastText().toStdString());
    CHECK(MessageBox::lastText().contains(QStringLiteral("received from")));
    // Every snapshot is one review's revision: the list has one line per review.
    const qint64 reviews
        = adminCount(QStringLiteral("SELECT count(DISTINCT review_uuid) FROM laatu.snapshot"));
    CHECK(published >= 2);
    CHECK(window.reviewList()->reviewCount() == reviews);

    const qint64 pulled = window.reviewList()->reviews().first().id;
    CHECK(window.reviewList()->publication(pulled) == Publication::Pulled);
    CHECK(statusText(window, pulled) == QStringLiteral("Final, from the programme"));
    window.updateActions();
    CHECK_FALSE(action(window, "deleteReviewAction")->isEnabled());
    REQUIRE(window.openReview(pulled));
    window.updateActions();
    CHECK_FALSE(action(window, "reopenAction")->isEnabled());
    // Publishing someone else's review is refused with a word, without a connection.
    trigger(window, "publishReviewAction");
    CHECK(MessageBox::lastText().contains(QStringLiteral("pulled from the programme")));
    CHECK_FALSE(window.programmeActions()->isBusy());

    // Nothing new: the second pull receives nothing and changes nothing.
    trigger(window, "pullProgrammeAction");
    waitForTransfer(window);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("0 reviews received")));
    CHECK(window.reviewList()->reviewCount() == reviews);
}

TEST_CASE("a server that cannot be reached, or refuses the password, loses nothing and says "
          "what to do",
          "[gui][programme]")
{
    Translator::install(QStringLiteral("en"));
    TestCluster &server = programme();
    QTemporaryDir settings;
    onLaptop(settings.path());
    Laptop laptop;
    const QList<ReviewDocument> reviews = laptop.addFinalReviews(7301, 1, 1, kCountyA);
    laptop.close();
    MainWindow window(builtIn());
    window.setDatabase(openDatabase(laptop.path()));
    showActive(window);
    const qint64 id = idOf(window, reviews.first().review.uuid);

    SECTION("nothing listens at the address")
    {
        ProgrammeSettings::setUrl(
            server.url(kReviewerA)
                .replace(QStringLiteral(":%1/").arg(server.port()), QStringLiteral(":1/")));
        REQUIRE(window.reviewList()->selectReview(id));
        trigger(window, "publishReviewAction");
        waitForTransfer(window);
        INFO(MessageBox::lastText().toStdString());
        CHECK(MessageBox::lastText().contains(QStringLiteral("could not be reached")));
        CHECK(MessageBox::lastText().contains(QStringLiteral("Nothing is lost")));
        CHECK(statusText(window, id) == QStringLiteral("Final, not published"));
        CHECK(snapshots(reviews.first().review.uuid) == 0);
    }
    SECTION("a wrong password is asked for once again, then the refusal is shown")
    {
        ProgrammeSettings::setUrl(server.url(kReviewerA2));
        bool asked = false;
        answerPassword(QStringLiteral("not-the-password"), &asked);
        REQUIRE(window.reviewList()->selectReview(id));
        trigger(window, "publishReviewAction");
        waitForTransfer(window);
        CHECK(asked);
        INFO(MessageBox::lastText().toStdString());
        CHECK(MessageBox::lastText().contains(QStringLiteral("refused")));
        CHECK(snapshots(reviews.first().review.uuid) == 0);
        CHECK(statusText(window, id) == QStringLiteral("Final, not published"));
    }
    SECTION("no server set up: the settings are offered and nothing connects")
    {
        ProgrammeSettings::setUrl({});
        const int connections = server.connectionsLogged();
        MessageBox::setNextAnswer(QMessageBox::No);
        REQUIRE(window.reviewList()->selectReview(id));
        trigger(window, "publishReviewAction");
        CHECK(MessageBox::lastText().contains(QStringLiteral("No programme server is set up")));
        CHECK_FALSE(window.programmeActions()->isBusy());
        CHECK(server.connectionsLogged() == connections);
        // Without a server, the list says nothing of publishing.
        CHECK(statusText(window, id) == QStringLiteral("Final"));
    }
}

TEST_CASE("Settings → Programme Server tests the connection off the GUI thread", "[gui][programme]")
{
    Translator::install(QStringLiteral("en"));
    TestCluster &server = programme();
    QTemporaryDir settings;
    onLaptop(settings.path());
    ProgrammeSettings::setUrl(server.url(kReviewerA));
    gui::ProgrammeServerDialog dialog;
    const QList<QLineEdit *> fields = dialog.findChildren<QLineEdit *>();
    REQUIRE(fields.size() >= 4);
    QPushButton *test = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("&Test Connection"))
            test = button;
    REQUIRE(test);
    const auto result = [&dialog] {
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    };
    fields.at(3)->setText(passwordOf(kReviewerA));
    test->click();
    CHECK_FALSE(test->isEnabled()); // while it connects
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
    INFO(result().toStdString());
    CHECK(result().contains(QStringLiteral("Connected to")));
    CHECK(result().contains(QStringLiteral("as %1").arg(kReviewerA)));

    fields.at(3)->setText(QStringLiteral("not-the-password"));
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
    CHECK(result().contains(QStringLiteral("Not usable")));
}
