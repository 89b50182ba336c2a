#pragma once

// The window a crash test draws its kill delays from. It shrinks when a run ended before its
// kill and grows when a kill landed, so about four kills in five land and the rest still reach
// past the end of the run, whether the machine is faster or slower than the run measured at the
// start (a cold first run, or a load that comes and goes).
#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>

namespace laatu::crash {

class KillWindow
{
public:
    // Starts at `microseconds` and stays between `least` and `most`.
    KillWindow(qint64 microseconds, qint64 least, qint64 most)
        : m_width(double(microseconds))
        , m_least(double(std::max<qint64>(1, least)))
        , m_most(double(std::max(most, least)))
    {
        m_width = std::clamp(m_width, m_least, m_most);
    }

    unsigned long draw(QRandomGenerator &random) const
    {
        return random.bounded(quint32(m_width) + 1);
    }
    // Balanced where kills land 0.79 of the time: 0.79 * ln 1.1 = 0.21 * ln(1 / 0.7).
    void landed(bool killed)
    {
        m_width = std::clamp(killed ? m_width * 1.1 : m_width * 0.7, m_least, m_most);
    }
    qint64 width() const { return qint64(m_width); }

private:
    double m_width;
    double m_least;
    double m_most;
};

} // namespace laatu::crash
