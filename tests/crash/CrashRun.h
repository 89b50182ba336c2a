#pragma once

// Starting laatu_crash_writer, waiting for the moment to kill it, killing it with SIGKILL and
// reading what it acknowledged before it died.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>

namespace laatu::crash {

struct WriterRun
{
    QStringList lines; // complete lines on stdout, in order
    QByteArray partial; // text after the last newline (an unfinished line, never an ack)
    QString errors; // stderr
    bool killed = false; // died of the signal, not on its own
    bool waitTimedOut = false; // the awaited line never came
};

class KilledWriter
{
public:
    KilledWriter(const QString &program, const QStringList &arguments)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.start();
        m_started = m_process.waitForStarted(10000);
    }

    bool started() const { return m_started; }
    // Sends `input` to the program's stdin.
    void write(const QByteArray &input)
    {
        m_process.write(input);
        m_process.waitForBytesWritten(10000);
    }

    // Reads stdout until `done` holds for the lines read so far (or the writer ends, or 10 s
    // pass, which counts as a timeout).
    void waitFor(const std::function<bool(const QStringList &)> &done)
    {
        QElapsedTimer timer;
        timer.start();
        collect();
        while (!done(m_run.lines)) {
            if (m_process.state() == QProcess::NotRunning || timer.hasExpired(10000)) {
                m_run.waitTimedOut = true;
                return;
            }
            m_process.waitForReadyRead(50);
            collect();
        }
    }

    // Polls `condition` (a file appearing, say) every 100 µs until it holds; false when the
    // program ended first or 10 s passed.
    bool pollUntil(const std::function<bool()> &condition)
    {
        QElapsedTimer timer;
        timer.start();
        while (!condition()) {
            if (m_process.waitForFinished(0) || m_process.state() == QProcess::NotRunning
                || timer.hasExpired(10000))
                return false;
            QThread::usleep(100);
        }
        return true;
    }

    // SIGKILL after `delayMicroseconds`, then everything the writer printed before it died.
    WriterRun kill(unsigned long delayMicroseconds)
    {
        if (delayMicroseconds > 0)
            QThread::usleep(delayMicroseconds);
        m_process.kill(); // SIGKILL on Unix: no handler, no atexit, no flush
        m_process.waitForFinished(10000);
        collect();
        m_run.partial = m_pending;
        m_run.errors = QString::fromUtf8(m_process.readAllStandardError());
        m_run.killed = m_process.exitStatus() == QProcess::CrashExit;
        return m_run;
    }

private:
    void collect()
    {
        m_pending += m_process.readAllStandardOutput();
        qsizetype newline = 0;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            m_run.lines << QString::fromUtf8(m_pending.left(newline));
            m_pending.remove(0, newline + 1);
        }
    }

    QProcess m_process;
    bool m_started = false;
    QByteArray m_pending;
    WriterRun m_run;
};

} // namespace laatu::crash
