#include "Store.h"

#include "sql/CipherSettings.h"

#include "FileOps.h"
#include "MigrationRunner.h"
#include "PassphraseStrength.h"
#include "sql/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace csl {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

} // namespace

Store::Store(QString path, SecureBytes key, KdfParams kdf)
    : m_path(std::move(path)), m_connection(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_key(std::move(key)), m_kdf(std::move(kdf))
{
}

Store::~Store()
{
    close();
}

bool Store::isPlaintextSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head.startsWith(QByteArrayView(kSqliteMagic));
}

Result<std::unique_ptr<Store>> Store::create(const QString& path, const QString& passphrase, const KdfParams& params)
{
    if (QFileInfo::exists(path))
        return Error{Error::Io, tr("A file already exists at %1; choose another name.").arg(path)};
    if (passphrase.isEmpty())
        return Error{Error::InvalidInput, tr("The passphrase must not be empty.")};
    auto key = params.derive(passphrase);
    if (!key)
        return key.error();
    // The header first: a crash before the database exists leaves a header and no database (harmless);
    // the other order could leave a database no header can ever open.
    if (Status st = params.save(path); !st)
        return st.error();
    removeStaleStaging(path);
    auto store = openKeyed(path, *key, params, true);
    if (!store) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile::remove(KdfParams::headerPath(path));
    }
    return store;
}

Result<QList<Store::KeyCandidate>> Store::deriveKeys(const QString& path, const QString& passphrase)
{
    auto params = KdfParams::load(path);
    if (!params)
        return params.error();
    auto key = params->derive(passphrase);
    if (!key)
        return key.error();
    QList<KeyCandidate> out{{*params, *key}};
    const QString staged = KdfParams::stagedHeaderPath(path);
    if (QFileInfo::exists(staged)) {
        // A key change or restore stopped between replacing the database and its header.
        auto stagedParams = KdfParams::loadFrom(staged);
        if (stagedParams && stagedParams->salt != params->salt) {
            auto stagedKey = stagedParams->derive(passphrase);
            if (stagedKey)
                out.append({*stagedParams, *stagedKey});
        }
    }
    return out;
}

