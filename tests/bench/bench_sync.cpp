// Push 100k journal entries to the reference receiver over TLS on loopback.
// Prints seconds and bytes per entry on the wire; run it, do not assert on it (budget: 5 s).
#include "SyncTestEnv.h"
#include "TempStore.h"

#include "PersonRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace csl;
using namespace csl::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
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

    SyncSettings s = testSettings(rx.endpoint(), pki.caFile(), 2000);
    s.timeoutMs = 30000;
    QElapsedTimer push;
    push.start();
    const SyncOutcome o = runSync(store, s);
    const double secs = push.nsecsElapsed() / 1e9;
    if (!o.ok) {
        std::fprintf(stderr, "bench_sync: push failed: %s\n", qPrintable(o.message));
        return 1;
    }
    QString why;
    const bool equal = receiverEqualsJournal(rx, store, &why);
    std::printf("push over TLS on loopback: %lld entries in %.2f s (%.0f entries/s), batches of %d\n", o.sent, secs,
                o.sent / secs, s.batchEntries);
    std::printf("on the wire: %lld bytes of gzip request bodies, %.1f bytes per entry\n", o.bytes,
                double(o.bytes) / double(o.sent));
    std::printf("receiver holds exactly the journal: %s %s\n", equal ? "yes" : "NO", qPrintable(why));
    std::printf("budget 5 s: %s\n", secs <= 5.0 ? "met" : "MISSED");
    return equal ? 0 : 1;
}
