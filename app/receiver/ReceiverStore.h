// The reference receiver's storage: one encrypted database per school, chain-verified.
#pragma once

#include "Journal.h"
#include "Result.h"
#include "Store.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>

namespace csl::receiver {

/// @brief What a push answers: an HTTP status and a JSON body.
struct Answer
{
    int status = 200;
    QJsonObject body;
};

/**
 * @brief The journals the receiver holds, one QSQLCIPHER database per school
 * (`<data>/<code>.cldb`, keyed from CAMPUSLEDGER_RECEIVER_PASSPHRASE).
 *
 * Entries are keyed by seq; a batch is verified entry by entry with
 * JournalEntry::computeHash() and against the stored head, and stored in one
 * transaction with its idempotency key.
 */
class ReceiverStore final
{
public:
    ReceiverStore(QString dataDir, QString passphrase);
    ~ReceiverStore();
    Q_DISABLE_COPY_MOVE(ReceiverStore)

    static bool validCode(const QString& code);

    Answer push(const QString& code, const QString& key, const QJsonObject& batch);
    Answer head(const QString& code);
    Answer notices(const QString& code, qint64 after);
    Answer postNotice(const QString& code, const QJsonObject& notice);
    /// Every stored hash in order, the counters, and a full chain check.
    Answer dump(const QString& code);

private:
    struct School
    {
        std::unique_ptr<Store> store;
        qint64 headSeq = 0;
        QString headHash;
    };
    enum class Create { No, Yes };
    /// The school's open database; with Create::No a school without one is nullptr, and no file is made.
    Result<School*> school(const QString& code, Create create);
    QString storedHash(School& s, qint64 seq);
    static Answer error(int status, const QString& code, const QString& message);
    static QJsonObject headJson(const School& s);

    QString m_dir;
    QString m_passphrase;
    std::map<QString, School> m_schools;
};

} // namespace csl::receiver
