#pragma once
// One run of a program as a child process of the benchmark, timed from fork to its end, with
// its own peak memory (ru_maxrss from wait4, which QProcess does not give). Its output and
// messages go to /dev/null: what is timed is the program's work, not a pipe's; a run that fails
// says so by its exit code, and the benchmark names the command.
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

namespace laatu::bench {

struct ChildRun
{
    double milliseconds = 0;
    long peakKilobytes = 0;
    int exitCode = -1;
    bool ok() const { return exitCode == 0; }
};

inline ChildRun runChild(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &entry : storage)
        argv.push_back(entry.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        if (devNull >= 0) {
            dup2(devNull, STDOUT_FILENO);
            dup2(devNull, STDERR_FILENO);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (child < 0 || wait4(child, &status, 0, &usage) != child)
        return {};
    return {double(timer.nsecsElapsed()) / 1e6, usage.ru_maxrss,
            WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

// The median run by time (its peak memory with it), or a failed run when any run failed.
inline ChildRun medianRun(std::vector<ChildRun> runs)
{
    if (runs.empty()
        || std::any_of(runs.cbegin(), runs.cend(), [](const ChildRun &run) { return !run.ok(); }))
        return {};
    std::sort(runs.begin(), runs.end(),
              [](const ChildRun &a, const ChildRun &b) { return a.milliseconds < b.milliseconds; });
    return runs.at(runs.size() / 2);
}

// The programs taken in turn, `runs` times round after one unmeasured round (warm caches), so
// that a busy moment of the machine falls on all of them alike: the median run of each.
struct Command
{
    QString program;
    QStringList arguments;
};

inline std::vector<ChildRun> interleavedMedians(const std::vector<Command> &commands, int runs)
{
    std::vector<std::vector<ChildRun>> all(commands.size());
    for (int round = -1; round < runs; ++round) {
        for (size_t i = 0; i < commands.size(); ++i) {
            const ChildRun run = runChild(commands[i].program, commands[i].arguments);
            if (round >= 0 || !run.ok())
                all[i].push_back(run);
        }
    }
    std::vector<ChildRun> medians;
    for (const std::vector<ChildRun> &runsOfOne : all)
        medians.push_back(medianRun(runsOfOne));
    return medians;
}

} // namespace laatu::bench
