// The cipher parameters a database is written with are pinned, whatever the engine's defaults.
#include "TempStore.h"

#include "Backup.h"
#include "sql/CipherSettings.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QFile>
#include <QSqlDriver>
#include <QtTest>

using namespace csl;
using namespace csl::test;

namespace {

QByteArray scalar(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    QByteArray out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
}

/// SQLite's result of reading @p path with @p key and only the statements in @p settings: written
/// by the test itself, not taken from the code under test.
int openWith(const QString& path, const SecureBytes& key, const QList<QByteArray>& settings)
{
    sqlite3* db = nullptr;
    // Read-write: SQLite 3.15 cannot open a WAL database read-only without its -shm file.
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const QByteArray k = "x'" + key.toHex().toLatin1() + "'";
    if (rc == SQLITE_OK)
        rc = sqlite3_key(db, k.constData(), int(k.size()));
    for (const QByteArray& sql : settings) {
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "SELECT count(*) FROM journal", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
    return rc;
}

int engineMajor()
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr);
    const int major = scalar(db, "PRAGMA cipher_version").split('.').value(0).toInt();
    sqlite3_close_v2(db);
    return major;
}

/// The format CampusSec Ledger writes, spelled out here independently of CipherSettings.
QList<QByteArray> pinnedSettings(int major)
{
    if (major >= 4)
        return {"PRAGMA cipher_compatibility = 3", "PRAGMA cipher_page_size = 4096", "PRAGMA kdf_iter = 64000",
                "PRAGMA cipher_hmac_algorithm = HMAC_SHA1", "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1",
                "PRAGMA cipher_use_hmac = ON", "PRAGMA cipher_plaintext_header_size = 0"};
    return {"PRAGMA cipher_page_size = 4096", "PRAGMA kdf_iter = 64000", "PRAGMA fast_kdf_iter = 2",
            "PRAGMA cipher_use_hmac = ON"};
}

} // namespace