Result<std::unique_ptr<Store>> Store::openWithKeys(const QString& path, const QList<KeyCandidate>& candidates)
{
    if (!QFileInfo::exists(path))
        return Error{Error::NotFound, tr("There is no database at %1.").arg(path)};
    if (candidates.isEmpty())
        return Error{Error::WrongPassphrase, tr("The passphrase is wrong, or %1 is not a CampusSec Ledger "
                                                "database.")
                                                 .arg(QFileInfo(path).fileName())};
    auto store = openKeyed(path, candidates.first().key, candidates.first().params, false);
    if (store) {
        removeStaleStaging(path);
        return store;
    }
    for (qsizetype i = 1; i < candidates.size() && store.error().code == Error::WrongPassphrase; ++i) {
        KdfParams settled = candidates.at(i).params;
        settled.keyCheck.clear();
        auto staged = openKeyed(path, candidates.at(i).key, settled, false);
        if (!staged)
            continue;
        if (Status st = completeStaged(path, settled); !st)
            return st.error();
        return staged;
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const QString& passphrase)
{
    if (!QFileInfo::exists(path))
        return Error{Error::NotFound, tr("There is no database at %1.").arg(path)};
    auto candidates = deriveKeys(path, passphrase);
    if (!candidates)
        return candidates.error();
    return openWithKeys(path, *candidates);
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString& path, const SecureBytes& key)
{
    if (!QFileInfo::exists(path))
        return Error{Error::NotFound, tr("There is no database at %1.").arg(path)};
    auto params = KdfParams::load(path);
    if (!params)
        return params.error();
    // A key alone does not say which header it was derived under; a staged header names its key by keyCheck.
    const QString stagedFile = KdfParams::stagedHeaderPath(path);
    if (QFileInfo::exists(stagedFile)) {
        auto staged = KdfParams::loadFrom(stagedFile);
        if (staged && !staged->keyCheck.isEmpty() && staged->keyCheck == KdfParams::keyCheckOf(key)) {
            auto store = openKeyed(path, key, *staged, false);
            if (store) {
                KdfParams settled = *staged;
                settled.keyCheck.clear();
                if (Status st = completeStaged(path, settled); !st)
                    return st.error();
                (*store)->m_kdf = settled;
            }
            return store;
        }
    }
    auto store = openKeyed(path, key, *params, false);
    if (store)
        removeStaleStaging(path);
    return store;
}

QStringList Store::stagingFiles(const QString& path)
{
    QStringList out{KdfParams::stagedHeaderPath(path)};
    for (const QString& suffix : {QStringLiteral(".rekey"), QStringLiteral(".restoring")}) {
        const QString f = path + suffix;
        out << f << f + QStringLiteral("-journal") << f + QStringLiteral("-wal") << f + QStringLiteral("-shm")
            << KdfParams::headerPath(f) << KdfParams::stagedHeaderPath(f);
    }
    return out;
}

void Store::removeStaleStaging(const QString& path, bool stagedHeaderToo)
{
    const QString staged = KdfParams::stagedHeaderPath(path);
    for (const QString& f : stagingFiles(path)) {
        if (stagedHeaderToo || f != staged)
            removeIfExists(f);
    }
}

Status Store::completeStaged(const QString& path, const KdfParams& staged)
{
    // save() replaces the header in one rename (QSaveFile); the staged copy goes only after that.
    if (Status st = staged.save(path); !st)
        return st;
    removeStaleStaging(path);
    return {};
}

Result<std::unique_ptr<Store>> Store::openReader(const QString& path, const SecureBytes& key)
{
    if (!QFileInfo::exists(path))
        return Error{Error::NotFound, tr("There is no database at %1.").arg(path)};
    if (isPlaintextSqlite(path))
        return Error{Error::NotEncrypted,
                     tr("%1 is an unencrypted SQLite file; CampusSec Ledger only opens encrypted databases.").arg(path)};
    auto params = KdfParams::load(path);
    if (!params)
        return params.error();
    SqlCipherDriver::registerDriver();
    std::unique_ptr<Store> store(new Store(path, key, std::move(*params)));
    store->m_readOnly = true;
    // The writer proved this key; read-only so that this connection never replays or truncates the WAL.
    const QSqlError err = store->connect(QStringLiteral("QSQLCIPHER_READONLY"));
    if (err.isValid()) {
        store->close();
        return Error{Error::Database, tr("Cannot open %1: %2").arg(path, err.databaseText())};
    }
    QSqlQuery q(store->database());
    // temp_store=MEMORY: sorts of a reader leave no plaintext temp files either (R-X-2).
    // The same 64 MiB page cache as the writer: a district's devices, their index and the people they
    // join are read in index order, and a smaller cache decrypts the same pages again and again.
    for (const char* p : {"PRAGMA query_only = ON", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QString::fromLatin1(p))) {
            const QString why = q.lastError().text();
            q = QSqlQuery();
            store->close();
            return Error{Error::Database, tr("Cannot configure the database: %1").arg(why)};
        }
    }
    q = QSqlQuery();
    if (store->cipherVersion().isEmpty()) {
        store->close();
        return Error{Error::NotEncrypted, tr("SQLCipher is not active: the database would not be encrypted.")};
    }
    store->m_journal = std::make_unique<Journal>(*store);
    return store;
}

QSqlError Store::connect(const QString& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::driverName), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(options);
    // The key passes as hex text; the copy is overwritten and the password cleared at once.
    QString hex = m_key.toHex();
    QSqlError err;
    if (!db.open(QString(), hex))
        err = db.lastError();
    hex.fill(u'0');
    db.setPassword(QString());
    return err;
}

Result<std::unique_ptr<Store>> Store::openKeyed(const QString& path, const SecureBytes& key, KdfParams kdf,
                                                bool create)
{
    if (!create && isPlaintextSqlite(path))
        return Error{Error::NotEncrypted,
                     tr("%1 is an unencrypted SQLite file; CampusSec Ledger only opens encrypted databases.").arg(path)};
    SqlCipherDriver::registerDriver();
    std::unique_ptr<Store> store(new Store(path, key, std::move(kdf)));
    const QSqlError err = store->connect(create ? QString() : QStringLiteral("QSQLCIPHER_OPEN_EXISTING"));
    if (err.isValid()) {
        store->close();
        if (err.nativeErrorCode() == u"26")
            return Error{Error::WrongPassphrase, tr("The passphrase is wrong, or %1 is not a CampusSec Ledger "
                                                    "database.").arg(QFileInfo(path).fileName())};
        return Error{Error::Database, tr("Cannot open %1: %2").arg(path, err.databaseText())};
    }
    if (Status st = store->configure(); !st) {
        store->close();
        return st.error();
    }
    if (Status st = store->migrateCore(); !st) {
        store->close();
        return st.error();
    }
    if (Status st = store->proveEncrypted(); !st) {
        store->close();
        return st.error();
    }
    return store;
}

