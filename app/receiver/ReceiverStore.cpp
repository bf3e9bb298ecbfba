#include "ReceiverStore.h"

#include "SyncWire.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace csl::receiver {

namespace {

const QStringList kSchema{
    QStringLiteral("CREATE TABLE IF NOT EXISTS received (seq INTEGER PRIMARY KEY NOT NULL, time TEXT NOT NULL, "
                   "actor TEXT NOT NULL, module TEXT NOT NULL, record_id TEXT NOT NULL, op TEXT NOT NULL, "
                   "fields TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS batches (key TEXT PRIMARY KEY NOT NULL, first INTEGER NOT NULL, "
                   "last INTEGER NOT NULL, last_hash TEXT NOT NULL, received_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)"),
    QStringLiteral("INSERT OR IGNORE INTO counters VALUES ('accepted', 0)"),
    QStringLiteral("INSERT OR IGNORE INTO counters VALUES ('duplicates', 0)"),
    QStringLiteral("INSERT OR IGNORE INTO counters VALUES ('replayed', 0)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS notices (cursor INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, "
                   "kind TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, issued TEXT NOT NULL, "
                   "deadline TEXT NOT NULL, closed INTEGER NOT NULL)"),
};

Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return Error{Error::Database, q.lastError().text()};
    return {};
}

} // namespace

ReceiverStore::ReceiverStore(QString dataDir, QString passphrase)
    : m_dir(std::move(dataDir)), m_passphrase(std::move(passphrase))
{
}

ReceiverStore::~ReceiverStore() = default;

bool ReceiverStore::validCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z_-]{1,32}$"));
    return re.match(code).hasMatch();
}

Answer ReceiverStore::error(int status, const QString& code, const QString& message)
{
    return {status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}};
}

QJsonObject ReceiverStore::headJson(const School& s)
{
    return {
        {QStringLiteral("seq"), s.headSeq}, {QStringLiteral("hash"), s.headHash}, {QStringLiteral("count"), s.headSeq}};
}

Result<ReceiverStore::School*> ReceiverStore::school(const QString& code, Create create)
{
    if (auto it = m_schools.find(code); it != m_schools.end())
        return &it->second;
    const QString path = QDir(m_dir).filePath(code + QStringLiteral(".cldb"));
    // Reading never makes a database: a GET for a school that sent nothing answers from nothing.
    if (create == Create::No && !QFileInfo::exists(path))
        return static_cast<School*>(nullptr);
    QDir().mkpath(m_dir);
    const KdfParams kdf =
        qgetenv("CAMPUSLEDGER_KDF_PROFILE") == "test" ? KdfParams::cheapForTests() : KdfParams::tuned();
    auto store = QFileInfo::exists(path) ? Store::open(path, m_passphrase) : Store::create(path, m_passphrase, kdf);
    if (!store)
        return store.error();
    School s;
    s.store = std::move(*store);
    s.store->setActor(QStringLiteral("receiver"));
    Status st = s.store->write([&]() -> Status {
        QSqlQuery q(s.store->database());
        for (const QString& sql : kSchema) {
            if (!q.exec(sql))
                return Error{Error::Database, q.lastError().text()};
        }
        return {};
    });
    if (!st)
        return st.error();
    QSqlQuery q(s.store->database());
    s.headHash = QString::fromLatin1(Journal::genesisHash);
    if (q.exec(QStringLiteral("SELECT seq, hash FROM received ORDER BY seq DESC LIMIT 1")) && q.next()) {
        s.headSeq = q.value(0).toLongLong();
        s.headHash = q.value(1).toString();
    }
    return &m_schools.emplace(code, std::move(s)).first->second;
}

QString ReceiverStore::storedHash(School& s, qint64 seq)
{
    QSqlQuery& q = s.store->prepared(QStringLiteral("SELECT hash FROM received WHERE seq = ?"));
    q.addBindValue(seq);
    if (q.exec() && q.next()) {
        const QString h = q.value(0).toString();
        q.finish();
        return h;
    }
    return {};
}

