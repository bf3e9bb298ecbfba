#include "SyncClient.h"

#include "Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace csl {

namespace {

QString hhmm(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("HH:mm"));
}

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// Retry-After as seconds or an HTTP date, at most a day; -1 when absent or unreadable.
qint64 retryAfterMs(const QNetworkReply& reply)
{
    const QByteArray v = reply.rawHeader("Retry-After").trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return std::clamp<qint64>(secs, 0, kDayMs / 1000) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(at), 0, kDayMs);
}

} // namespace

QString SyncOutcome::kindName(Kind kind)
{
    static const char* const names[] = {"none",       "cancelled",      "not-configured", "no-token",  "untrusted",
                                        "wrong-host", "expired",        "pin-mismatch",   "tls",       "unreachable",
                                        "timeout",    "token-rejected", "forbidden",      "not-found", "busy",
                                        "server",     "too-large",      "chain-broken",   "diverged",  "bad-answer",
                                        "redirected", "local"};
    return QLatin1String(names[int(kind)]);
}

bool SyncOutcome::isTransient(Kind kind)
{
    return kind == Kind::Unreachable || kind == Kind::Timeout || kind == Kind::Busy || kind == Kind::Server;
}

SyncClient::SyncClient(Store& store, SyncSettings settings, QString schoolCode, QByteArray token, QObject* parent)
    : QObject(parent), m_store(store), m_repo(store), m_settings(std::move(settings)), m_code(std::move(schoolCode)),
      m_token(std::move(token)), m_net(new SyncNetworkManager(this))
{
    m_retryTimer.setSingleShot(true);
}

SyncClient::~SyncClient()
{
    if (m_reply)
        m_reply->abort();
}

void SyncClient::start(const QString& trigger)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_outcome = {};
    m_gapsInARow = 0;
    m_batchEntries = std::max(1, m_settings.batchEntries);
    m_batchBytes = std::max<qint64>(1024, m_settings.batchBytes);
    m_outcome.localHead = m_store.journal().headSeq();
    m_ack = m_repo.ack();
    m_outcome.ackSeq = m_ack.seq;
    auto run = m_repo.beginRun(trigger);
    if (!run) {
        fail(SyncOutcome::Kind::Local, run.error().message);
        return;
    }
    m_outcome.runId = *run;
    if (const QString why = m_settings.validate(); !why.isEmpty()) {
        fail(SyncOutcome::Kind::NotConfigured, why);
        return;
    }
    if (m_code.isEmpty()) {
        fail(SyncOutcome::Kind::NotConfigured, tr("The school code is not set; enter it in the school's details."));
        return;
    }
    if (m_token.isEmpty()) {
        fail(SyncOutcome::Kind::NoToken,
             tr("No sync token is saved on this computer. Enter the token the bureau issued."));
        return;
    }
    if (Status st = m_net->configure(m_settings); !st) {
        fail(SyncOutcome::Kind::NotConfigured, st.error().message);
        return;
    }
    Q_EMIT progress(m_ack.seq, m_outcome.localHead);
    fetchHead();
}

void SyncClient::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort(); // handleReply sees m_cancelled and ends the run
    else
        fail(SyncOutcome::Kind::Cancelled, tr("Cancelled."));
}

bool SyncClient::sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443);
}

