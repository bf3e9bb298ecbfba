// Push 100k journal entries to the reference receiver over TLS on loopback.
// Prints seconds and bytes per entry on the wire; run it, do not assert on it (budget: 5 s).
// Usage: bench_sync [ENTRIES [BATCH]] (default 100000 entries, the default batch size).
#include "SyncTestEnv.h"
#include "TempStore.h"

#include "PersonRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <QFile>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace csl;
using namespace csl::test;

namespace {

/// CPU seconds (user + system) used so far by this process.
double selfCpu()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// CPU seconds used so far by process @p pid (from /proc; Linux only).
double processCpu(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int batch = argc > 2 ? QByteArray(argv[2]).toInt() : SyncSettings().batchEntries;
    TestPki pki;
    Receiver rx(pki);
    TempWorkspace t;
    if (!pki.isValid() || !rx.isValid() || !t.isValid()) {
        std::fprintf(stderr, "bench_sync: set-up failed\n");
        return 1;
    }
    Store& store = t.store();
    QElapsedTimer fill;
    fill.start();
    const Status st = store.write([&]() -> Status {
        if (Status s = store.setMeta(QStringLiteral("school.code"), kSchoolCode); !s)
            return s;
        PersonRepository people(store);
        for (int i = 0; i < entries; ++i) {
            PersonRecord p;
            p.name = QStringLiteral("教师%1号").arg(i);
            p.staffNo = QStringLiteral("T%1").arg(i, 6, 10, QLatin1Char('0'));
            p.department = QStringLiteral("信息中心");
            p.post = QStringLiteral("教师");
            p.phone = QStringLiteral("1380000%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
            if (auto r = people.add(p); !r)
                return r.error();
        }
        return {};
    });
    if (!st) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(st.error().message));
        return 1;
    }
    std::printf("journal: %d entries written in %.2f s (set-up, not timed below)\n", entries, fill.elapsed() / 1000.0);

    SyncSettings s = testSettings(rx.endpoint(), pki.caFile(), batch);
    s.timeoutMs = 30000;
    const double cpu0 = selfCpu();
    const double rxCpu0 = processCpu(rx.pid());
    QElapsedTimer push;
    push.start();
    const SyncOutcome o = runSync(store, s);
    const double secs = push.nsecsElapsed() / 1e9;
    const double clientCpu = selfCpu() - cpu0;
    const double receiverCpu = processCpu(rx.pid()) - rxCpu0;
    if (!o.ok) {
        std::fprintf(stderr, "bench_sync: push failed: %s\n", qPrintable(o.message));
        return 1;
    }
    QString why;
    const bool equal = receiverEqualsJournal(rx, store, &why);
    std::printf("push over TLS on loopback: %lld entries in %.2f s (%.0f entries/s), batches of %d\n", o.sent, secs,
                o.sent / secs, s.batchEntries);
    std::printf(
        "CPU during the push: client %.2f s, receiver %.2f s (the machine's load average shows how shared it was)\n",
        clientCpu, receiverCpu);
    std::printf("on the wire: %lld bytes of gzip request bodies, %.1f bytes per entry\n", o.bytes,
                double(o.bytes) / double(o.sent));
    std::printf("receiver holds exactly the journal: %s %s\n", equal ? "yes" : "NO", qPrintable(why));
    std::printf("budget 5 s: %s\n", secs <= 5.0 ? "met" : "MISSED");
    return equal ? 0 : 1;
}
