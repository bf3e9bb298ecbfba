// Test support for sync: a throwaway CA and certificates, the real receiver as a child process.
#pragma once

#include "SyncClient.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace csl::test {

inline const QByteArray kSyncToken = "test-token-8c1f2e";
inline const QString kSchoolCode = QStringLiteral("3210000001");

/// @brief A CA and certificates made with openssl: good (127.0.0.1/localhost), wrong host, expired.
class TestPki
{
public:
    TestPki();
    bool isValid() const { return m_ok; }
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString cert(const QString& name) const { return path(name + QStringLiteral(".pem")); }
    QString key(const QString& name) const { return path(name + QStringLiteral(".key")); }
    QString path(const QString& file) const { return m_dir.filePath(file); }

private:
    bool run(const QStringList& args);
    bool issue(const QString& name, const QString& san, const QStringList& validity);
    QTemporaryDir m_dir;
    bool m_ok = false;
};

/// @brief campusledger-receiver on a free port of 127.0.0.1, with --admin.
class Receiver
{
public:
    Receiver(const TestPki& pki, const QString& certName = QStringLiteral("server"), const QStringList& extra = {});
    ~Receiver();
    bool isValid() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString endpoint(const QString& host = QStringLiteral("127.0.0.1")) const;
    /// Blocking admin or API call; the JSON answer (empty on failure) and the HTTP status.
    QJsonObject call(const QByteArray& method, const QString& path, const QByteArray& body = {}, int* status = nullptr,
                     const QList<std::pair<QByteArray, QByteArray>>& headers = {}) const;
    QJsonObject fault(const QString& mode, int count, int extra = 1);
    QJsonObject dump() const;
    QString dataDir() const { return m_data.path(); }
    qint64 pid() const { return m_proc.processId(); }

private:
    const TestPki& m_pki;
    QTemporaryDir m_data;
    QProcess m_proc;
    quint16 m_port = 0;
};

/// @brief Settings for a fast test run against @p endpoint.
SyncSettings testSettings(const QString& endpoint, const QString& caFile, int batchEntries = 50);

/// @brief Runs one SyncClient to the end on the event loop.
SyncOutcome runSync(Store& store, const SyncSettings& settings, const QByteArray& token = kSyncToken);

/// @brief True (else a failure message in @p why) when the receiver holds exactly the journal of @p store.
bool receiverEqualsJournal(const Receiver& receiver, Store& store, QString* why);

} // namespace csl::test
