#include "SyncSettings.h"

#include "KeyStore.h"
#include "Store.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace csl {

namespace {

QString get(const QHash<QString, QString>& m, const char* key, const QString& fallback = {})
{
    return m.value(QLatin1String(key), fallback);
}

} // namespace

SyncSettings SyncSettings::load(Store& store)
{
    QHash<QString, QString> m;
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT key, value FROM sync_settings"))) {
        while (q.next())
            m.insert(q.value(0).toString(), q.value(1).toString());
    }
    SyncSettings s;
    s.endpoint = get(m, "endpoint");
    s.caFile = get(m, "ca_file");
    s.pin = get(m, "pin");
    s.dailyAt = QTime::fromString(get(m, "daily_at"), QStringLiteral("HH:mm"));
    auto num = [&](const char* k, auto fallback) {
        bool ok = false;
        const qint64 v = get(m, k).toLongLong(&ok);
        return ok && v > 0 ? decltype(fallback)(v) : fallback;
    };
    s.batchEntries = num("batch_entries", s.batchEntries);
    s.batchBytes = num("batch_bytes", s.batchBytes);
    s.maxAttempts = num("max_attempts", s.maxAttempts);
    s.baseDelayMs = num("base_delay_ms", s.baseDelayMs);
    s.maxDelayMs = num("max_delay_ms", s.maxDelayMs);
    s.timeoutMs = num("timeout_ms", s.timeoutMs);
    return s;
}

Status SyncSettings::save(Store& store) const
{
    const std::pair<const char*, QString> rows[] = {
        {"endpoint", endpoint},
        {"ca_file", caFile},
        {"pin", pin},
        {"daily_at", dailyAt.isValid() ? dailyAt.toString(QStringLiteral("HH:mm")) : QString()},
        {"batch_entries", QString::number(batchEntries)},
        {"batch_bytes", QString::number(batchBytes)},
        {"max_attempts", QString::number(maxAttempts)},
        {"base_delay_ms", QString::number(baseDelayMs)},
        {"max_delay_ms", QString::number(maxDelayMs)},
        {"timeout_ms", QString::number(timeoutMs)},
    };
    return store.write([&]() -> Status {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_settings (key, value) VALUES (?, ?)"));
        for (const auto& [k, v] : rows) {
            q.addBindValue(QLatin1String(k));
            q.addBindValue(v);
            if (!q.exec())
                return Error{Error::Database, q.lastError().text()};
        }
        return {};
    });
}

QString SyncSettings::validate() const
{
    const QUrl url(endpoint, QUrl::StrictMode);
    if (endpoint.isEmpty())
        return tr("Enter the address of the bureau's platform.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("The address \"%1\" is not a valid URL.").arg(endpoint);
    if (url.scheme() != u"https")
        return tr("The address must start with https:// (the journal is only sent encrypted).");
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return tr("The CA file %1 cannot be read.").arg(caFile);
    if (!pin.isEmpty() && (!pin.startsWith(u"sha256/") || QByteArray::fromBase64(pin.mid(7).toLatin1()).size() != 32))
        return tr("The pinned key must look like sha256/ followed by 44 base64 characters.");
    return {};
}

QString SyncSettings::tokenEntry(const QString& schoolCode)
{
    return QStringLiteral("sync-token/%1").arg(schoolCode);
}

Result<QByteArray> SyncSettings::token(const QString& schoolCode)
{
    const QByteArray env = qgetenv("CAMPUSLEDGER_SYNC_TOKEN");
    if (!env.isEmpty())
        return env;
    auto t = KeyStore().loadSecret(tokenEntry(schoolCode));
    if (!t && t.error().code == Error::NotFound)
        return Error{Error::NotFound,
                     tr("No sync token is saved on this computer. Enter the token the bureau issued.")};
    return t;
}

Status SyncSettings::saveToken(const QString& schoolCode, const QByteArray& token)
{
    if (token.isEmpty())
        return KeyStore().removeSecret(tokenEntry(schoolCode));
    return KeyStore().saveSecret(tokenEntry(schoolCode), token);
}

QDateTime SyncSettings::nextDailyRun(const QDateTime& now) const
{
    if (!dailyAt.isValid())
        return {};
    const QDateTime local = now.toLocalTime();
    QDateTime at(local.date(), dailyAt);
    if (at <= local)
        at = at.addDays(1);
    return at;
}

} // namespace csl
