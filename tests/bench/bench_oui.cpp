// MAC vendor table: cost of the first lookup (resource decompressed and indexed), of one lookup after it,
// and of the register's Vendor column sorted over a district's devices. Prints figures; asserts nothing.
#include "DeviceSchema.h"
#include "DeviceTestKit.h"
#include "RegisterTableModel.h"
#include "OuiTable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QResource>

#include <cstdio>
#include <ctime>
#include <vector>

using namespace csl;

namespace {

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

const char* algorithmName(QResource::Compression c)
{
    switch (c) {
    case QResource::NoCompression: return "none";
    case QResource::ZlibCompression: return "zlib";
    case QResource::ZstdCompression: return "zstd";
    }
    return "?";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int lookups = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;

    // 1. The first lookup in this process: decompress ":/oui/oui.tsv" and index it.
    // Wall time and this process's CPU time: on a busy machine the second is the cost, the first what was waited.
    QElapsedTimer t;
    const std::clock_t cpu0 = std::clock();
    t.start();
    const QString cisco = OuiTable::lookup(u"00:00:0c:12:34:56");
    const double firstMs = msSince(t);
    const double firstCpuMs = double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC;
    std::printf("first lookup (load):        %8.2f ms wall, %.1f ms CPU  (%d assignments; 00:00:0c -> %s)\n", firstMs,
                firstCpuMs, OuiTable::size(), qPrintable(cisco));

    // What the load is made of: the decompression alone, repeated.
    const QResource res(QStringLiteral(":/oui/oui.tsv"));
    double readMs = 1e9;
    qint64 plain = 0;
    for (int i = 0; i < 5; ++i) {
        QFile f(QStringLiteral(":/oui/oui.tsv"));
        t.restart();
        f.open(QIODevice::ReadOnly);
        plain = f.readAll().size();
        readMs = std::min(readMs, msSince(t));
    }
    std::printf("resource:                   %8lld bytes embedded (%s), %lld bytes of text\n", qlonglong(res.size()),
                algorithmName(res.compressionAlgorithm()), qlonglong(plain));
    std::printf("  of which decompression:   %8.2f ms  (best of 5)\n", readMs);

    // 2. Lookups after the load: addresses in known blocks and random universal ones.
    const std::vector<quint64> known{0x00000c123456ull, 0x741ae05abcdeull, 0x70b3d5f2f123ull, 0x0050c27d5100ull,
                                     0xb827eb000001ull, 0x00e0fc123456ull};
    QRandomGenerator rng(42);
    std::vector<quint64> macs(4096);
    std::vector<QString> texts(macs.size());
    for (size_t i = 0; i < macs.size(); ++i) {
        macs[i] = i % 2 ? known[(i / 2) % known.size()] | (rng.generate() & 0xfff) : (rng.generate64() & 0xfcffffffffffull);
        texts[i] = QStringLiteral("%1").arg(macs[i], 12, 16, QLatin1Char('0'));
        for (int p = 10; p > 0; p -= 2)
            texts[i].insert(p, u':');
    }
    qsizetype found = 0;
    t.restart();
    for (int i = 0; i < lookups; ++i)
        found += OuiTable::lookup(macs[size_t(i) % macs.size()]).size();
    const double numericMs = msSince(t);
    t.restart();
    for (int i = 0; i < lookups; ++i)
        found += OuiTable::lookup(texts[size_t(i) % texts.size()]).size();
    const double textMs = msSince(t);
    std::printf("lookup(quint64):            %8.0f ns each (%d lookups)\n", numericMs * 1e6 / lookups, lookups);
    std::printf("lookup(\"aa:bb:cc:dd:ee:ff\"): %7.0f ns each (%d lookups)\n", textMs * 1e6 / lookups, lookups);

    // 3. The device table's Vendor column: 100,000 devices sorted by vendor.
    QList<DeviceRecord> devices;
    devices.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        DeviceRecord d;
        d.id = QString::number(i);
        d.ip = QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 0xff).arg(i & 0xff);
        d.mac = texts[size_t(i) % texts.size()];
        devices << d;
    }
    RegisterTableModel model(DeviceSchema::devices());
    model.setRecords(test::toRecords(devices));
    t.restart();
    model.sort(model.columnOf(QStringLiteral("ip")), Qt::AscendingOrder);
    std::printf("sort 100,000 devices by IP:     %6.1f ms (for comparison)\n", msSince(t));
    t.restart();
    model.sort(model.columnOf(QStringLiteral("vendor")), Qt::AscendingOrder);
    std::printf("sort 100,000 devices by vendor: %6.1f ms\n", msSince(t));
    t.restart();
    model.setColumnFilter(model.columnOf(QStringLiteral("vendor")), QStringLiteral("cisco"));
    std::printf("vendor column filter \"cisco\": %7.1f ms (%d rows)\n", msSince(t), model.rowCount());
    return found > 0 ? 0 : 1;
}
