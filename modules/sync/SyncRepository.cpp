#include "SyncRepository.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace csl {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t;
}

Error dbError(const QSqlQuery& q)
{
    return Error{Error::Database, q.lastError().text()};
}

} // namespace

SyncNotice SyncNotice::fromJson(const QJsonObject& o)
{
    SyncNotice n;
    n.id = o.value(QStringLiteral("id")).toString();
    n.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("notice"));
    n.title = o.value(QStringLiteral("title")).toString();
    n.body = o.value(QStringLiteral("body")).toString();
    n.issued = fromIso(o.value(QStringLiteral("issued")).toString());
    if (!n.issued.isValid())
        n.issued = QDateTime::currentDateTimeUtc();
    n.deadline = QDate::fromString(o.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
    if (!n.deadline.isValid() && n.kind == u"threat")
        n.deadline = n.issued.toLocalTime().date().addDays(3); // R-EMG-5: threats are fixed within 3 days
    n.closed = o.value(QStringLiteral("closed")).toBool();
    return n;
}

QStringList SyncRepository::schemaSql()
{
    return {
        QStringLiteral("CREATE TABLE sync_settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), ack_seq INTEGER NOT NULL, "
                       "ack_hash TEXT NOT NULL, notice_cursor INTEGER NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO sync_state VALUES (1, 0, "
                       "'0000000000000000000000000000000000000000000000000000000000000000', 0, '')"),
        QStringLiteral("CREATE TABLE sync_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, "
                       "finished_at TEXT NOT NULL DEFAULT '', trigger TEXT NOT NULL, outcome TEXT NOT NULL, "
                       "sent INTEGER NOT NULL DEFAULT 0, ack_seq INTEGER NOT NULL DEFAULT 0, "
                       "bytes INTEGER NOT NULL DEFAULT 0, error_kind TEXT NOT NULL DEFAULT '', "
                       "message TEXT NOT NULL DEFAULT '', retry_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE sync_notices (id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL, "
            "body TEXT NOT NULL, issued TEXT NOT NULL, deadline TEXT NOT NULL, closed INTEGER NOT NULL, "
            "received_at TEXT NOT NULL)"),
    };
}

SyncAck SyncRepository::ack() const
{
    SyncAck a;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT ack_seq, ack_hash, notice_cursor FROM sync_state WHERE id = 1")) && q.next()) {
        a.seq = q.value(0).toLongLong();
        a.hash = q.value(1).toString();
        a.noticeCursor = q.value(2).toLongLong();
    }
    return a;
}

Status SyncRepository::recordAck(qint64 runId, qint64 seq, const QString& hash, qint64 sentDelta, qint64 bytesDelta,
                                 bool allowBack)
{
    return m_store.write([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(allowBack
                      ? QStringLiteral("UPDATE sync_state SET ack_seq = ?, ack_hash = ?, updated_at = ? WHERE id = 1")
                      : QStringLiteral("UPDATE sync_state SET ack_seq = ?, ack_hash = ?, updated_at = ? "
                                       "WHERE id = 1 AND ack_seq <= ?"));
        q.addBindValue(seq);
        q.addBindValue(hash);
        q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        if (!allowBack)
            q.addBindValue(seq);
        if (!q.exec())
            return dbError(q);
        if (runId > 0) {
            QSqlQuery r(m_store.database());
            r.prepare(
                QStringLiteral("UPDATE sync_runs SET sent = sent + ?, bytes = bytes + ?, ack_seq = ? WHERE id = ?"));
            r.addBindValue(sentDelta);
            r.addBindValue(bytesDelta);
            r.addBindValue(seq);
            r.addBindValue(runId);
            if (!r.exec())
                return dbError(r);
        }
        return {};
    });
}

Result<qint64> SyncRepository::beginRun(const QString& trigger)
{
    qint64 id = 0;
    Status st = m_store.write([&]() -> Status {
        QSqlQuery stale(m_store.database());
        stale.prepare(QStringLiteral("UPDATE sync_runs SET outcome = 'error', error_kind = 'interrupted', message = ? "
                                     "WHERE outcome = 'running'"));
        stale.addBindValue(tr("The run was interrupted (the program was closed or stopped)."));
        if (!stale.exec())
            return dbError(stale);
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO sync_runs (started_at, trigger, outcome, ack_seq) "
                                 "VALUES (?, ?, 'running', (SELECT ack_seq FROM sync_state WHERE id = 1))"));
        q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        q.addBindValue(trigger);
        if (!q.exec())
            return dbError(q);
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!st)
        return st.error();
    return id;
}

Status SyncRepository::finishRun(const SyncRun& run)
{
    return m_store.write([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("UPDATE sync_runs SET finished_at = ?, outcome = ?, error_kind = ?, message = ?, "
                                 "retry_at = ? WHERE id = ?"));
        q.addBindValue(iso(run.finished.isValid() ? run.finished : QDateTime::currentDateTimeUtc()));
        q.addBindValue(run.outcome);
        q.addBindValue(run.errorKind);
        q.addBindValue(run.message);
        q.addBindValue(iso(run.retryAt));
        q.addBindValue(run.id);
        if (!q.exec())
            return dbError(q);
        return {};
    });
}

QList<SyncRun> SyncRepository::runs(int limit) const
{
    QList<SyncRun> out;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, started_at, finished_at, trigger, outcome, sent, ack_seq, bytes, error_kind, "
                             "message, retry_at FROM sync_runs ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        SyncRun r;
        r.id = q.value(0).toLongLong();
        r.started = fromIso(q.value(1).toString());
        r.finished = fromIso(q.value(2).toString());
        r.trigger = q.value(3).toString();
        r.outcome = q.value(4).toString();
        r.sent = q.value(5).toLongLong();
        r.ackSeq = q.value(6).toLongLong();
        r.bytes = q.value(7).toLongLong();
        r.errorKind = q.value(8).toString();
        r.message = q.value(9).toString();
        r.retryAt = fromIso(q.value(10).toString());
        out << r;
    }
    return out;
}

Status SyncRepository::storeNotices(const QList<SyncNotice>& notices, qint64 cursor)
{
    return m_store.write([&]() -> Status {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_notices VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const SyncNotice& n : notices) {
            q.addBindValue(n.id);
            q.addBindValue(n.kind);
            q.addBindValue(n.title);
            q.addBindValue(n.body);
            q.addBindValue(iso(n.issued));
            q.addBindValue(n.deadline.isValid() ? n.deadline.toString(Qt::ISODate) : QString());
            q.addBindValue(n.closed ? 1 : 0);
            q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
            if (!q.exec())
                return dbError(q);
        }
        QSqlQuery c(m_store.database());
        c.prepare(QStringLiteral("UPDATE sync_state SET notice_cursor = ? WHERE id = 1"));
        c.addBindValue(cursor);
        if (!c.exec())
            return dbError(c);
        return {};
    });
}

QList<SyncNotice> SyncRepository::readNotices(const Store& store, bool openOnly)
{
    QList<SyncNotice> out;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT id, kind, title, body, issued, deadline, closed FROM sync_notices %1 "
                               "ORDER BY deadline = '', deadline, issued")
                    .arg(openOnly ? QStringLiteral("WHERE closed = 0") : QString())))
        return out;
    while (q.next()) {
        SyncNotice n;
        n.id = q.value(0).toString();
        n.kind = q.value(1).toString();
        n.title = q.value(2).toString();
        n.body = q.value(3).toString();
        n.issued = fromIso(q.value(4).toString());
        n.deadline = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        n.closed = q.value(6).toBool();
        out << n;
    }
    return out;
}

} // namespace csl
