// A statement prepared straight on the engine, for the hot write paths (the journal, bulk inserts).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace csl {

/**
 * @brief One prepared statement on a QSQLCIPHER connection, bound by position
 * without QVariant or QSqlResult's per-value bookkeeping.
 *
 * It runs in the same connection, and so in the same transaction, as the
 * QSqlQuery work around it. Text is bound as UTF-8 without copying: the bytes
 * must stay alive until exec() returns. Destroy it before the connection closes.
 */
class SqlStatement final
{
    Q_DECLARE_TR_FUNCTIONS(csl::SqlStatement)
public:
    SqlStatement() = default;
    ~SqlStatement();
    Q_DISABLE_COPY_MOVE(SqlStatement)

    /// Prepares @p sql on @p db's connection; false with errorText() when it cannot.
    bool prepare(const QSqlDatabase& db, const QByteArray& sql);
    bool isPrepared() const { return m_stmt != nullptr; }

    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, const QByteArray& utf8);
    void bindBlob(int index, const QByteArray& bytes);

    /// Runs the statement to its end, then resets it and clears its bindings; false with errorText().
    bool exec();
    QString errorText() const { return m_error; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace csl