Status Store::configure()
{
    QSqlQuery q(database());
    // temp_store=MEMORY keeps sort and temporary tables out of plaintext temp files.
    const char* pragmas[] = {"PRAGMA journal_mode = WAL",   "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                             "PRAGMA temp_store = MEMORY",  "PRAGMA cache_size = -65536"};
    for (const char* p : pragmas) {
        if (!q.exec(QString::fromLatin1(p)))
            return Error{Error::Database, tr("Cannot configure the database: %1").arg(q.lastError().text())};
    }
    m_journal = std::make_unique<Journal>(*this);
    return {};
}

Status Store::proveEncrypted()
{
    // R-X-2: the registers hold personal data and are encrypted at rest; refuse
    // to run on anything we cannot prove is.
    if (cipherVersion().isEmpty())
        return Error{Error::NotEncrypted, tr("SQLCipher is not active: the database would not be encrypted.")};
    // Another reader may keep the checkpoint from finishing; the main file's first page is there all the same.
    bool busy = false;
    if (Status st = checkpointInto(busy); !st)
        return st;
    if (isPlaintextSqlite(m_path))
        return Error{Error::NotEncrypted, tr("%1 is not encrypted.").arg(m_path)};
    return {};
}

Status Store::migrateCore()
{
    QList<Migration> core;
    Migration journal;
    journal.version = 1;
    journal.name = QStringLiteral("journal and meta");
    journal.statements = Journal::schemaSql();
    journal.statements << QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)");
    core << journal;
    return MigrationRunner(*this).run(QStringLiteral("core"), core);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Store::inTransaction() const
{
    return m_writeDepth > 0;
}

Status Store::write(const std::function<Status()>& fn)
{
    if (m_writeDepth > 0) {
        ++m_writeDepth;
        Status st = fn();
        --m_writeDepth;
        return st;
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return Error{Error::Database, tr("Cannot start a transaction: %1").arg(db.lastError().text())};
    ++m_writeDepth;
    Status st = fn();
    --m_writeDepth;
    if (st && db.commit())
        return st;
    if (st)
        st = Error{Error::Database, tr("Cannot commit: %1").arg(db.lastError().text())};
    db.rollback();
    m_journal->invalidateHead();
    return st;
}

QString Store::meta(const QString& key, const QString& fallback) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Store::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error{Error::Database, q.lastError().text()};
    return {};
}

QString Store::cipherVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next())
        return q.value(0).toString();
    return {};
}

Store::ChangeStamp Store::changeStamp() const
{
    ChangeStamp stamp;
    // Inside a write the rows may still be rolled back, and the commit itself moves neither figure:
    // no stamp, so nothing computed now is kept as current.
    if (inTransaction())
        return stamp;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next())
        stamp.changes = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        stamp.version = q.value(0).toLongLong();
    return stamp;
}

QSqlQuery& Store::prepared(const QString& sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(database());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

QStringList Store::columns(const QString& table)
{
    auto it = m_columns.constFind(table);
    if (it != m_columns.cend())
        return *it;
    const QSqlRecord rec = database().record(table);
    QStringList cols;
    for (int i = 0; i < rec.count(); ++i)
        cols << rec.fieldName(i);
    if (!cols.isEmpty())
        m_columns.insert(table, cols);
    return cols;
}

void Store::schemaChanged()
{
    m_prepared.clear();
    m_columns.clear();
}

Status Store::checkpointInto(bool& busy)
{
    busy = false;
    QSqlQuery q(database());
    // The row is (busy, WAL frames, frames checkpointed): busy = 1 means another connection kept it from
    // finishing, and the WAL still holds pages the main file lacks.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return Error{Error::Database, tr("Cannot checkpoint the database: %1").arg(q.lastError().text())};
    if (q.next())
        busy = q.value(0).toInt() != 0;
    return {};
}

Status Store::checkpoint()
{
    bool busy = false;
    if (Status st = checkpointInto(busy); !st)
        return st;
    if (busy)
        return Error{Error::Database, tr("Cannot checkpoint %1: another program or window is using the database. "
                                         "Close it and try again.")
                                          .arg(QFileInfo(m_path).fileName())};
    return {};
}

Status Store::exportTo(const QString& file, const SecureBytes& key)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    QString hex = key.toHex();
    const bool attached = q.exec(QStringLiteral("ATTACH DATABASE '%1' AS export KEY \"x'%2'\"")
                                     .arg(QString(file).replace(u'\'', QStringLiteral("''")), hex));
    hex.fill(u'0');
    if (!attached)
        return Error{Error::Io, tr("Cannot create %1: %2").arg(file, q.lastError().databaseText())};
    QString failure;
    int userVersion = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        userVersion = q.value(0).toInt();
    // The copy gets every cipher parameter the database has (sql/CipherSettings.h), not the engine's defaults.
    const int major = cipher::majorVersion(static_cast<sqlite3*>(db.driver()->handle().value<void*>()));
    for (const QByteArray& pragma : cipher::pragmas(major, QByteArrayLiteral("export"))) {
        if (failure.isEmpty() && !q.exec(QString::fromLatin1(pragma)))
            failure = q.lastError().databaseText();
    }
    // One read transaction makes the copy consistent while writers wait.
    if (!failure.isEmpty()) {
        // nothing copied yet
    } else if (!q.exec(QStringLiteral("BEGIN")))
        failure = q.lastError().databaseText();
    else if (!q.exec(QStringLiteral("SELECT sqlcipher_export('export')")) ||
             !q.exec(QStringLiteral("PRAGMA export.user_version = %1").arg(userVersion))) {
        failure = q.lastError().databaseText();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    } else if (!q.exec(QStringLiteral("COMMIT"))) {
        failure = q.lastError().databaseText();
    }
    q.finish();
    QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE export"));
    if (failure.isEmpty() && !syncFile(file))
        failure = tr("it could not be flushed to the disk");
    if (!failure.isEmpty()) {
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-journal"));
        return Error{Error::Io, tr("Cannot write %1: %2").arg(file, failure)};
    }
    return {};
}