void SyncClient::send(Call call)
{
    QUrl url(m_settings.endpoint);
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype q = call.path.indexOf(QLatin1Char('?'));
    url.setPath(base + (q < 0 ? call.path : call.path.left(q)));
    if (q >= 0)
        url.setQuery(call.path.mid(q + 1));
    QNetworkRequest req = m_net->request(url, m_settings.timeoutMs);
    req.setRawHeader("Authorization", "Bearer " + m_token);
    req.setRawHeader("Accept", "application/json");
    if (call.method == "POST") {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("Content-Encoding", "gzip");
        req.setRawHeader("Idempotency-Key", call.idempotencyKey.toLatin1());
    }
    QNetworkReply* reply = call.method == "POST" ? m_net->post(req, call.body) : m_net->get(req);
    m_reply = reply;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto pinFailed = std::make_shared<bool>(false);
    auto elsewhere = std::make_shared<QUrl>();
    auto tooLong = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError>& e) { *sslErrors = e; });
    // A redirect is followed only within the configured origin: the token never goes anywhere else.
    connect(reply, &QNetworkReply::redirected, this, [this, reply, elsewhere](const QUrl& to) {
        const QUrl target = reply->url().resolved(to);
        if (sameOrigin(target, QUrl(m_settings.endpoint))) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        *elsewhere = target;
        reply->abort();
    });
    // The answer is read into memory: a server that sends without end is cut off.
    const auto checkSize = [reply, tooLong](qint64 more) {
        if (more > maxAnswerBytes && !*tooLong) {
            *tooLong = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [reply, checkSize] { checkSize(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
    connect(reply, &QNetworkReply::readyRead, this, [reply, checkSize] { checkSize(reply->bytesAvailable()); });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, pinFailed] {
        if (!m_net->pinMatches(*reply)) {
            *pinFailed = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, call, sslErrors, pinFailed, elsewhere, tooLong] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_cancelled) {
            fail(SyncOutcome::Kind::Cancelled, tr("Cancelled."));
            return;
        }
        if (!elsewhere->isEmpty()) {
            fail(SyncOutcome::Kind::Redirected,
                 tr("The server sent the request on to another address, %1; it was not followed, so the token "
                    "stayed with %2. Check the sync address.")
                     .arg(elsewhere->toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery),
                          QUrl(m_settings.endpoint).host()));
            return;
        }
        if (*tooLong) {
            fail(SyncOutcome::Kind::BadAnswer,
                 tr("The server's answer is larger than %1 MB; it was not read.").arg(maxAnswerBytes / (1024 * 1024)));
            return;
        }
        if (*pinFailed) {
            fail(SyncOutcome::Kind::PinMismatch,
                 tr("The server's public key does not match the pinned key: this may not be the bureau's server."));
            return;
        }
        if (reply->error() == QNetworkReply::SslHandshakeFailedError || !sslErrors->isEmpty()) {
            SyncOutcome::Kind kind = SyncOutcome::Kind::Tls;
            const QString msg = tlsMessage(*sslErrors, kind);
            fail(kind, msg.isEmpty() ? tr("The secure connection failed: %1").arg(reply->errorString()) : msg);
            return;
        }
        handleReply(reply, call);
    });
}

QString SyncClient::tlsMessage(const QList<QSslError>& errors, SyncOutcome::Kind& kind) const
{
    const QString host = QUrl(m_settings.endpoint).host();
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            kind = SyncOutcome::Kind::WrongHost;
            return tr("The server's certificate was issued for another host, not %1: the connection was refused.")
                .arg(host);
        case QSslError::CertificateExpired:
            kind = SyncOutcome::Kind::Expired;
            return tr("The server's certificate has expired (%1): the connection was refused.")
                .arg(QLocale().toString(e.certificate().expiryDate().toLocalTime().date(), QLocale::ShortFormat));
        case QSslError::CertificateNotYetValid:
            kind = SyncOutcome::Kind::Expired;
            return tr(
                "The server's certificate is not valid yet (check this computer's clock): the connection was refused.");
        default:
            break;
        }
    }
    if (!errors.isEmpty()) {
        kind = SyncOutcome::Kind::Untrusted;
        return tr("The server's certificate is not trusted (%1). Add the bureau's CA certificate if it uses its own.")
            .arg(errors.first().errorString());
    }
    return {};
}

