#include "sql/SqlCipherDriver.h"

#include "sql/CipherSettings.h"
#include "sql/SqlCipherResult.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

namespace csl {

namespace {

QMetaType typeFromDecl(const QString& decl)
{
    const QString t = decl.toUpper();
    if (t.contains(u"INT"))
        return QMetaType(QMetaType::LongLong);
    if (t.contains(u"REAL") || t.contains(u"FLOA") || t.contains(u"DOUB") || t.contains(u"NUMERIC"))
        return QMetaType(QMetaType::Double);
    if (t.contains(u"BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (t == u"BOOLEAN" || t == u"BOOL")
        return QMetaType(QMetaType::Bool);
    return QMetaType(QMetaType::QString);
}

/// Tries @p hexKey on the main file alone, opened immutable and read-only, so
/// that a wrong key changes nothing: a normal connection would replay and
/// delete a leftover WAL when it closes, whatever the key.
int probeKey(const QString& path, const QString& hexKey, int pageSize)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("immutable=1"));
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(url.toString(QUrl::FullyEncoded).toUtf8().constData(), &db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc == SQLITE_OK) {
        QByteArray key = "x'" + hexKey.toLatin1() + "'";
        rc = sqlite3_key(db, key.constData(), int(key.size()));
        key.fill('\0');
    }
    if (rc == SQLITE_OK)
        rc = cipher::apply(db, QByteArrayLiteral("main"), pageSize);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
    return rc;
}

} // namespace

QSqlError sqliteError(sqlite3* db, const QString& what, QSqlError::ErrorType type, int rc)
{
    const int code = rc >= 0 ? rc : (db ? sqlite3_extended_errcode(db) : SQLITE_ERROR);
    const QString text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, QStringLiteral("SQLite error %1: %2").arg(code).arg(text), type, QString::number(code));
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    static const bool once = [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(driverName),
                                        new QSqlDriverCreator<SqlCipherDriver>());
        return true;
    }();
    Q_UNUSED(once);
}

bool SqlCipherDriver::hasFeature(DriverFeature f) const
{
    switch (f) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(m_db, QString::fromUtf8(sql), type, rc));
        sqlite3_free(err);
        return false;
    }
    return true;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString& password, const QString&, int,
                           const QString& connOpts)
{
    if (isOpen())
        close();

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    int pageSize = 4096;
    bool mustExist = false;
    const auto options = connOpts.split(u';', Qt::SkipEmptyParts);
    for (const QString& raw : options) {
        const QString opt = raw.trimmed();
        if (opt == u"QSQLCIPHER_OPEN_EXISTING")
            mustExist = true;
        else if (opt == u"QSQLCIPHER_READONLY")
            flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
        else if (opt.startsWith(u"QSQLCIPHER_PAGE_SIZE="))
            pageSize = opt.section(u'=', 1).toInt();
    }

    // The CREATE flag stays on even for an existing file: ATTACH (backups)
    // inherits the connection's flags and must be able to create its file.
    if (mustExist && !QFileInfo::exists(db)) {
        setLastError(QSqlError(tr("Cannot open database"), tr("%1 does not exist").arg(db),
                               QSqlError::ConnectionError, QString::number(SQLITE_CANTOPEN)));
        setOpenError(true);
        return false;
    }
    if (mustExist && !password.isEmpty()) {
        // Only "not a database" is decisive: after a crash the main file alone
        // may read as malformed until the real connection replays the WAL.
        const int probe = probeKey(db, password, pageSize);
        if (probe == SQLITE_NOTADB) {
            setLastError(QSqlError(tr("Cannot open database"),
                                   QStringLiteral("SQLite error %1: %2")
                                       .arg(probe)
                                       .arg(QString::fromUtf8(sqlite3_errstr(probe))),
                                   QSqlError::ConnectionError, QString::number(probe)));
            setOpenError(true);
            return false;
        }
    }

    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(m_db, tr("Cannot open database"), QSqlError::ConnectionError, rc));
        close();
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);

    if (!password.isEmpty()) {
        // A raw 256-bit key: x'<64 hex>' makes SQLCipher skip its own PBKDF2.
        QByteArray key = "x'" + password.toLatin1() + "'";
        const int krc = sqlite3_key(m_db, key.constData(), int(key.size()));
        key.fill('\0');
        if (krc != SQLITE_OK) {
            setLastError(sqliteError(m_db, tr("Cannot set the database key"), QSqlError::ConnectionError, krc));
            close();
            setOpenError(true);
            return false;
        }
        // Every cipher parameter, so the file reads the same under SQLCipher 3.4.1 and 4.x.
        if (const int prc = cipher::apply(m_db, QByteArrayLiteral("main"), pageSize); prc != SQLITE_OK) {
            setLastError(sqliteError(m_db, tr("Cannot set the cipher parameters"), QSqlError::ConnectionError, prc));
            close();
            setOpenError(true);
            return false;
        }
    }
    // A wrong key is reported only by the first real read (SQLITE_NOTADB).
    if (!execSimple("SELECT count(*) FROM sqlite_master", QSqlError::ConnectionError)) {
        close();
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    return isOpen() && execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execSimple("COMMIT", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execSimple("ROLLBACK", QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!isOpen())
        return out;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds << QStringLiteral("'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY name")
                   .arg(kinds.join(u',')));
        while (q.next())
            out << q.value(0).toString();
    }
    if (type & QSql::SystemTables)
        out << QStringLiteral("sqlite_master");
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)));
    while (q.next()) {
        QSqlField f(q.value(1).toString(), typeFromDecl(q.value(2).toString()), tableName);
        f.setRequiredStatus(q.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        f.setDefaultValue(q.value(4));
        f.setAutoValue(q.value(5).toInt() == 1 && q.value(2).toString().toUpper() == u"INTEGER");
        rec.append(f);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName)));
    QList<std::pair<int, QSqlField>> keys;
    while (q.next()) {
        const int pk = q.value(5).toInt();
        if (pk > 0)
            keys.append({pk, QSqlField(q.value(1).toString(), typeFromDecl(q.value(2).toString()), tableName)});
    }
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& k : keys)
        index.append(k.second);
    index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.startsWith(u'"') && identifier.endsWith(u'"') && identifier.size() > 1)
        return identifier;
    QString id = identifier;
    id.replace(u'"', QStringLiteral("\"\""));
    if (id.contains(u'.')) // schema.table
        id.replace(u'.', QStringLiteral("\".\""));
    return u'"' + id + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue<void*>(m_db);
}

} // namespace csl
