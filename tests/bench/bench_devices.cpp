// Registers at district size on the register kit: device import rate vs a raw SQLCipher insert loop and the
// journaled engine floor, loading the table, search-as-you-type per keystroke, the findings, resident memory
// with 100k devices open; then the same for 100k people. Prints figures; asserts nothing.
#include "TempStore.h"

#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "DeviceSchema.h"
#include "PeopleSchema.h"
#include "RegisterImport.h"
#include "RegisterRepository.h"
#include "RegisterTableModel.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace csl;

namespace {

// District size; BENCH_DEVICES=N measures fewer (e.g. under callgrind).
const int kRows = qEnvironmentVariableIntValue("BENCH_DEVICES") > 0 ? qEnvironmentVariableIntValue("BENCH_DEVICES") : 100000;

const char* const kSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";

TableData makeSheet()
{
    TableData t;
    t.header = QStringList{QString::fromUtf8("IP地址"), QString::fromUtf8("MAC地址"), QString::fromUtf8("主机名"),
                           QString::fromUtf8("设备类型"), QString::fromUtf8("使用人"), QString::fromUtf8("部门"),
                           QString::fromUtf8("位置"), QString::fromUtf8("资产编号"), QString::fromUtf8("登记日期")};
    const QString surnames = QString::fromUtf8(kSurnames);
    t.rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        const int k = i / 200;
        t.rows << QStringList{QStringLiteral("10.%1.%2.%3").arg(16 + k / 256).arg(k % 256).arg(10 + i % 200),
                              QStringLiteral("00-14-22-%1-%2-%3").arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                  .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0')).arg(i & 0xff, 2, 16, QLatin1Char('0')),
                              QStringLiteral("JW-PC-%1").arg(i, 6, 10, QLatin1Char('0')),
                              QString::fromUtf8("台式机"),
                              surnames.at(i % surnames.size()) + QString::fromUtf8("老师%1").arg(i % 2000),
                              QString::fromUtf8("教务处"),
                              QString::fromUtf8("教学楼A %1").arg(100 + i % 400),
                              QStringLiteral("ZC-%1").arg(i, 6, 10, QLatin1Char('0')),
                              QStringLiteral("2024-09-01")};
    }
    return t;
}

/// CPU seconds this thread has used: a figure the other processes of a busy machine do not inflate.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Rate
{
    double rowsPerSecond = 0;
    double cpuSeconds = 0;
};

