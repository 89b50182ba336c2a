// File → Open Review File with a file that changes a site already here (issue 12, item 3): the
// change is shown and made only when the user agrees; no means nothing changes.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"
#include "GuiDriver.h"

#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/main/ExchangeActions.h"
#include "gui/main/MainWindow.h"
#include "i18n/Translator.h"

#include "exchange/ReviewFileIo.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using laatu::gui::FileDialog;
using laatu::gui::MainWindow;
using laatu::gui::MessageBox;

namespace {
// A draft review of the database whose site has no final review (one review per site, every
// other one final), and a file of it whose site has another name.
struct RenamedSite
{
    QTemporaryDir dir;
    QString database = dir.filePath(QStringLiteral("laatu.db"));
    QString file = dir.filePath(QStringLiteral("renamed.laatu.json"));
    laatu::ReviewDocument draft;

    RenamedSite()
    {
        auto db = laatu::test::demoDatabase(database, 4, 1);
        laatu::ReviewRepository repository(*db);
        QList<laatu::ReviewSummary> reviews;
        REQUIRE_FALSE(repository.listReviews(reviews));
        for (const laatu::ReviewSummary &summary : reviews)
            if (summary.status != laatu::ReviewStatus::Final && draft.review.uuid.isEmpty())
                REQUIRE_FALSE(repository.loadReview(summary.id, draft));
        REQUIRE_FALSE(draft.review.uuid.isEmpty());
        laatu::ReviewDocument renamed = draft;
        renamed.site.name = QStringLiteral("Uusi nimi IPS");
        REQUIRE(laatu::ReviewFileIo::write(file, renamed).isEmpty());
    }

    QString storedName(MainWindow &window) const
    {
        qint64 id = 0;
        REQUIRE_FALSE(window.repository()->findReview(draft.review.uuid, id));
        laatu::ReviewDocument stored;
        REQUIRE_FALSE(window.repository()->loadReview(id, stored));
        return stored.site.name;
    }
};
} // namespace

TEST_CASE("opening a file that renames a site asks first, and no leaves the site as it is",
          "[gui][exchange][site]")
{
    laatu::Translator::install(QStringLiteral("en"));
    RenamedSite fixture;
    MainWindow window(laatu::test::builtIn());
    laatu::StorageError error;
    window.setDatabase(laatu::Database::open(fixture.database, {}, error));
    laatu::test::showActive(window);

    // The file's version of the review replaces this one (asked), the site change is asked.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::No);
    FileDialog::setNextFileName(fixture.file);
    CHECK_FALSE(window.exchangeActions()->openReviewFile());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Uusi nimi IPS")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Change them")));
    CHECK(fixture.storedName(window) == fixture.draft.site.name);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextFileName(fixture.file);
    laatu::test::showActive(window);
    const bool opened = window.exchangeActions()->openReviewFile();
    INFO(MessageBox::lastText().toStdString());
    CHECK(opened);
    CHECK(fixture.storedName(window) == QStringLiteral("Uusi nimi IPS"));
}