void SyncClient::handleReply(QNetworkReply* reply, Call call)
{
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError err = reply->error();
    const bool networkLayer = err != QNetworkReply::NoError && int(err) < 200; // transport or proxy
    if (networkLayer || !statusAttr.isValid()) {
        const bool timedOut = err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError;
        if (timedOut)
            retryLater(std::move(call), SyncOutcome::Kind::Timeout, tr("the server did not answer in time"), -1);
        else
            retryLater(std::move(call), SyncOutcome::Kind::Unreachable, reply->errorString(), -1);
        return;
    }
    const int status = statusAttr.toInt();
    const QByteArray data = reply->readAll();
    const QJsonObject answer = QJsonDocument::fromJson(data).object();
    const QString serverSays = answer.value(QStringLiteral("message")).toString();
    switch (status) {
    case 200:
        if (answer.isEmpty())
            retryLater(std::move(call), SyncOutcome::Kind::BadAnswer, tr("the answer was incomplete"), -1);
        else
            call.onAnswer(status, answer);
        return;
    case 409:
    case 413:
        call.onAnswer(status, answer);
        return;
    case 401:
        fail(SyncOutcome::Kind::TokenRejected,
             tr("The bureau rejected the token. Enter the current token the bureau issued."));
        return;
    case 403:
        fail(SyncOutcome::Kind::Forbidden, tr("The token does not belong to school %1.").arg(m_code));
        return;
    case 404:
        fail(SyncOutcome::Kind::NotFound,
             tr("The address %1 is not the bureau's sync service.").arg(m_settings.endpoint));
        return;
    case 422:
        fail(SyncOutcome::Kind::ChainBroken,
             tr("The bureau refused the journal: %1. Run \"verify\" on the journal.").arg(serverSays));
        return;
    case 429:
    case 503:
        retryLater(std::move(call), SyncOutcome::Kind::Busy, tr("the server is busy"), retryAfterMs(*reply));
        return;
    case 500:
    case 502:
    case 504:
        retryLater(std::move(call), SyncOutcome::Kind::Server, tr("the server reported an error (%1)").arg(status),
                   retryAfterMs(*reply));
        return;
    default:
        fail(SyncOutcome::Kind::BadAnswer, tr("The server answered %1: %2").arg(status).arg(serverSays));
    }
}

void SyncClient::retryLater(Call call, SyncOutcome::Kind kind, const QString& why, qint64 retryAfter)
{
    ++call.attempt;
    qint64 wait = retryAfter;
    if (wait < 0) {
        // Exponential backoff with jitter: a random wait in [d/2, d].
        const qint64 d =
            std::min<qint64>(m_settings.maxDelayMs, qint64(m_settings.baseDelayMs) << std::min(call.attempt, 20));
        wait = d / 2 + QRandomGenerator::global()->bounded(d / 2 + 1);
    }
    if (call.attempt >= m_settings.maxAttempts || wait > m_settings.maxDelayMs) {
        const QDateTime now = QDateTime::currentDateTime();
        QDateTime at = now.addMSecs(std::max<qint64>(wait, m_settings.maxDelayMs));
        // A server asking for a long pause does not push the school past its own next daily run.
        if (const QDateTime daily = m_settings.nextDailyRun(now); daily.isValid() && daily < at)
            at = daily;
        QString msg;
        if (kind == SyncOutcome::Kind::Busy)
            msg = tr("The server is busy — will retry at %1.").arg(hhmm(at));
        else if (kind == SyncOutcome::Kind::Unreachable || kind == SyncOutcome::Kind::Timeout)
            msg = tr("The server is unreachable (%1) — will retry at %2.").arg(why, hhmm(at));
        else
            msg = tr("The server failed (%1) — will retry at %2.").arg(why, hhmm(at));
        fail(kind == SyncOutcome::Kind::BadAnswer ? SyncOutcome::Kind::Server : kind, msg, at);
        return;
    }
    Q_EMIT statusChanged(tr("Retrying in %1 s: %2").arg((wait + 999) / 1000).arg(why));
    m_retryTimer.disconnect(this);
    connect(&m_retryTimer, &QTimer::timeout, this, [this, call] { send(call); });
    m_retryTimer.start(int(wait));
}

