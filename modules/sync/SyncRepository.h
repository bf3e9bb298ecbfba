// The sync module's own tables: acknowledged state, run history, bureau notices. Not registers.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace csl {

class Store;

/// @brief How far the bureau has acknowledged the journal.
struct SyncAck
{
    qint64 seq = 0;
    QString hash;
    qint64 noticeCursor = 0;
};

/// @brief One sync run, for the history on the page.
struct SyncRun
{
    qint64 id = 0;
    QDateTime started;
    QDateTime finished;
    QString trigger;   ///< "manual", "daily", "retry", "cli"
    QString outcome;   ///< "running", "ok", "error", "cancelled"
    qint64 sent = 0;   ///< entries sent in this run
    qint64 ackSeq = 0; ///< acknowledged up to, when it ended
    qint64 bytes = 0;  ///< request bytes on the wire (gzip)
    QString errorKind;
    QString message;
    QDateTime retryAt;
};

/// @brief A notice from the bureau (R-EMG-5).
struct SyncNotice
{
    QString id;
    QString kind; ///< threat, notice, request
    QString title;
    QString body;
    QDateTime issued;
    QDate deadline; ///< for threats without one: issued + 3 days
    bool closed = false;

    /// @brief From the wire; threats without a deadline are due 3 days after issue (R-EMG-5).
    static SyncNotice fromJson(const QJsonObject& o);
};

/**
 * @brief Reads and writes the sync tables. Plain tables, never journaled: an
 * acknowledgement that made a journal entry would need acknowledging in turn.
 */
class SyncRepository final
{
    Q_DECLARE_TR_FUNCTIONS(csl::SyncRepository)
public:
    explicit SyncRepository(Store& store) : m_store(store) {}

    static QStringList schemaSql();

    SyncAck ack() const;
    /// @brief Advances the acknowledgement (never backwards unless @p allowBack) in one
    /// transaction with the run's counters: a crash leaves both as before or both as after.
    Status recordAck(qint64 runId, qint64 seq, const QString& hash, qint64 sentDelta, qint64 bytesDelta,
                     bool allowBack = false);

    Result<qint64> beginRun(const QString& trigger);
    Status finishRun(const SyncRun& run);
    QList<SyncRun> runs(int limit = 50) const;

    /// @brief Stores pulled notices and the new cursor in one transaction.
    Status storeNotices(const QList<SyncNotice>& notices, qint64 cursor);
    QList<SyncNotice> notices(bool openOnly = false) const { return readNotices(m_store, openOnly); }
    /// The open notices, on any connection (the findings' read-only one).
    static QList<SyncNotice> openNotices(const Store& store) { return readNotices(store, true); }
    static QList<SyncNotice> readNotices(const Store& store, bool openOnly);

private:
    Store& m_store;
};

} // namespace csl
