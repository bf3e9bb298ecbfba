#include "Journal.h"

#include "Store.h"
#include "sql/SqlStatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/evp.h>

namespace csl {

namespace {

void addPart(QByteArray& h, const QByteArray& part)
{
    // Length-prefixed parts (netstring style) so no two entries hash alike by
    // moving bytes between fields.
    h += QByteArray::number(part.size());
    h += ':';
    h += part;
    h += ';';
}

/// SHA-256 through OpenSSL, which uses the CPU's SHA extensions: a bulk import hashes 100,000 entries.
QByteArray sha256(const QByteArray& data)
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (!md || !EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len, md,
                           nullptr))
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    return out;
}

const QString kColumns = QStringLiteral("seq, time, actor, module, record_id, op, fields, prev_hash, hash");

} // namespace

Journal::Journal(Store& store) : m_store(store), m_db(store.database()) {}

Journal::~Journal() = default;

JournalEntry JournalEntry::fromQuery(const QSqlQuery& q)
{
    JournalEntry e;
    e.seq = q.value(0).toLongLong();
    e.time = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.module = q.value(3).toString();
    e.recordId = q.value(4).toString();
    e.op = q.value(5).toString();
    e.fields = q.value(6).toString().toUtf8();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

QString JournalEntry::computeHash() const
{
    QByteArray h;
    h.reserve(fields.size() + 320);
    addPart(h, QByteArray::number(seq));
    addPart(h, time.toUtf8());
    addPart(h, actor.toUtf8());
    addPart(h, module.toUtf8());
    addPart(h, recordId.toUtf8());
    addPart(h, op.toUtf8());
    addPart(h, fields);
    addPart(h, prevHash.toLatin1());
    return QString::fromLatin1(sha256(h).toHex());
}

QStringList Journal::schemaSql()
{
    return {
        QStringLiteral("CREATE TABLE journal (seq INTEGER PRIMARY KEY NOT NULL, time TEXT NOT NULL, "
                       "actor TEXT NOT NULL, module TEXT NOT NULL, record_id TEXT NOT NULL, op TEXT NOT NULL, "
                       "fields TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX journal_record ON journal (module, record_id)"),
        QStringLiteral("CREATE TRIGGER journal_sequence BEFORE INSERT ON journal "
                       "WHEN NEW.seq IS NOT coalesce((SELECT max(seq) FROM journal), 0) + 1 "
                       "BEGIN SELECT RAISE(FAIL, 'journal: entries are appended in sequence'); END"),
        QStringLiteral("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal "
                       "BEGIN SELECT RAISE(FAIL, 'journal: entries are never changed'); END"),
        QStringLiteral("CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal "
                       "BEGIN SELECT RAISE(FAIL, 'journal: entries are never removed'); END"),
        QStringLiteral("CREATE TABLE register_tables (name TEXT PRIMARY KEY NOT NULL, module TEXT NOT NULL)"),
    };
}

QByteArray Journal::canonicalJson(const QJsonObject& fields)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

bool Journal::loadHead()
{
    if (m_headKnown)
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")))
        return false;
    if (q.next()) {
        m_headSeq = q.value(0).toLongLong();
        m_headHash = q.value(1).toString();
    } else {
        m_headSeq = 0;
        m_headHash = QString::fromLatin1(genesisHash);
    }
    m_headKnown = true;
    return true;
}

qint64 Journal::headSeq() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString Journal::timestamp()
{
    // A bulk import writes many entries a millisecond; format the clock only when it moves.
    thread_local qint64 lastMs = -1;
    thread_local QString text;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        lastMs = ms;
        text = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    return text;
}

Result<JournalEntry> Journal::append(const QString& actor, const QString& module, const QString& recordId,
                                     const QString& op, const QJsonObject& fields)
{
    return appendCanonical(actor, module, recordId, op, canonicalJson(fields));
}

Result<JournalEntry> Journal::appendCanonical(const QString& actor, const QString& module, const QString& recordId,
                                              const QString& op, const QByteArray& fields)
{
    if (!loadHead())
        return Error{Error::Journal, tr("Cannot read the journal head.")};
    JournalEntry e;
    e.seq = m_headSeq + 1;
    e.time = timestamp();
    e.actor = actor;
    e.module = module;
    e.recordId = recordId;
    e.op = op;
    e.fields = fields;
    e.prevHash = m_headHash;
    e.hash = e.computeHash();

    if (!m_insert) {
        m_insert = std::make_unique<SqlStatement>();
        if (!m_insert->prepare(m_db, QStringLiteral("INSERT OR FAIL INTO journal (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                         .arg(kColumns)
                                         .toUtf8())) {
            const QString why = m_insert->errorText();
            m_insert.reset();
            m_headKnown = false;
            return Error{Error::Journal, tr("Cannot append to the journal: %1").arg(why)};
        }
    }
    const QByteArray time = e.time.toUtf8();
    const QByteArray actor8 = e.actor.toUtf8();
    const QByteArray module8 = e.module.toUtf8();
    const QByteArray record8 = e.recordId.toUtf8();
    const QByteArray op8 = e.op.toUtf8();
    const QByteArray prev8 = e.prevHash.toLatin1();
    const QByteArray hash8 = e.hash.toLatin1();
    m_insert->bindInt(1, e.seq);
    m_insert->bindText(2, time);
    m_insert->bindText(3, actor8);
    m_insert->bindText(4, module8);
    m_insert->bindText(5, record8);
    m_insert->bindText(6, op8);
    m_insert->bindText(7, e.fields);
    m_insert->bindText(8, prev8);
    m_insert->bindText(9, hash8);
    if (!m_insert->exec()) {
        m_headKnown = false;
        return Error{Error::Journal, tr("Cannot append to the journal: %1").arg(m_insert->errorText())};
    }
    m_headSeq = e.seq;
    m_headHash = e.hash;
    m_moduleHeads.insert(e.module, e.seq); // seqs only grow: this append is the module's newest
    return e;
}

qint64 Journal::moduleHead(const QString& module)
{
    if (const auto it = m_moduleHeads.constFind(module); it != m_moduleHeads.cend())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(seq) FROM journal WHERE module = ?"));
    q.addBindValue(module);
    if (!q.exec() || !q.next())
        return -1; // unknown: callers treat it as "changed"
    const qint64 head = q.value(0).toLongLong();
    m_moduleHeads.insert(module, head);
    return head;
}

JournalVerdict Journal::verify() const
{
    JournalVerdict v;
    v.headHash = QString::fromLatin1(genesisHash);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM journal ORDER BY seq").arg(kColumns))) {
        v.ok = false;
        v.reason = tr("The journal cannot be read: %1").arg(q.lastError().text());
        return v;
    }
    QString prev = QString::fromLatin1(genesisHash);
    qint64 expectSeq = 1;
    while (q.next()) {
        const JournalEntry e = JournalEntry::fromQuery(q);
        QString why;
        if (e.seq != expectSeq)
            why = tr("entry %1 is missing (found %2 next)").arg(expectSeq).arg(e.seq);
        else if (e.prevHash != prev)
            why = tr("entry %1 does not follow entry %2 (previous hash differs)").arg(e.seq).arg(e.seq - 1);
        else if (e.computeHash() != e.hash)
            why = tr("entry %1 was altered (its content does not match its hash)").arg(e.seq);
        if (!why.isEmpty()) {
            v.ok = false;
            v.firstBroken = e.seq != expectSeq ? expectSeq : e.seq;
            v.reason = why;
            return v;
        }
        prev = e.hash;
        ++expectSeq;
        ++v.count;
        v.headSeq = e.seq;
        v.headHash = e.hash;
    }
    return v;
}

Result<QList<JournalEntry>> Journal::entriesAfter(qint64 seq, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM journal WHERE seq > ? ORDER BY seq LIMIT ?").arg(kColumns));
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{Error::Database, q.lastError().text()};
    QList<JournalEntry> out;
    while (q.next())
        out.append(JournalEntry::fromQuery(q));
    return out;
}

Result<JournalEntry> Journal::entry(qint64 seq) const
{
    auto r = entriesAfter(seq - 1, 1);
    if (!r)
        return r.error();
    if (r->isEmpty() || r->first().seq != seq)
        return Error{Error::NotFound, tr("Journal entry %1 does not exist.").arg(seq)};
    return r->first();
}

} // namespace csl
