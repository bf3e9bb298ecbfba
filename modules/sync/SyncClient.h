// One sync run: read the bureau's head, push unacknowledged entries in batches, pull notices.
#pragma once

#include "SyncNetwork.h"
#include "SyncRepository.h"
#include "SyncSettings.h"
#include "SyncWire.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace csl {

class Store;

/// @brief Why a run stopped, in a code for programs and words for people.
struct SyncOutcome
{
    enum class Kind {
        None,
        Cancelled,
        NotConfigured,
        NoToken,
        Untrusted,
        WrongHost,
        Expired,
        PinMismatch,
        Tls,
        Unreachable,
        Timeout,
        TokenRejected,
        Forbidden,
        NotFound,
        Busy,
        Server,
        TooLarge,
        ChainBroken,
        Diverged,
        BadAnswer,
        Redirected,
        Local
    };
    bool ok = false; ///< everything up to the journal's head at the start is acknowledged
    Kind kind = Kind::None;
    QString message;   ///< translated, for the user
    QDateTime retryAt; ///< when a later run should try again (transient failures)
    qint64 runId = 0;
    qint64 sent = 0;
    qint64 ackSeq = 0;
    qint64 localHead = 0;
    qint64 bytes = 0; ///< request bodies on the wire (gzip)
    int notices = 0;

    static QString kindName(Kind kind);
    /// Transient failures are retried later; the others need the user.
    static bool isTransient(Kind kind);
};

/**
 * @brief Runs one sync against the endpoint of SyncSettings (docs/sync-protocol.md).
 *
 * Asynchronous on the event loop; finished() fires exactly once. Every
 * acknowledgement is recorded in the database before the next batch is built,
 * in one transaction, so a crash at any moment loses nothing; a resent batch
 * carries the same idempotency key, so nothing is stored twice.
 */
class SyncClient final : public QObject
{
    Q_OBJECT
public:
    SyncClient(Store& store, SyncSettings settings, QString schoolCode, QByteArray token, QObject* parent = nullptr);
    ~SyncClient() override;
    Q_DISABLE_COPY_MOVE(SyncClient)

    void start(const QString& trigger);
    void cancel();
    bool isRunning() const { return m_running; }
    SyncNetworkManager& network() { return *m_net; }

    /// @brief The largest answer read from the server; a longer one is cut off and the run stops.
    static constexpr qint64 maxAnswerBytes = 8 * 1024 * 1024;
    /// @brief Same scheme, host and port: the only place the token may go.
    static bool sameOrigin(const QUrl& a, const QUrl& b);

Q_SIGNALS:
    void progress(qint64 acknowledged, qint64 total);
    void statusChanged(const QString& text);
    void finished(const csl::SyncOutcome& outcome);

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString idempotencyKey;
        std::function<void(int status, const QJsonObject& answer)> onAnswer;
        int attempt = 0;
    };
    void send(Call call);
    void handleReply(QNetworkReply* reply, Call call);
    void retryLater(Call call, SyncOutcome::Kind kind, const QString& why, qint64 retryAfterMs);
    void fetchHead();
    /// Takes the receiver's head as acknowledged if it is an entry of this journal.
    bool adoptRemoteHead(const QJsonObject& head);
    Result<sync::Batch> buildBatch(qint64 afterSeq) const;
    void pushNext();
    void pullNotices();
    void fail(SyncOutcome::Kind kind, const QString& message, const QDateTime& retryAt = {});
    void finish();
    QString tlsMessage(const QList<QSslError>& errors, SyncOutcome::Kind& kind) const;

    Store& m_store;
    SyncRepository m_repo;
    SyncSettings m_settings;
    QString m_code;
    QByteArray m_token;
    SyncNetworkManager* m_net;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    SyncOutcome m_outcome;
    SyncAck m_ack;
    sync::Batch m_batch;
    sync::Batch m_next; ///< built ahead while m_batch is on the wire
    int m_batchEntries = 0;
    qint64 m_batchBytes = 0;
    int m_gapsInARow = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace csl

Q_DECLARE_METATYPE(csl::SyncOutcome)