class TestCipherParameters : public QObject
{
    Q_OBJECT
    int m_major = 0;
    sqlite3* m_defaults = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        m_major = engineMajor();
        QVERIFY2(m_major >= 3, "SQLCipher does not answer PRAGMA cipher_version");
        // SQLCipher's defaults are process-wide. Move every one away from the pinned value, as
        // SQLCipher 4's are: any parameter the open path leaves implicit then shows in the file.
        QCOMPARE(sqlite3_open_v2(":memory:", &m_defaults, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QList<QByteArray> moved = {"PRAGMA cipher_default_page_size = 8192", "PRAGMA cipher_default_kdf_iter = 256000",
                                   "PRAGMA cipher_default_use_hmac = OFF"};
        if (m_major >= 4)
            moved << "PRAGMA cipher_default_hmac_algorithm = HMAC_SHA512"
                  << "PRAGMA cipher_default_kdf_algorithm = PBKDF2_HMAC_SHA512";
        for (const QByteArray& sql : moved)
            QCOMPARE(sqlite3_exec(m_defaults, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(scalar(m_defaults, "PRAGMA cipher_default_page_size"), QByteArray("8192"));
        QCOMPARE(scalar(m_defaults, "PRAGMA cipher_default_kdf_iter"), QByteArray("256000"));
        QCOMPARE(scalar(m_defaults, "PRAGMA cipher_default_use_hmac"), QByteArray("0"));
    }

    void cleanupTestCase()
    {
        for (const char* sql : {"PRAGMA cipher_default_page_size = 1024", "PRAGMA cipher_default_kdf_iter = 64000",
                                "PRAGMA cipher_default_use_hmac = ON"})
            sqlite3_exec(m_defaults, sql, nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_defaults);
    }

    void theOpenConnectionReportsEveryPinnedParameter()
    {
        TempWorkspace t;
        QVERIFY(t.isValid());
        auto* db = static_cast<sqlite3*>(t.store().database().driver()->handle().value<void*>());
        QVERIFY(db);
        QCOMPARE(scalar(db, "PRAGMA cipher_page_size"), QByteArray("4096"));
        QCOMPARE(scalar(db, "PRAGMA kdf_iter"), QByteArray("64000"));
        QCOMPARE(scalar(db, "PRAGMA fast_kdf_iter"), QByteArray("2"));
        QCOMPARE(scalar(db, "PRAGMA cipher_use_hmac"), QByteArray("1"));
        if (m_major >= 4) {
            QCOMPARE(scalar(db, "PRAGMA cipher_hmac_algorithm"), QByteArray("HMAC_SHA1"));
            QCOMPARE(scalar(db, "PRAGMA cipher_kdf_algorithm"), QByteArray("PBKDF2_HMAC_SHA1"));
            QCOMPARE(scalar(db, "PRAGMA cipher_plaintext_header_size"), QByteArray("0"));
        } else {
            // 3.4.1 has no algorithm pragmas: SHA1 is its only HMAC and KDF, and it says nothing.
            QCOMPARE(scalar(db, "PRAGMA cipher_hmac_algorithm"), QByteArray());
            QCOMPARE(scalar(db, "PRAGMA cipher_kdf_algorithm"), QByteArray());
        }
    }

    void theFileOpensWithOnlyThePinnedParameters()
    {
        TempWorkspace t;
        QVERIFY(t.isValid());
        const SecureBytes key = t.store().key();
        const QString path = t.path();
        t.close();
        QCOMPARE(openWith(path, key, pinnedSettings(m_major)), SQLITE_OK);

        // The check is sensitive: one parameter off and the file is unreadable.
        QList<QByteArray> noHmac = pinnedSettings(m_major);
        noHmac.replace(noHmac.indexOf("PRAGMA cipher_use_hmac = ON"), "PRAGMA cipher_use_hmac = OFF");
        QCOMPARE(openWith(path, key, noHmac), SQLITE_NOTADB);
        QList<QByteArray> smallPages = pinnedSettings(m_major);
        smallPages.replace(smallPages.indexOf("PRAGMA cipher_page_size = 4096"), "PRAGMA cipher_page_size = 1024");
        QCOMPARE(openWith(path, key, smallPages), SQLITE_NOTADB);
        // … and with the engine's (moved) defaults alone.
        QCOMPARE(openWith(path, key, {}), SQLITE_NOTADB);
    }

    void aBackupIsWrittenWithThePinnedParameters()
    {
        TempWorkspace t;
        QVERIFY(t.isValid());
        QTemporaryDir dir;
        auto made = Backup::create(t.store(), dir.path(), 3);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(openWith(*made, t.store().key(), pinnedSettings(m_major)), SQLITE_OK);
        QCOMPARE(openWith(*made, t.store().key(), {}), SQLITE_NOTADB);
    }

    void theSettingsNameEveryParameterForEachMajorVersion()
    {
        // SQLCipher 4 cannot be run here (Debian has 3.4.1): check the statements it would get.
        const QList<QByteArray> v3 = cipher::pragmas(3);
        QCOMPARE(v3, (QList<QByteArray>{"PRAGMA main.cipher_page_size = 4096", "PRAGMA main.kdf_iter = 64000",
                                        "PRAGMA main.fast_kdf_iter = 2", "PRAGMA main.cipher_use_hmac = ON"}));
        const QList<QByteArray> v4 = cipher::pragmas(4, "backup");
        QCOMPARE(v4.value(0), QByteArray("PRAGMA backup.cipher_compatibility = 3")); // first: it resets the rest
        for (const char* expected :
             {"PRAGMA backup.cipher_page_size = 4096", "PRAGMA backup.kdf_iter = 64000",
              "PRAGMA backup.cipher_hmac_algorithm = HMAC_SHA1", "PRAGMA backup.cipher_kdf_algorithm = PBKDF2_HMAC_SHA1",
              "PRAGMA backup.cipher_plaintext_header_size = 0", "PRAGMA backup.cipher_use_hmac = ON"})
            QVERIFY2(v4.contains(expected), expected);
    }
};

QTEST_GUILESS_MAIN(TestCipherParameters)
#include "TestCipherParameters.moc"
