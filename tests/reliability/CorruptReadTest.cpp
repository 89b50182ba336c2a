// The 500 damaged files of CorruptFilesTest, given to laatu-cli's read-only commands: those
// check only what is O(1) at open (header, application_id, user_version) and find damage in
// the pages they read. For every file and command: no crash; a success only when what it
// printed is what the undamaged file gives or the damage is one no check can see; otherwise one
// specific message naming the file, exit code 4; the file not changed by a byte.
#include "CorruptFiles.h"
#include "CorruptJudge.h"
#include "ReliabilitySupport.h"

#include "text/TextRules.h"

#include "storage/SiteRepository.h"

#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

using namespace laatu;
using namespace laatu::test;

namespace {

struct Run
{
    int exitCode = -1; // -1: crashed or hung
    QString out; // stdout and the file written, the case's folder replaced by DIR
    QString err;
};

Run runCli(const QString &dir, const QStringList &arguments, const QString &outFile)
{
    if (!outFile.isEmpty())
        QFile::remove(outFile);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    // Qt's notes about the environment are not what is judged here.
    const QString runtime = dir + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LAATU_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    // A PDF holds its creation time: only that it was written counts.
    if (outFile.endsWith(QLatin1String(".pdf")))
        run.out += QFileInfo::exists(outFile) ? QStringLiteral("[pdf]") : QString();
    else if (!outFile.isEmpty())
        run.out += QString::fromUtf8(readFile(outFile));
    run.out.replace(dir, QStringLiteral("DIR"));
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

struct Command
{
    QString name;
    QStringList arguments; // after --db; "OUT" is replaced by the file to write
    QString outName;
};

QList<Command> readOnlyCommands(const QString &siteUuid, const QString &county)
{
    return {
        {QStringLiteral("show"), {QStringLiteral("show"), QStringLiteral("1")}, {}},
        {QStringLiteral("list"), {QStringLiteral("list"), QStringLiteral("--json")}, {}},
        {QStringLiteral("export"),
         {QStringLiteral("export"), QStringLiteral("2"), QStringLiteral("--out"),
          QStringLiteral("OUT")},
         QStringLiteral("review.json")},
        {QStringLiteral("report"),
         {QStringLiteral("report"), QStringLiteral("3"), QStringLiteral("--with-notes"),
          QStringLiteral("--out"), QStringLiteral("OUT")},
         QStringLiteral("report.pdf")},
        {QStringLiteral("history"),
         {QStringLiteral("history"), siteUuid, QStringLiteral("--json")},
         {}},
        {QStringLiteral("compare"),
         {QStringLiteral("compare"), QStringLiteral("--county"), county, QStringLiteral("--all")},
         {}},
        {QStringLiteral("export-csv"),
         {QStringLiteral("export-csv"), QStringLiteral("--out"), QStringLiteral("OUT")},
         QStringLiteral("reviews.csv")},
        {QStringLiteral("check"), {QStringLiteral("check")}, {}},
    };
}

Run runCommand(const Command &command, const QString &dir, const QString &db)
{
    const QString outFile = command.outName.isEmpty() ? QString() : dir + u'/' + command.outName;
    QStringList arguments;
    for (const QString &argument : command.arguments)
        arguments << (argument == QLatin1String("OUT") ? outFile : argument);
    arguments << QStringLiteral("--db") << db;
    return runCli(dir, arguments, outFile);
}

// What a read-only open of the file says; whether the full check passes on it, and whether
// quick_check does (the old read-only open ran it: a file it passes was read as it is now).
struct Expected
{
    StorageError refusal;
    bool checkOk = false;
    bool quickCheckOk = false;
};

Expected inspect(const QString &path)
{
    Expected expected;
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    options.pageChecksOnly = true;
    std::unique_ptr<Database> database = Database::open(path, options, expected.refusal);
    if (database) {
        QStringList report;
        expected.checkOk = !database->check(report);
        expected.quickCheckOk = report.value(0) == QLatin1String("quick_check: ok");
    }
    return expected;
}

// The same, for bytes written to a file of its own in `scratch`; its folder is DIR in the
// message, as the case's is in what a command prints.
Expected inspectBytes(const QByteArray &bytes, const QString &scratch)
{
    const QString inspectDir = scratch + QStringLiteral("/inspect");
    QDir(inspectDir).removeRecursively();
    REQUIRE(QDir().mkpath(inspectDir));
    writeFile(inspectDir + QStringLiteral("/laatu.db"), bytes);
    Expected expected = inspect(inspectDir + QStringLiteral("/laatu.db"));
    if (expected.refusal)
        expected.refusal = StorageError(
            expected.refusal.code(),
            QString(expected.refusal.message()).replace(inspectDir, QStringLiteral("DIR")));
    return expected;
}

// The undamaged file with only those of the case's changed bytes that quick_check passes one
// by one: what the file would be without the damage a check can see.
QByteArray invisibleDamageOnly(const CorruptCase &corrupt, const QByteArray &valid,
                               const QString &scratch)
{
    QByteArray result = valid;
    for (const qsizetype offset : corrupt.changedOffsets) {
        QByteArray single = valid;
        single[offset] = corrupt.bytes.at(offset);
        const Expected expected = inspectBytes(single, scratch);
        if (!expected.refusal && expected.quickCheckOk)
            result[offset] = corrupt.bytes.at(offset);
    }
    return result;
}

// An empty string when the run is right for the case, else what is wrong with it.
QString judgeRun(const CorruptCase &corrupt, const Command &command, const Run &run,
                 const Run &valid, const Expected &expected, const QString &caseDir)
{
    if (run.exitCode < 0)
        return QStringLiteral("crashed or hung");
    const QString prefix = QStringLiteral("laatu-cli %1: ").arg(command.name);
    if (expected.refusal) {
        // Refused at open: the open's own specific message, as with the writer.
        if (run.exitCode == 0)
            return QStringLiteral("succeeded, expected: ") + expected.refusal.message();
        if (const QString wrong
            = judgeRefusal(corrupt, expected.refusal, QStringLiteral("laatu.db"));
            !wrong.isEmpty())
            return wrong;
        QString said = run.err;
        said.replace(caseDir, QStringLiteral("DIR"));
        // A message quoting the file's bytes shows a control character as an escape
        // (TextRules::message), so nothing a damaged file holds reaches the terminal raw.
        const QString message = prefix + TextRules::message(expected.refusal.message());
        return said == message
            ? QString()
            : QStringLiteral("printed \"%1\", expected \"%2\"").arg(said, message);
    }
    if (mustBeRefused(corrupt.damage))
        return QStringLiteral("opened, expected it to be refused");
    if (command.name == QLatin1String("check")) {
        // The whole-file check: it fails exactly when the check fails.
        if ((run.exitCode == 0) != expected.checkOk)
            return QStringLiteral("check gave exit code %1 although the full check %2: %3")
                .arg(run.exitCode)
                .arg(expected.checkOk ? QStringLiteral("passes") : QStringLiteral("fails"),
                     run.err);
        return run.exitCode == 0 || run.exitCode == 4
            ? QString()
            : QStringLiteral("check gave exit code %1").arg(run.exitCode);
    }
    // Damage quick_check passes was read the same way when every open ran it: whatever the
    // file then holds (a changed letter, an index that no longer matches its table), a command
    // takes it as data, as before. Anything else must be found.
    if (run.exitCode == 0) {
        if (run.out == valid.out || expected.quickCheckOk)
            return QString();
        return QStringLiteral("succeeded with other output although quick_check fails: %1")
            .arg(run.out.left(300));
    }
    if (run.err.count(QLatin1Char('\n')) != 0 || !run.err.startsWith(prefix))
        return QStringLiteral("not one message: ") + run.err;
    const bool damageMessage = run.exitCode == 4 && run.err.contains(QLatin1String("laatu.db"))
        && run.err.contains(QLatin1String("damaged"))
        && run.err.contains(QLatin1String("laatu-cli check"))
        && run.err.contains(QLatin1String("laatu-cli restore"));
    if (damageMessage || expected.quickCheckOk) // e.g. "no reviews of" a county that lost a letter
        return QString();
    return QStringLiteral("exit code %1, not the damaged-file message: %2")
        .arg(run.exitCode)
        .arg(run.err);
}

} // namespace

TEST_CASE("500 damaged or foreign files given to the read-only commands: a specific message or "
          "the right output, never a changed byte",
          "[reliability][corrupt][cli]")
{
    const QString shm = QStringLiteral("/dev/shm");
    const bool inMemory = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable();
    QTemporaryDir dir(inMemory ? shm + QStringLiteral("/laatu-corrupt-read-XXXXXX")
                               : QDir::tempPath() + QStringLiteral("/laatu-corrupt-read-XXXXXX"));
    REQUIRE(dir.isValid());
    const QString validPath = dir.filePath(QStringLiteral("valid.db"));
    makeDemoDatabase(validPath, 2, 2);
    const QByteArray valid = readFile(validPath);
    QString siteUuid;
    QString county;
    {
        Database::Options options;
        options.readOnly = true;
        StorageError error;
        std::unique_ptr<Database> database = Database::open(validPath, options, error);
        REQUIRE(database);
        SiteRepository sites(*database);
        QList<Site> list;
        REQUIRE_FALSE(sites.listSites(list));
        REQUIRE_FALSE(list.isEmpty());
        siteUuid = list.constFirst().uuid;
        county = list.constFirst().county;
    }
    const QList<Command> commands = readOnlyCommands(siteUuid, county);

    // What each command gives on the undamaged file, from a folder of the same name length.
    const QString validDir = dir.filePath(QStringLiteral("case-valid"));
    REQUIRE(QDir().mkpath(validDir));
    writeFile(validDir + QStringLiteral("/laatu.db"), valid);
    QList<Run> validRuns;
    for (const Command &command : commands) {
        validRuns << runCommand(command, validDir, validDir + QStringLiteral("/laatu.db"));
        INFO(command.name.toStdString() << ": " << validRuns.constLast().err.toStdString());
        REQUIRE(validRuns.constLast().exitCode == 0);
    }

    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    REQUIRE(QDir().mkpath(scratch));
    const QList<CorruptCase> cases = makeCorruptCases(valid, 20261129u, scratch);
    REQUIRE(cases.size() == 500);

    QMap<QString, int> tally;
    int wrong = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const CorruptCase &corrupt = cases.at(i);
        const QString caseDir
            = dir.filePath(QStringLiteral("case-%1").arg(i, 5, 10, QLatin1Char('0')));
        REQUIRE(QDir().mkpath(caseDir));
        const QString path = caseDir + QStringLiteral("/laatu.db");
        writeFile(path, corrupt.bytes);
        const QByteArray hashBefore = sha256Of(path);
        // From a copy, so that the runs below find the file as the user gave it.
        const Expected expected = inspectBytes(corrupt.bytes, scratch);

        for (qsizetype c = 0; c < commands.size(); ++c) {
            const Command &command = commands.at(c);
            const Run run = runCommand(command, caseDir, path);
            QString problem = judgeRun(corrupt, command, run, validRuns.at(c), expected, caseDir);
            bool explained = false;
            if (!problem.isEmpty() && !corrupt.changedOffsets.isEmpty()) {
                // Several bytes changed: right if what was printed is what the damage no check
                // can see gives alone, the rest being in pages the command did not read.
                const QString otherDir = scratch + QStringLiteral("/invisible");
                QDir(otherDir).removeRecursively();
                REQUIRE(QDir().mkpath(otherDir));
                writeFile(otherDir + QStringLiteral("/laatu.db"),
                          invisibleDamageOnly(corrupt, valid, scratch));
                const Run other
                    = runCommand(command, otherDir, otherDir + QStringLiteral("/laatu.db"));
                explained = other.exitCode == run.exitCode && other.out == run.out
                    && QString(other.err).replace(otherDir, QStringLiteral("DIR"))
                        == QString(run.err).replace(caseDir, QStringLiteral("DIR"));
                if (explained)
                    problem.clear();
            }
            INFO(QStringLiteral("case %1, %2: %3; %4 -> exit %5: %6")
                     .arg(i)
                     .arg(damageName(corrupt.damage), corrupt.description, command.name)
                     .arg(run.exitCode)
                     .arg(run.err)
                     .toStdString());
            CHECK(problem == QString());
            CHECK(sha256Of(path) == hashBefore);
            CHECK_FALSE(filesBeside(path).contains(QStringLiteral("laatu.db.lock")));
            const bool same = run.exitCode == 0 && run.out == validRuns.at(c).out;
            tally[QStringLiteral("%1 %2: %3")
                      .arg(command.name, damageName(corrupt.damage),
                           explained ? QStringLiteral("as with only the damage no check sees")
                               : run.exitCode == 0 ? (same ? QStringLiteral("ok, same output")
                                                           : QStringLiteral("ok, other output"))
                                                   : QStringLiteral("refused"))]
                += 1;
            if (!problem.isEmpty() || sha256Of(path) != hashBefore)
                ++wrong;
        }
        QDir(caseDir).removeRecursively();
    }
    QStringList lines;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value());
    WARN("read-only commands on the 500 damaged files ("
         << wrong << " wrong):\n"
         << lines.join(QLatin1Char('\n')).toStdString());
}
