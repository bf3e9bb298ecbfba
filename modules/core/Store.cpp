#include "Store.h"

#include "MigrationRunner.h"
#include "sql/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <filesystem>

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
    auto store = openKeyed(path, *key, params, true);
    if (!store)
        return store;
    if (const Status st = params.save(path); !st) {
        (*store)->close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return st.error();
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const QString& passphrase)
{
    if (!QFileInfo::exists(path))
        return Error{Error::NotFound, tr("There is no database at %1.").arg(path)};
    auto params = KdfParams::load(path);
    if (!params)
        return params.error();
    auto key = params->derive(passphrase);
    if (!key)
        return key.error();
    auto store = openKeyed(path, *key, *params, false);
    const QString staged = KdfParams::headerPath(path) + QStringLiteral(".new");
    if (!store && store.error().code == Error::WrongPassphrase && QFileInfo::exists(staged)) {
        // A passphrase change stopped between the rekey and the header's rename.
        auto stagedParams = KdfParams::loadFrom(staged);
        if (stagedParams) {
            auto stagedKey = stagedParams->derive(passphrase);
            if (stagedKey) {
                auto retry = openKeyed(path, *stagedKey, *stagedParams, false);
                if (retry) {
                    std::error_code ec;
                    std::filesystem::rename(staged.toStdString(), KdfParams::headerPath(path).toStdString(), ec);
                    return retry;
                }
            }
        }
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::openWithKey(const QString& path, const SecureBytes& key)
{
    if (!QFileInfo::exists(path))
        return Error{Error::NotFound, tr("There is no database at %1.").arg(path)};
    auto params = KdfParams::load(path);
    if (!params)
        return params.error();
    return openKeyed(path, key, *params, false);
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
    if (Status st = checkpoint(); !st)
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

Status Store::checkpoint()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return Error{Error::Database, tr("Cannot checkpoint the database: %1").arg(q.lastError().text())};
    return {};
}

Status Store::changePassphrase(const QString& newPassphrase, const KdfParams& params)
{
    if (newPassphrase.isEmpty())
        return Error{Error::InvalidInput, tr("The passphrase must not be empty.")};
    KdfParams next = params;
    next.databaseId = m_kdf.databaseId; // the same database keeps its identity
    auto key = next.derive(newPassphrase);
    if (!key)
        return key.error();
    // Stage the new header first: if we stop between the rekey and the rename,
    // open() finds the staged header and tries it (see Store::open).
    const QString staged = KdfParams::headerPath(m_path) + QStringLiteral(".new");
    if (Status st = next.saveTo(staged); !st)
        return st;
    QSqlQuery q(database());
    QString hex = key->toHex();
    const bool ok = q.exec(QStringLiteral("PRAGMA rekey = \"x'%1'\"").arg(hex));
    hex.fill(u'0');
    if (!ok) {
        QFile::remove(staged);
        return Error{Error::Database, tr("Cannot change the passphrase: %1").arg(q.lastError().text())};
    }
    // Page 1 of the main file is what open() probes a key against: write the
    // re-encrypted pages there now, not at some later checkpoint.
    if (Status st = checkpoint(); !st)
        return st;
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(staged).toStdString(),
                            QFile::encodeName(KdfParams::headerPath(m_path)).toStdString(), ec);
    if (ec)
        return Error{Error::Io, tr("The passphrase was changed but the key header could not be renamed from %1.")
                                    .arg(staged)};
    m_key = std::move(*key);
    m_kdf = next;
    return {};
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
