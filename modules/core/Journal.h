// The append-only, hash-chained journal of every change to every register.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace csl {

class SqlStatement;
class Store;

/// @brief One journal entry, as stored and as sent to the bureau.
struct JournalEntry
{
    qint64 seq = 0;
    QString time;     ///< UTC, ISO 8601 with milliseconds
    QString actor;
    QString module;
    QString recordId;
    QString op;       ///< insert, update, delete, restore
    QByteArray fields;///< the record's fields after the change, compact JSON with sorted keys
    QString prevHash; ///< hex SHA-256 of the previous entry; 64 zeros for the first
    QString hash;     ///< hex SHA-256 over this entry's content and prevHash

    /// The hash this entry must carry (see docs/architecture.md, "The journal").
    QString computeHash() const;
    /// Reads the current row of @p q, whose first nine columns are seq, time,
    /// actor, module, record_id, op, fields, prev_hash, hash.
    static JournalEntry fromQuery(const QSqlQuery& q);
};

/// @brief The outcome of Journal::verify().
struct JournalVerdict
{
    bool ok = true;
    qint64 count = 0;
    qint64 headSeq = 0;
    QString headHash;
    qint64 firstBroken = 0; ///< seq of the first entry that fails, when !ok
    QString reason;
};

/**
 * @brief The journal: one table, append-only (triggers refuse UPDATE and
 * DELETE), every entry chained to the previous by SHA-256.
 *
 * append() must run inside the caller's transaction, together with the
 * register change it describes; RecordWriter is the one caller in the app.
 */
class Journal final
{
    Q_DECLARE_TR_FUNCTIONS(csl::Journal)
public:
    static constexpr auto genesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    explicit Journal(Store& store);
    ~Journal();

    /// The migrations of the journal table itself (module "core").
    static QStringList schemaSql();

    Result<JournalEntry> append(const QString& actor, const QString& module, const QString& recordId,
                                const QString& op, const QJsonObject& fields);
    /// As append(), with @p fields already in canonical form (canonicalJson() or RecordBatch's writer).
    Result<JournalEntry> appendCanonical(const QString& actor, const QString& module, const QString& recordId,
                                         const QString& op, const QByteArray& fields);
    /// Forget the cached head and module heads (after a rollback, or another connection's commit).
    void invalidateHead()
    {
        m_headKnown = false;
        m_moduleHeads.clear();
    }
    /// The newest entry's seq of @p module (0 if none): the module's findings stamp. Known from the
    /// appends of this connection, else read once (the journal_record index) and kept.
    qint64 moduleHead(const QString& module);

    JournalVerdict verify() const;
    Result<QList<JournalEntry>> entriesAfter(qint64 seq, int limit) const;
    Result<JournalEntry> entry(qint64 seq) const;
    qint64 headSeq() const;

    static QByteArray canonicalJson(const QJsonObject& fields);
    /// Now, in UTC, as entries record it (ISO 8601 with milliseconds); formatted once per millisecond.
    static QString timestamp();

private:
    bool loadHead();
    Store& m_store;
    std::unique_ptr<SqlStatement> m_insert;
    QSqlDatabase m_db;
    bool m_headKnown = false;
    qint64 m_headSeq = 0;
    QString m_headHash;
    QHash<QString, qint64> m_moduleHeads;
};

} // namespace csl
