// The statement side of the QSQLCIPHER driver.
#pragma once

#include <QSqlRecord>
#include <QSqlResult>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace csl {

class SqlCipherDriver;

/// One prepared statement; caches rows only when the query is scrollable.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;
    Q_DISABLE_COPY_MOVE(SqlCipherResult)

protected:
    QVariant data(int i) override;
    bool isNull(int i) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int i) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    QVariant handle() const override;
    void detachFromResultSet() override;

private:
    void finalize();
    bool prepareRaw(const char* sql, int size, const char** tail);
    bool bindAll();
    bool stepRow(); ///< steps once; fills m_current; false at end or on error
    QVariant columnValue(int col) const;
    void buildRecord();

    sqlite3* db() const;

    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QVariantList m_current;
    QList<QVariantList> m_cache; ///< rows read so far (scrollable queries only)
    bool m_done = false;         ///< the statement has no more rows
    bool m_firstStepped = false; ///< exec() already stepped the first row
    int m_rowsAffected = -1;
};

} // namespace csl
