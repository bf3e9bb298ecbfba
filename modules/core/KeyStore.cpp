#include "KeyStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace csl {

namespace {

QString entryKey(const QString& databaseId)
{
    return QStringLiteral("database-key/%1").arg(databaseId);
}

/// Runs @p job to completion; false on timeout.
bool runJob(QKeychain::Job& job, int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

Error keychainError(const QKeychain::Job& job, bool finished)
{
    if (!finished)
        return Error{Error::Keychain, KeyStore::tr("The system keychain did not answer.")};
    if (job.error() == QKeychain::EntryNotFound)
        return Error{Error::NotFound, KeyStore::tr("No key is remembered for this database on this computer.")};
    return Error{Error::Keychain, KeyStore::tr("The system keychain is not available: %1").arg(job.errorString())};
}

/// The same limit everywhere, so a secret that fits on Linux also fits on Windows.
Status checkSize(qsizetype size)
{
    if (size > KeyStore::kMaxSecretBytes)
        return Error{Error::InvalidInput, KeyStore::tr("The secret is %1 bytes; the system keychain keeps at most %2.")
                                              .arg(size)
                                              .arg(KeyStore::kMaxSecretBytes)};
    return {};
}

} // namespace

KeyStore::KeyStore(QString service, int timeoutMs) : m_service(std::move(service)), m_timeoutMs(timeoutMs) {}

Status KeyStore::save(const QString& databaseId, const SecureBytes& key) const
{
    if (Status st = checkSize(qsizetype(key.size())); !st)
        return st;
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(entryKey(databaseId));
    job.setBinaryData(QByteArray(reinterpret_cast<const char*>(key.data()), key.size()));
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished);
    return {};
}

Result<SecureBytes> KeyStore::load(const QString& databaseId) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(entryKey(databaseId));
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished);
    const QByteArray data = job.binaryData();
    if (data.size() != 32)
        return Error{Error::Keychain, tr("The remembered key in the system keychain is damaged.")};
    return SecureBytes(data.constData(), data.size());
}

Status KeyStore::remove(const QString& databaseId) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(entryKey(databaseId));
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound))
        return keychainError(job, finished);
    return {};
}

Status KeyStore::saveSecret(const QString& name, const QByteArray& secret) const
{
    if (Status st = checkSize(secret.size()); !st)
        return st;
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(name);
    job.setBinaryData(secret);
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished);
    return {};
}

Result<QByteArray> KeyStore::loadSecret(const QString& name) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(name);
    const bool finished = runJob(job, m_timeoutMs);
    if (finished && job.error() == QKeychain::EntryNotFound)
        return Error{Error::NotFound, tr("Nothing is kept in the system keychain under %1.").arg(name)};
    if (!finished || job.error() != QKeychain::NoError)
        return keychainError(job, finished);
    return job.binaryData();
}

Status KeyStore::removeSecret(const QString& name) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(name);
    const bool finished = runJob(job, m_timeoutMs);
    if (!finished || (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound))
        return keychainError(job, finished);
    return {};
}

} // namespace csl