Answer ReceiverStore::push(const QString& code, const QString& key, const QJsonObject& batch)
{
    auto sch = school(code, Create::Yes);
    if (!sch)
        return error(500, QStringLiteral("internal"), sch.error().message);
    School& s = **sch;

    // A batch whose key is known was stored before: answer as then, store nothing.
    {
        QSqlQuery& q = s.store->prepared(QStringLiteral("SELECT last, last_hash FROM batches WHERE key = ?"));
        q.addBindValue(key);
        if (q.exec() && q.next()) {
            const QJsonObject ack{{QStringLiteral("ackSeq"), q.value(0).toLongLong()},
                                  {QStringLiteral("ackHash"), q.value(1).toString()},
                                  {QStringLiteral("accepted"), 0},
                                  {QStringLiteral("duplicates"), 0},
                                  {QStringLiteral("replayed"), true}};
            q.finish();
            QSqlQuery c(s.store->database());
            c.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'replayed'"));
            return {200, ack};
        }
    }

    const QJsonArray list = batch.value(QStringLiteral("entries")).toArray();
    const qint64 first = batch.value(QStringLiteral("first")).toInteger(-1);
    const qint64 last = batch.value(QStringLiteral("last")).toInteger(-1);
    const QString prevHash = batch.value(QStringLiteral("prevHash")).toString();
    if (list.isEmpty() || first < 1 || last != first + list.size() - 1)
        return error(400, QStringLiteral("bad_request"), QStringLiteral("first, last and entries do not agree"));
    if (key != sync::idempotencyKey(code, first, last, list.last().toObject().value(QStringLiteral("hash")).toString()))
        return error(400, QStringLiteral("bad_request"),
                     QStringLiteral("the idempotency key does not match the batch"));

    // Verify the batch on its own: sequence, chain and every hash.
    QList<JournalEntry> entries;
    entries.reserve(list.size());
    QString prev = prevHash;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto e = sync::entryFromJson(list.at(i).toObject());
        if (!e)
            return error(400, QStringLiteral("bad_request"), e.error().message);
        if (e->seq != first + i)
            return error(422, QStringLiteral("chain_broken"),
                         QStringLiteral("entry %1 is out of order (expected %2)").arg(e->seq).arg(first + i));
        if (e->prevHash != prev)
            return error(422, QStringLiteral("chain_broken"),
                         QStringLiteral("entry %1 does not follow entry %2").arg(e->seq).arg(e->seq - 1));
        if (e->computeHash() != e->hash)
            return error(422, QStringLiteral("chain_broken"),
                         QStringLiteral("entry %1: its content does not match its hash").arg(e->seq));
        prev = e->hash;
        entries.append(*e);
    }

    // Against what is stored: no gap, and any overlap must be the very same entries.
    auto gap = [&](const QString& why) {
        Answer a = error(409, QStringLiteral("chain_gap"), why);
        a.body.insert(QStringLiteral("head"), headJson(s));
        return a;
    };
    if (first > s.headSeq + 1)
        return gap(QStringLiteral("entries %1 to %2 are missing").arg(s.headSeq + 1).arg(first - 1));
    const QString anchor = first == 1 ? QString::fromLatin1(Journal::genesisHash)
                                      : (first - 1 == s.headSeq ? s.headHash : storedHash(s, first - 1));
    if (prevHash != anchor)
        return gap(QStringLiteral("entry %1 does not follow the stored entry %2").arg(first).arg(first - 1));
    int duplicates = 0;
    for (const JournalEntry& e : entries) {
        if (e.seq > s.headSeq)
            break;
        if (storedHash(s, e.seq) != e.hash)
            return gap(QStringLiteral("entry %1 differs from the stored entry").arg(e.seq));
        ++duplicates;
    }

    const int accepted = int(entries.size()) - duplicates;
    Status st = s.store->write([&]() -> Status {
        QSqlQuery& ins = s.store->prepared(QStringLiteral(
            "INSERT OR FAIL INTO received (seq, time, actor, module, record_id, op, fields, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = duplicates; i < entries.size(); ++i) {
            const JournalEntry& e = entries.at(i);
            ins.addBindValue(e.seq);
            ins.addBindValue(e.time);
            ins.addBindValue(e.actor);
            ins.addBindValue(e.module);
            ins.addBindValue(e.recordId);
            ins.addBindValue(e.op);
            ins.addBindValue(QString::fromUtf8(e.fields));
            ins.addBindValue(e.prevHash);
            ins.addBindValue(e.hash);
            if (Status r = exec(ins); !r)
                return r;
        }
        QSqlQuery& b = s.store->prepared(QStringLiteral("INSERT OR FAIL INTO batches VALUES (?, ?, ?, ?, ?)"));
        b.addBindValue(key);
        b.addBindValue(first);
        b.addBindValue(last);
        b.addBindValue(entries.last().hash);
        b.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (Status r = exec(b); !r)
            return r;
        QSqlQuery& c = s.store->prepared(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = ?"));
        for (const auto& [n, v] :
             {std::pair{QStringLiteral("accepted"), accepted}, std::pair{QStringLiteral("duplicates"), duplicates}}) {
            c.addBindValue(v);
            c.addBindValue(n);
            if (Status r = exec(c); !r)
                return r;
        }
        return {};
    });
    if (!st)
        return error(500, QStringLiteral("internal"), st.error().message);
    if (last > s.headSeq) {
        s.headSeq = last;
        s.headHash = entries.last().hash;
    }
    return {200, QJsonObject{{QStringLiteral("ackSeq"), last},
                             {QStringLiteral("ackHash"), entries.last().hash},
                             {QStringLiteral("accepted"), accepted},
                             {QStringLiteral("duplicates"), duplicates},
                             {QStringLiteral("replayed"), false}}};
}

Answer ReceiverStore::head(const QString& code)
{
    auto sch = school(code, Create::No);
    if (!sch)
        return error(500, QStringLiteral("internal"), sch.error().message);
    if (!*sch) {
        School none;
        none.headHash = QString::fromLatin1(Journal::genesisHash);
        return {200, headJson(none)};
    }
    return {200, headJson(**sch)};
}

Answer ReceiverStore::notices(const QString& code, qint64 after)
{
    auto sch = school(code, Create::No);
    if (!sch)
        return error(500, QStringLiteral("internal"), sch.error().message);
    if (!*sch)
        return {200, QJsonObject{{QStringLiteral("cursor"), after}, {QStringLiteral("notices"), QJsonArray()}}};
    QSqlQuery q((*sch)->store->database());
    q.prepare(QStringLiteral("SELECT cursor, id, kind, title, body, issued, deadline, closed FROM notices "
                             "WHERE cursor > ? ORDER BY cursor"));
    q.addBindValue(after);
    if (!q.exec())
        return error(500, QStringLiteral("internal"), q.lastError().text());
    QJsonArray list;
    qint64 cursor = after;
    while (q.next()) {
        cursor = q.value(0).toLongLong();
        QJsonObject n{{QStringLiteral("cursor"), cursor},
                      {QStringLiteral("id"), q.value(1).toString()},
                      {QStringLiteral("kind"), q.value(2).toString()},
                      {QStringLiteral("title"), q.value(3).toString()},
                      {QStringLiteral("body"), q.value(4).toString()},
                      {QStringLiteral("issued"), q.value(5).toString()},
                      {QStringLiteral("closed"), q.value(7).toBool()}};
        if (!q.value(6).toString().isEmpty())
            n.insert(QStringLiteral("deadline"), q.value(6).toString());
        list.append(n);
    }
    return {200, QJsonObject{{QStringLiteral("cursor"), cursor}, {QStringLiteral("notices"), list}}};
}

Answer ReceiverStore::postNotice(const QString& code, const QJsonObject& n)
{
    auto sch = school(code, Create::Yes);
    if (!sch)
        return error(500, QStringLiteral("internal"), sch.error().message);
    const QString id = n.value(QStringLiteral("id")).toString();
    const QString kind = n.value(QStringLiteral("kind")).toString(QStringLiteral("threat"));
    const QString title = n.value(QStringLiteral("title")).toString();
    if (id.isEmpty() || title.isEmpty())
        return error(400, QStringLiteral("bad_request"), QStringLiteral("a notice needs an id and a title"));
    QSqlQuery q((*sch)->store->database());
    q.prepare(QStringLiteral("INSERT INTO notices (id, kind, title, body, issued, deadline, closed) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(kind);
    q.addBindValue(title);
    q.addBindValue(n.value(QStringLiteral("body")).toString());
    q.addBindValue(n.value(QStringLiteral("issued")).toString(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    q.addBindValue(n.value(QStringLiteral("deadline")).toString());
    q.addBindValue(n.value(QStringLiteral("closed")).toBool() ? 1 : 0);
    if (!q.exec())
        return error(500, QStringLiteral("internal"), q.lastError().text());
    return {200, QJsonObject{{QStringLiteral("cursor"), q.lastInsertId().toLongLong()}}};
}

Answer ReceiverStore::dump(const QString& code)
{
    auto sch = school(code, Create::No);
    if (!sch)
        return error(500, QStringLiteral("internal"), sch.error().message);
    if (!*sch)
        return {200, QJsonObject{{QStringLiteral("count"), 0},
                                 {QStringLiteral("headSeq"), 0},
                                 {QStringLiteral("headHash"), QString::fromLatin1(Journal::genesisHash)},
                                 {QStringLiteral("verified"), true},
                                 {QStringLiteral("hashes"), QJsonArray()}}};
    School& s = **sch;
    QSqlQuery q(s.store->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, time, actor, module, record_id, op, fields, prev_hash, hash "
                               "FROM received ORDER BY seq")))
        return error(500, QStringLiteral("internal"), q.lastError().text());
    QJsonArray hashes;
    bool verified = true;
    QString prev = QString::fromLatin1(Journal::genesisHash);
    qint64 expect = 1;
    while (q.next()) {
        const JournalEntry e = JournalEntry::fromQuery(q);
        if (e.seq != expect++ || e.prevHash != prev || e.computeHash() != e.hash)
            verified = false;
        prev = e.hash;
        hashes.append(e.hash);
    }
    QJsonObject out{{QStringLiteral("count"), hashes.size()},
                    {QStringLiteral("headSeq"), s.headSeq},
                    {QStringLiteral("headHash"), s.headHash},
                    {QStringLiteral("verified"), verified},
                    {QStringLiteral("hashes"), hashes}};
    QSqlQuery c(s.store->database());
    if (c.exec(QStringLiteral("SELECT name, value FROM counters"))) {
        while (c.next())
            out.insert(c.value(0).toString(), c.value(1).toLongLong());
    }
    return {200, out};
}

} // namespace csl::receiver