bool SyncClient::adoptRemoteHead(const QJsonObject& head)
{
    const qint64 seq = head.value(QStringLiteral("seq")).toInteger(-1);
    const QString hash = head.value(QStringLiteral("hash")).toString();
    if (seq < 0) {
        fail(SyncOutcome::Kind::BadAnswer, tr("The server's answer names no head."));
        return false;
    }
    if (seq == m_ack.seq && (seq == 0 || hash == m_ack.hash))
        return true;
    if (seq > m_outcome.localHead) {
        fail(SyncOutcome::Kind::Diverged,
             tr("The bureau holds %1 entries but this journal has %2: was the database restored from an older backup?")
                 .arg(seq)
                 .arg(m_outcome.localHead));
        return false;
    }
    QString localHash = QString::fromLatin1(Journal::genesisHash);
    if (seq > 0) {
        auto e = m_store.journal().entry(seq);
        if (!e) {
            fail(SyncOutcome::Kind::Local, e.error().message);
            return false;
        }
        localHash = e->hash;
    }
    if (localHash != hash) {
        fail(SyncOutcome::Kind::Diverged,
             tr("The bureau's copy of entry %1 differs from this journal; ask the bureau to check its copy.").arg(seq));
        return false;
    }
    // The receiver's head is one of our entries: everything up to it is held there.
    if (Status st = m_repo.recordAck(m_outcome.runId, seq, hash, 0, 0, true); !st) {
        fail(SyncOutcome::Kind::Local, st.error().message);
        return false;
    }
    m_ack.seq = seq;
    m_ack.hash = hash;
    m_outcome.ackSeq = seq;
    return true;
}

void SyncClient::fetchHead()
{
    Q_EMIT statusChanged(tr("Connecting to %1…").arg(QUrl(m_settings.endpoint).host()));
    Call c;
    c.method = "GET";
    c.path = QStringLiteral("/api/v1/schools/%1/head").arg(m_code);
    c.onAnswer = [this](int, const QJsonObject& head) {
        if (adoptRemoteHead(head))
            pushNext();
    };
    send(std::move(c));
}

Result<sync::Batch> SyncClient::buildBatch(qint64 afterSeq) const
{
    auto entries = m_store.journal().entriesAfter(afterSeq, m_batchEntries);
    if (!entries)
        return entries.error();
    qint64 size = 0;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        size += sync::entryWireSize(entries->at(i));
        if (size > m_batchBytes && i > 0) {
            entries->resize(i);
            break;
        }
    }
    return sync::makeBatch(m_code, *entries);
}

void SyncClient::pushNext()
{
    // The batch built while the previous one was on the wire, if it still fits.
    sync::Batch next;
    if (m_next.count > 0 && m_next.first == m_ack.seq + 1 && m_next.prevHash == m_ack.hash)
        next = std::move(m_next);
    m_next = {};
    if (next.count == 0) {
        auto built = buildBatch(m_ack.seq);
        if (!built) {
            fail(SyncOutcome::Kind::Local, built.error().message);
            return;
        }
        next = std::move(*built);
    }
    if (next.count == 0) {
        pullNotices();
        return;
    }
    m_batch = std::move(next);
    Q_EMIT statusChanged(tr("Sending entries %1 to %2…").arg(m_batch.first).arg(m_batch.last));
    Call c;
    c.method = "POST";
    c.path = QStringLiteral("/api/v1/schools/%1/journal").arg(m_code);
    c.body = m_batch.body;
    c.idempotencyKey = m_batch.key;
    c.onAnswer = [this](int status, const QJsonObject& answer) {
        if (status == 413) {
            if (m_batch.count <= 1) {
                fail(SyncOutcome::Kind::TooLarge, tr("Entry %1 is larger than the server accepts.").arg(m_batch.first));
                return;
            }
            m_next = {};
            m_batchEntries = std::max(1, m_batch.count / 2);
            m_batchBytes = std::max<qint64>(1024, m_batchBytes / 2);
            pushNext();
            return;
        }
        if (status == 409) {
            if (++m_gapsInARow > 3) {
                fail(SyncOutcome::Kind::Diverged, tr("The bureau's copy does not continue this journal: %1")
                                                      .arg(answer.value(QStringLiteral("message")).toString()));
                return;
            }
            if (adoptRemoteHead(answer.value(QStringLiteral("head")).toObject()))
                pushNext();
            return;
        }
        const qint64 ackSeq = answer.value(QStringLiteral("ackSeq")).toInteger(-1);
        const QString ackHash = answer.value(QStringLiteral("ackHash")).toString();
        if (ackSeq != m_batch.last || ackHash != m_batch.lastHash) {
            fail(SyncOutcome::Kind::BadAnswer,
                 tr("The server acknowledged entry %1, not the entry %2 that was sent.").arg(ackSeq).arg(m_batch.last));
            return;
        }
        // The acknowledgement and the run's counters in one transaction (crash safety).
        if (Status st = m_repo.recordAck(m_outcome.runId, ackSeq, ackHash, m_batch.count, m_batch.body.size()); !st) {
            fail(SyncOutcome::Kind::Local, st.error().message);
            return;
        }
        m_gapsInARow = 0;
        m_ack.seq = ackSeq;
        m_ack.hash = ackHash;
        m_outcome.ackSeq = ackSeq;
        m_outcome.sent += m_batch.count;
        m_outcome.bytes += m_batch.body.size();
        Q_EMIT progress(ackSeq, m_outcome.localHead);
        pushNext();
    };
    send(std::move(c));
    // Build the next batch while this one travels and the receiver stores it.
    QTimer::singleShot(0, this, [this, after = m_batch.last] {
        if (!m_running || m_batch.last != after)
            return;
        if (auto b = buildBatch(after))
            m_next = std::move(*b);
    });
}