/// The engine alone: one prepared INSERT of the same 13 device columns + bookkeeping, one transaction.
/// With @p journalRows, each row also gets a journal row of the size the app writes (fields JSON,
/// two hex hashes) with the same index — the floor under any journaled import.
Rate rawLoop(const QString& path, const QByteArray& key, const TableData& sheet, bool journalRows)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_key(db, key.constData(), int(key.size()));
    sqlite3_exec(db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536", nullptr,
                 nullptr, nullptr);
    sqlite3_exec(db,
                 "CREATE TABLE devices (id TEXT PRIMARY KEY, ip TEXT, mac TEXT, hostname TEXT, device_type TEXT, "
                 "user_id TEXT, department TEXT, building TEXT, room TEXT, asset_tag TEXT, registered_by TEXT, "
                 "registered_on TEXT, status TEXT, notes TEXT, created_at TEXT, updated_at TEXT, deleted_at TEXT, "
                 "journal_seq INTEGER); CREATE INDEX devices_ip ON devices(ip); CREATE INDEX devices_mac ON devices(mac);"
                 "CREATE TABLE journal (seq INTEGER PRIMARY KEY NOT NULL, time TEXT NOT NULL, actor TEXT NOT NULL, "
                 "module TEXT NOT NULL, record_id TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL, "
                 "prev_hash TEXT NOT NULL, hash TEXT NOT NULL); CREATE INDEX journal_record ON journal (module, record_id)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuSeconds();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO devices VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,?)", -1, &st, nullptr);
    sqlite3_stmt* js = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO journal VALUES (?,'2026-11-28T00:00:00.000Z','bench','devices',?,'insert',?,?,?)",
                       -1, &js, nullptr);
    const QByteArray hash(64, 'f');
    for (int i = 0; i < kRows; ++i) {
        const QStringList& r = sheet.rows.at(i);
        const QByteArray id = QByteArray::number(i).rightJustified(36, '0');
        QList<QByteArray> cells;
        for (const QString& c : r)
            cells << c.toUtf8();
        if (journalRows) {
            // A fields object the size of the app's: every column, keys and quotes included.
            const QByteArray fields = "{\"id\":\"" + id + "\",\"cells\":\"" + cells.join("\",\"") +
                                      "\",\"created_at\":\"2026-11-28T00:00:00.000Z\",\"updated_at\":"
                                      "\"2026-11-28T00:00:00.000Z\",\"deleted_at\":null,\"notes\":null,"
                                      "\"registered_by\":\"bench\",\"status\":\"in_use\",\"user_id\":\"" + id + "\"}";
            sqlite3_bind_int64(js, 1, i + 1);
            sqlite3_bind_text(js, 2, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(js, 3, fields.constData(), int(fields.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(js, 4, hash.constData(), int(hash.size()), SQLITE_STATIC);
            sqlite3_bind_text(js, 5, hash.constData(), int(hash.size()), SQLITE_STATIC);
            sqlite3_step(js);
            sqlite3_reset(js);
        }
        sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        for (int c = 0; c < 9; ++c)
            sqlite3_bind_text(st, 2 + c, cells.at(c).constData(), int(cells.at(c).size()), SQLITE_TRANSIENT);
        for (int c = 11; c <= 16; ++c)
            sqlite3_bind_text(st, c, "2026-11-28T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 17, i + 1);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_finalize(js);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double secs = double(t.nsecsElapsed()) / 1e9;
    const double cpu = threadCpuSeconds() - cpu0;
    sqlite3_close_v2(db);
    return {kRows / secs, cpu};
}

/// People as a school's HR sheet names them.
TableData makePeople()
{
    TableData t;
    t.header = QStringList{QString::fromUtf8("姓名"), QString::fromUtf8("工号"), QString::fromUtf8("部门"),
                           QString::fromUtf8("岗位/职务"), QString::fromUtf8("手机")};
    const QString surnames = QString::fromUtf8(kSurnames);
    const QStringList departments{QString::fromUtf8("教务处"), QString::fromUtf8("政教处"), QString::fromUtf8("总务处"),
                                  QString::fromUtf8("信息中心"), QString::fromUtf8("高一年级组")};
    t.rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        t.rows << QStringList{surnames.at(i % surnames.size()) + QString::fromUtf8("老师%1").arg(i),
                              QStringLiteral("T%1").arg(i, 6, 10, QLatin1Char('0')), departments.at(i % departments.size()),
                              QString::fromUtf8("教师"), QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'))};
    return t;
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

/// Keystrokes as an officer types them, then deleting back; prints the per-keystroke times.
void searchBench(RegisterTableModel& model, const QStringList& queries, const QString& what)
{
    QElapsedTimer t;
    std::vector<double> ms;
    for (const QString& q : queries) {
        for (int n = 1; n <= q.size(); ++n) {
            t.restart();
            model.setSearch(q.left(n));
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        for (int n = int(q.size()) - 1; n >= 0; --n) {
            t.restart();
            model.setSearch(q.left(n));
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("search-as-you-type over %d %s, %zu keystrokes: median %.2f ms, p95 %.2f ms, max %.2f ms "
                "(budget 16 ms)\n",
                model.rowCount(), qPrintable(what), ms.size(), percentile(ms, 0.5), percentile(ms, 0.95),
                percentile(ms, 1.0));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    test::TempWorkspace tw;
    QElapsedTimer t;
    {
    const TableData sheet = makeSheet();
    tw.store().setActor(QStringLiteral("bench"));

    // The raw loop first, keyed like the store, beside it.
    const QByteArray key = "x'" + tw.store().key().toHex().toLatin1() + "'";
    const Rate raw = rawLoop(tw.dir() + QStringLiteral("/raw.db"), key, sheet, false);
    const Rate floor = rawLoop(tw.dir() + QStringLiteral("/floor.db"), key, sheet, true);

    t.start();
    const double cpu0 = threadCpuSeconds();
    RegisterImport import(tw.store(), DeviceSchema::devices());
    const RegisterImport::Plan plan = import.prepare(sheet, import.guessMapping(sheet.header));
    const double prepareSecs = double(t.nsecsElapsed()) / 1e9;
    const Status st = import.commit(plan, false);
    const double importSecs = double(t.nsecsElapsed()) / 1e9;
    if (!st || plan.records.size() != kRows) {
        std::printf("import failed: %s\n", qPrintable(st.error().message));
        return 1;
    }
    const double importCpu = threadCpuSeconds() - cpu0;
    const double rate = kRows / importSecs;
    std::printf("import %d rows (validate %.2f s + journaled write %.2f s): %.0f rows/s; raw SQLCipher loop %.0f rows/s; "
                "ratio %.2f (budget >= 0.50)\n",
                kRows, prepareSecs, importSecs - prepareSecs, rate, raw.rowsPerSecond, rate / raw.rowsPerSecond);
    std::printf("  the same in CPU seconds of this thread: import %.2f s, raw loop %.2f s, ratio %.2f\n", importCpu,
                raw.cpuSeconds, raw.cpuSeconds / importCpu);
    std::printf("  engine floor, raw loop also writing a journal row per device: %.0f rows/s (ratio %.2f), CPU %.2f s\n",
                floor.rowsPerSecond, floor.rowsPerSecond / raw.rowsPerSecond, floor.cpuSeconds);

    }
    malloc_trim(0); // the sheet and the import plan are gone, as after an import in the app

    // The page's state: every device read and held by the table model.
    const long before = rssKb();
    t.restart();
    RegisterTableModel model(DeviceSchema::devices());
    model.setRecords(RegisterReader(tw.store(), DeviceSchema::devices()).all());
    std::printf("load %lld devices into the model: %.0f ms\n", qlonglong(model.rowCount()), double(t.nsecsElapsed()) / 1e6);
    const long after = rssKb();
    std::printf("resident memory with %d devices open: %.1f MB (before loading %.1f MB; budget 250 MB)\n", kRows,
                after / 1024.0, before / 1024.0);
    searchBench(model, {QStringLiteral("10.1"), QStringLiteral("00-14-22-01"), QStringLiteral("jw-pc-0123"),
                        QString::fromUtf8("王老师12"), QString::fromUtf8("教学楼a 2"), QStringLiteral("zc-0999")},
                QStringLiteral("devices"));
    t.restart();
    const QList<Finding> findings = DeviceRules::findings(DeviceRepository::snapshot(tw.store()));
    std::printf("device findings (read and rules) over %d devices: %.0f ms, %lld findings\n", kRows,
                double(t.nsecsElapsed()) / 1e6, qlonglong(findings.size()));

    // 100k people through the same kit: import, load, search.
    {
        const TableData people = makePeople();
        t.restart();
        RegisterImport peopleImport(tw.store(), PeopleSchema::schema());
        const RegisterImport::Plan plan = peopleImport.prepare(people, peopleImport.guessMapping(people.header));
        const Status st = peopleImport.commit(plan, false);
        std::printf("import %lld people: %.0f rows/s%s\n", qlonglong(plan.records.size()),
                    double(plan.records.size()) / (double(t.nsecsElapsed()) / 1e9),
                    st ? "" : qPrintable(QStringLiteral(" (failed: %1)").arg(st.error().message)));
    }
    malloc_trim(0);
    t.restart();
    RegisterTableModel peopleModel(PeopleSchema::schema());
    peopleModel.setRecords(RegisterReader(tw.store(), PeopleSchema::schema()).all());
    std::printf("load %lld people into the model: %.0f ms; resident memory now %.1f MB\n",
                qlonglong(peopleModel.rowCount()), double(t.nsecsElapsed()) / 1e6, rssKb() / 1024.0);
    searchBench(peopleModel, {QString::fromUtf8("王老师12"), QStringLiteral("t0123"), QString::fromUtf8("教务"),
                              QStringLiteral("139")},
                QStringLiteral("people"));
    return 0;
}
