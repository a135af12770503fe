#pragma once
// What the benchmarks of bench/ share: one output stream, wall-clock and CPU
// timing, leaving on the first error, the peak memory, and the test data's
// registration codes. Each benchmark had grown its own copy of these;
// header-only (inline) so that a benchmark stays one source file and one
// target, with no library to link for a few lines.

#include "register/registrationcode.h"
#include "result.h"

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>
#include <cstdlib>
#include <ctime>
#include <sys/resource.h>
#include <utility>

namespace casedesk::bench {

// Where the figures go (stdout): one stream, so an error never overtakes
// the figures printed before it.
inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall-clock and CPU time: on a shared machine the CPU time is the figure
// that does not depend on the neighbours.
struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
    QString text() const { return QStringLiteral("%1 ms (CPU %2 ms)").arg(wallMs, 0, 'f', 1).arg(cpuMs, 0, 'f', 1); }
};

template <class F> Timing measure(F f)
{
    QElapsedTimer t;
    const double cpu = processCpuMs();
    t.start();
    f();
    return {double(t.nsecsElapsed()) / 1e6, processCpuMs() - cpu};
}

// The fastest of `runs` runs (by wall-clock time, with that run's CPU
// time): the run least disturbed by the neighbours.
template <class F> Timing bestOf(int runs, F f)
{
    Timing best = measure(f);
    for (int i = 1; i < runs; ++i) {
        const Timing t = measure(f);
        if (t.wallMs < best.wallMs)
            best = t;
    }
    return best;
}

// A benchmark has no use for a half-built database: it stops at the first
// error, naming it.
[[noreturn]] inline void die(const Error &e)
{
    out() << e.message << Qt::endl;
    std::exit(1);
}

// The value of a query that cannot fail on a sound database; dies otherwise.
template <class T> T orDie(Result<T> result)
{
    if (!result)
        die(result.error());
    return std::move(result).value();
}

// The largest resident set the process has had, in MiB.
inline double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The valid unified social credit code of test enterprise n (the county's
// area code, check characters computed), unique per n.
inline QString creditCode(int n)
{
    const QString org = QStringLiteral("%1").arg(10000000 + n, 8, 10, QLatin1Char('0'));
    const QString first17 = QStringLiteral("91131023") + org + RegistrationCodes::organisationCodeCheckCharacter(org);
    return first17 + RegistrationCodes::creditCodeCheckCharacter(first17);
}

} // namespace casedesk::bench
