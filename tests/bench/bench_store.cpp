// Insert throughput: plain SQLite, raw SQLCipher, and QSQLCIPHER with the journal.
// Prints rows/s and ratios; run it, do not assert on it.
#include "TempStore.h"

#include "PersonRepository.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace csl;

namespace {

constexpr int kRows = 100000;

QString nameOf(int i)
{
    return QStringLiteral("教师%1号").arg(i);
}

/// The engine loop with no Qt in it: one prepared INSERT, one transaction.
double rawLoop(const QString& path, const QByteArray& key)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (!key.isEmpty()) {
        sqlite3_key(db, key.constData(), int(key.size()));
        sqlite3_exec(db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr);
    }
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536", nullptr,
                 nullptr, nullptr);
    sqlite3_exec(db,
                 "CREATE TABLE people (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, staff_no TEXT, department "
                 "TEXT, post TEXT, phone TEXT, created_at TEXT, updated_at TEXT, deleted_at TEXT, journal_seq INTEGER)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)", -1, &st, nullptr);
    for (int i = 0; i < kRows; ++i) {
        const QByteArray id = QByteArray::number(i).rightJustified(36, '0');
        const QByteArray name = nameOf(i).toUtf8();
        sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, "T00001", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, "信息中心", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, "教师", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 6, "13800000000", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 7, "2026-11-28T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 8, "2026-11-28T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 9, i + 1);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double secs = double(t.nsecsElapsed()) / 1e9;
    sqlite3_close_v2(db);
    return kRows / secs;
}

double journaledLoop(const QString& dir)
{
    auto store = Store::create(dir + QStringLiteral("/journaled.cldb"), QStringLiteral("bench"),
                               KdfParams::cheapForTests());
    if (!store)
        return 0;
    Workspace ws(std::move(*store));
    if (!ws.migrate())
        return 0;
    ws.store().setActor(QStringLiteral("bench"));
    PersonRepository people(ws.store());
    QElapsedTimer t;
    t.start();
    const Status st = ws.store().write([&]() -> Status {
        for (int i = 0; i < kRows; ++i) {
            auto r = people.add({{}, nameOf(i), QStringLiteral("T00001"), QStringLiteral("信息中心"),
                                 QStringLiteral("教师"), QStringLiteral("13800000000"), false});
            if (!r)
                return r.error();
        }
        return {};
    });
    const double secs = double(t.nsecsElapsed()) / 1e9;
    if (!st) {
        std::fprintf(stderr, "journaled insert failed: %s\n", qPrintable(st.error().message));
        return 0;
    }
    return kRows / secs;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QByteArray key = "x'" + QByteArray(64, 'a') + "'";
    std::printf("bench_store: %d rows x 10 columns, one transaction each, WAL, synchronous=FULL\n", kRows);
    const double plain = rawLoop(dir.filePath(QStringLiteral("plain.db")), {});
    const double cipher = rawLoop(dir.filePath(QStringLiteral("cipher.db")), key);
    const double journaled = journaledLoop(dir.path());
    {
        QElapsedTimer t;
        t.start();
        const KdfParams tuned = KdfParams::tuned();
        const qint64 tuneMs = t.elapsed();
        t.restart();
        const auto key = tuned.derive(QStringLiteral("口令 passphrase"));
        std::printf("  Argon2id tuned to opslimit=%llu memlimit=%llu MiB in %lld ms; one derivation %lld ms\n",
                    static_cast<unsigned long long>(tuned.opsLimit),
                    static_cast<unsigned long long>(tuned.memLimit / (1024 * 1024)), tuneMs, t.elapsed());
    }
    std::printf("  plain SQLite 3.15.2 (libsqlcipher, no key)  %9.0f rows/s  1.00x\n", plain);
    std::printf("  raw SQLCipher (C API, 4096-byte pages)      %9.0f rows/s  %.2fx of plain\n", cipher,
                cipher / plain);
    std::printf("  QSQLCIPHER + RecordWriter + journal         %9.0f rows/s  %.2fx of plain, %.2fx of raw SQLCipher\n",
                journaled, journaled / plain, journaled / cipher);
    return journaled > 0 ? 0 : 1;
}