Status Store::changePassphrase(const QString& newPassphrase, const KdfParams& params)
{
    if (m_readOnly || m_writeDepth > 0)
        return Error{Error::Database, tr("The passphrase can only be changed outside any other change.")};
    if (Status st = PassphraseStrength::check(newPassphrase); !st)
        return st;
    KdfParams next = params;
    next.databaseId = m_kdf.databaseId; // the same database keeps its identity
    auto key = next.derive(newPassphrase);
    if (!key)
        return key.error();
    removeStaleStaging(m_path);
    const QString copy = m_path + QStringLiteral(".rekey");
    const QString staged = KdfParams::stagedHeaderPath(m_path);
    const auto abandon = [&](const Error& e) {
        removeStaleStaging(m_path);
        return e;
    };
    // 1. The whole database, re-encrypted under the new key, in a file of its own.
    if (Status st = exportTo(copy, *key); !st)
        return abandon(st.error());
    // 2. Its header, staged: from the rename below on, open() finds it when the old header no longer fits.
    KdfParams stagedParams = next;
    stagedParams.keyCheck = KdfParams::keyCheckOf(*key);
    if (Status st = stagedParams.saveTo(staged); !st)
        return abandon(st.error());
    // 3. Nothing of the old file may stay in a WAL the new file would inherit.
    if (Status st = checkpoint(); !st)
        return abandon(st.error());
    const SecureBytes oldKey = m_key;
    close();
    m_key = oldKey;
    const auto reopen = [&](const SecureBytes& with, const KdfParams& kdf, const Error& failure) -> Status {
        m_key = with;
        m_kdf = kdf;
        const QSqlError err = connect(QStringLiteral("QSQLCIPHER_OPEN_EXISTING"));
        if (err.isValid())
            return Error{Error::Database, tr("Cannot open %1 again: %2").arg(m_path, err.databaseText())};
        if (Status st = configure(); !st)
            return st;
        if (failure)
            return failure;
        return {};
    };
    if (QFileInfo::exists(m_path + QStringLiteral("-wal")) || QFileInfo::exists(m_path + QStringLiteral("-shm"))) {
        // Another connection still has the database open: replacing the file under it would lose its writes.
        removeStaleStaging(m_path);
        return reopen(oldKey, m_kdf,
                      Error{Error::Database, tr("The passphrase was not changed: another program or window has %1 "
                                                "open. Close it and try again.")
                                                 .arg(QFileInfo(m_path).fileName())});
    }
    // 4. The one step that switches: the copy replaces the database.
    if (!replaceFile(copy, m_path)) {
        removeStaleStaging(m_path);
        return reopen(oldKey, m_kdf,
                      Error{Error::Io, tr("The passphrase was not changed: %1 could not be replaced.").arg(m_path)});
    }
    // 5. The header follows; a crash before this line is completed by the next open (staged header).
    const Status header = completeStaged(m_path, next);
    return reopen(*key, next, header ? Error{} : header.error());
}

void Store::close()
{
    m_prepared.clear();
    m_columns.clear();
    m_journal.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen()) {
                if (!m_readOnly)
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_key.clear();
}

} // namespace csl