void SyncClient::pullNotices()
{
    Q_EMIT statusChanged(tr("Fetching notices from the bureau…"));
    Call c;
    c.method = "GET";
    c.path = QStringLiteral("/api/v1/schools/%1/notices?after=%2").arg(m_code).arg(m_ack.noticeCursor);
    c.onAnswer = [this](int, const QJsonObject& answer) {
        QList<SyncNotice> list;
        for (const QJsonValue& v : answer.value(QStringLiteral("notices")).toArray()) {
            SyncNotice n = SyncNotice::fromJson(v.toObject());
            if (!n.id.isEmpty())
                list << n;
        }
        const qint64 cursor = answer.value(QStringLiteral("cursor")).toInteger(m_ack.noticeCursor);
        if (Status st = m_repo.storeNotices(list, cursor); !st) {
            fail(SyncOutcome::Kind::Local, st.error().message);
            return;
        }
        m_ack.noticeCursor = cursor;
        m_outcome.notices = int(list.size());
        finish();
    };
    send(std::move(c));
}

void SyncClient::fail(SyncOutcome::Kind kind, const QString& message, const QDateTime& retryAt)
{
    m_outcome.kind = kind;
    m_outcome.message = message;
    m_outcome.retryAt = retryAt;
    finish();
}

void SyncClient::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    m_outcome.ok = m_outcome.kind == SyncOutcome::Kind::None && m_outcome.ackSeq >= m_outcome.localHead;
    if (m_outcome.kind == SyncOutcome::Kind::None)
        m_outcome.message = tr("Done: %1 entries sent, the bureau holds everything up to entry %2; %3 new notices.")
                                .arg(m_outcome.sent)
                                .arg(m_outcome.ackSeq)
                                .arg(m_outcome.notices);
    if (m_outcome.runId > 0) {
        SyncRun r;
        r.id = m_outcome.runId;
        r.outcome = m_outcome.ok ? QStringLiteral("ok")
                                 : (m_outcome.kind == SyncOutcome::Kind::Cancelled ? QStringLiteral("cancelled")
                                                                                   : QStringLiteral("error"));
        r.errorKind = m_outcome.kind == SyncOutcome::Kind::None ? QString() : SyncOutcome::kindName(m_outcome.kind);
        r.message = m_outcome.message;
        r.retryAt = m_outcome.retryAt;
        if (Status st = m_repo.finishRun(r); !st)
            qWarning("sync: cannot record the run: %s", qPrintable(st.error().message));
        // The shell's status bar shows the last run ("last sync").
        if (Status st = m_store.setMeta(QStringLiteral("sync.last_run"),
                                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            !st)
            qWarning("sync: cannot record the time of the run: %s", qPrintable(st.error().message));
    }
    Q_EMIT finished(m_outcome);
}

} // namespace csl
