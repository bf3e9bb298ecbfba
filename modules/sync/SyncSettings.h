// Sync settings that are not secrets (endpoint, CA, pin, schedule, limits), and the token's home.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QTime>

namespace csl {

class Store;

/**
 * @brief Where and how to sync. Kept in the table sync_settings of the
 * encrypted database; the token is not here but in the keychain (see token()).
 */
struct SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(csl::SyncSettings)
public:
    QString endpoint; ///< https://host[:port], the base of /api/v1
    QString caFile;   ///< optional bureau CA (PEM), added to the system CAs
    QString pin;      ///< optional "sha256/<base64>" of the server's public key
    QTime dailyAt;    ///< invalid: no daily run
    int batchEntries = 2000;
    qint64 batchBytes = 4 * 1024 * 1024;
    int maxAttempts = 8;
    int baseDelayMs = 1000;
    int maxDelayMs = 60000;
    int timeoutMs = 30000; ///< per request, without progress

    /// @brief Reads the settings (defaults for what was never saved).
    static SyncSettings load(Store& store);
    /// @brief Saves them in one transaction.
    Status save(Store& store) const;
    /// @brief A message saying what is wrong (empty when the settings can be used).
    QString validate() const;
    /// @brief The first daily run after @p now (invalid when there is no daily run).
    QDateTime nextDailyRun(const QDateTime& now) const;

    /// The keychain entry of the school's token.
    static QString tokenEntry(const QString& schoolCode);
    /// @brief The token: CAMPUSLEDGER_SYNC_TOKEN if set, else the keychain entry.
    static Result<QByteArray> token(const QString& schoolCode);
    /// @brief Keeps the token in the keychain (never in the database or QSettings).
    static Status saveToken(const QString& schoolCode, const QByteArray& token);
};

} // namespace csl
