// laatu: the desktop application.
#include "gui/common/MessageBox.h"
#include "gui/main/DatabaseRecovery.h"
#include "gui/main/MainWindow.h"
#include "gui/main/WriterChecks.h"

#include "LaatuVersion.h"
#include "i18n/Translator.h"
#include "instrument/CatalogReader.h"
#include "storage/Database.h"
#include "storage/ReviewListQueries.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <future>

namespace {
// The options of laatu, shared by the answer without a display and the application itself.
struct CommandLine
{
    explicit CommandLine(QCommandLineParser &parser)
        : catalog(QStringLiteral("catalog"),
                  QCoreApplication::translate(
                      "main", "Show the criteria catalog in <file> instead of the built-in one."),
                  QStringLiteral("file"))
        , db(QStringLiteral("db"),
             QCoreApplication::translate(
                 "main", "Open the database in <path> (default: your own Laatu database)."),
             QStringLiteral("path"))
        , exitAfterStartup(
              QStringLiteral("exit-after-startup"),
              QCoreApplication::translate("main",
                                          "Show the main window, let pending events run, then exit "
                                          "(for start-up measurements)."))
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Laatu: IPS fidelity reviews against the 25 quality criteria."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({catalog, db, exitAfterStartup});
    }

    QCommandLineOption catalog;
    QCommandLineOption db;
    QCommandLineOption exitAfterStartup;
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Laatu"));
    QCoreApplication::setApplicationName(QStringLiteral("laatu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAATU_VERSION_STRING));
    const QString languageSetting
        = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    laatu::Translator::install(languageSetting);
}

// --help and --version ask only for text: they are answered without a display.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}
// Without an X11 or Wayland display (and no platform chosen), the GUI cannot start: say so
// plainly instead of Qt's abort.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}
} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv) || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        nameApplication();
        QCommandLineParser parser;
        const CommandLine line(parser);
        if (!parser.parse(QCoreApplication::arguments())) {
            std::fprintf(stderr, "laatu: %s\n%s\n", qPrintable(parser.errorText()),
                         qPrintable(QCoreApplication::translate("main", "Try 'laatu --help'.")));
            return 2;
        }
        parser.process(app); // prints the help or the version and exits when asked for
        std::fprintf(stderr, "laatu: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main",
                         "no display was found (DISPLAY is not set). Start Laatu on a "
                         "desktop, or use laatu-cli on the command line.")));
        return 1;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Laatu"));
    QApplication::setDesktopFileName(QStringLiteral("fi.laatu.Laatu"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/laatu.svg")));

    QCommandLineParser parser;
    const CommandLine line(parser);
    const QCommandLineOption &catalogOption = line.catalog;
    const QCommandLineOption &dbOption = line.db;
    const QCommandLineOption &exitOption = line.exitAfterStartup;
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "laatu: %s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(QApplication::translate("main", "Try 'laatu --help'.")));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "laatu: %s\n",
                     qPrintable(QApplication::translate(
                                    "main", "unexpected argument \"%1\"; try 'laatu --help'.")
                                    .arg(parser.positionalArguments().constFirst())));
        return 2;
    }

    // The built-in catalog is parsed on a thread of its own while the database opens: the two
    // are the largest parts of the start before the window is made, and neither needs the other
    // (a migration that asks for the catalog waits for the same parse).
    std::future<laatu::CatalogReader::Result> builtInCatalog
        = std::async(std::launch::async, &laatu::CatalogReader::readBuiltIn);
    const QString databasePath
        = parser.isSet(dbOption) ? parser.value(dbOption) : laatu::Database::defaultPath();
    // And the list's sites are read on another, from now on: while the file is opened and
    // checked and the window is made (at 4,000 sites the read takes longer than the window).
    std::future<laatu::ReviewListQueries::Listing> listing
        = laatu::ReviewListQueries::readListingAhead(databasePath, QLocale::system().collation());
    laatu::StorageError error;
    // The window comes up after the O(1) checks at open; the writer's full checks and the daily
    // backup run once it is shown (and before any write in any case).
    laatu::Database::Options options;
    options.deferWriterChecks = true;
    // A damaged file: the newest backup is offered in its place.
    bool putBack = false;
    std::unique_ptr<laatu::Database> database
        = laatu::gui::DatabaseRecovery::open(databasePath, options, nullptr, error, &putBack);
    // What was read ahead stands for the file opened only if that is the file as it was read.
    const bool listingStands = database && !putBack && !database->upgradedAtOpen();

    laatu::CatalogReader::Result catalog = builtInCatalog.get();
    if (!catalog.ok()) {
        // Only a broken build gets here: the built-in catalog is checked by the test suite.
        laatu::gui::MessageBox::critical(nullptr,
                                         QApplication::translate("main", "Laatu Cannot Start"),
                                         catalog.errors.join(QLatin1Char('\n')));
        return 1;
    }
    if (parser.isSet(catalogOption)) {
        laatu::CatalogReader::Result own
            = laatu::CatalogReader::readFile(parser.value(catalogOption));
        if (own.ok()) {
            catalog = own;
        } else {
            laatu::gui::MessageBox::critical(
                nullptr, QApplication::translate("main", "Catalog Not Loaded"),
                QApplication::translate("main",
                                        "%1 is not a valid criteria catalog; Laatu shows the "
                                        "built-in catalog instead.\n\nProblems found:\n• %2")
                    .arg(parser.value(catalogOption),
                         own.errors.mid(0, 12).join(QStringLiteral("\n• "))));
        }
    }

    laatu::gui::MainWindow window(*catalog.instrument);
    if (listing.valid()) {
        laatu::ReviewListQueries::Listing read = listing.get();
        if (listingStands)
            window.setPrefetchedListing(std::move(read));
    }
    if (!database) {
        // Nothing is written to a file that failed to open; the catalog is still there to read.
        laatu::gui::MessageBox::critical(
            nullptr, QApplication::translate("main", "Database Not Opened"), error.message());
    }
    window.setDatabase(std::move(database));
    window.show();
    if (parser.isSet(exitOption)) {
        QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
    } else {
        // Deferred to the event loop, so the window paints before the check's thread starts.
        auto *checks = new laatu::gui::WriterChecks(window);
        QTimer::singleShot(0, checks, &laatu::gui::WriterChecks::start);
    }
    return QApplication::exec();
}
