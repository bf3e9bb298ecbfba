// A Qt SQL driver (QSQLCIPHER) over libsqlcipher, on the public QSqlDriver API.
#pragma once

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace csl {

/**
 * @brief Qt SQL driver for SQLCipher-encrypted SQLite databases.
 *
 * The password given to open() is the hex form of a 256-bit raw key (64 hex
 * digits); it is handed to SQLCipher as x'…' so no PBKDF2 runs. An empty
 * password opens the file unencrypted (used only to measure the engine alone).
 * Connect options, separated by ';':
 *   QSQLCIPHER_OPEN_EXISTING  fail instead of creating a new file
 *   QSQLCIPHER_READONLY       open read-only
 *   QSQLCIPHER_PAGE_SIZE=N    cipher page size (default 4096)
 * Every other cipher parameter is set explicitly at open (sql/CipherSettings.h).
 */
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

    /// Registers the driver under the name "QSQLCIPHER" (idempotent).
    static void registerDriver();
    static constexpr auto driverName = "QSQLCIPHER";

    bool hasFeature(DriverFeature f) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_db; }

private:
    bool execSimple(const char* sql, QSqlError::ErrorType type);
    sqlite3* m_db = nullptr;
};

/// Builds a QSqlError from SQLite's current error on @p db (code in nativeErrorCode).
QSqlError sqliteError(sqlite3* db, const QString& what, QSqlError::ErrorType type, int rc = -1);

} // namespace csl
