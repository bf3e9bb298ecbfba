#include "KdfParams.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <sodium.h>

#include <algorithm>

namespace csl {

namespace {

constexpr auto kFormat = "campusledger-kdf";
constexpr quint64 kTunedMemory = 64ull * 1024 * 1024;

QByteArray randomSalt()
{
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

} // namespace

bool ensureSodium()
{
    static const int rc = sodium_init();
    return rc >= 0;
}

KdfParams KdfParams::tuned(int targetMs)
{
    ensureSodium();
    KdfParams p;
    p.memLimit = kTunedMemory;
    p.opsLimit = 1;
    p.salt = randomSalt();
    p.databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Argon2's time is a fixed cost (filling 64 MiB) plus a linear cost per
    // pass. Warm the allocator once, then time one and five passes and solve.
    Q_UNUSED(p.derive(QStringLiteral("warm-up")));
    QElapsedTimer timer;
    timer.start();
    Q_UNUSED(p.derive(QStringLiteral("calibration")));
    const qint64 one = std::max<qint64>(1, timer.nsecsElapsed() / 1000000);
    p.opsLimit = 5;
    timer.restart();
    Q_UNUSED(p.derive(QStringLiteral("calibration")));
    const qint64 five = std::max<qint64>(one + 4, timer.nsecsElapsed() / 1000000);
    const qint64 perPass = (five - one) / 4;
    const qint64 fixed = std::max<qint64>(0, one - perPass);
    p.opsLimit = quint64(std::clamp<qint64>((targetMs - fixed + perPass / 2) / perPass, 1, 64));
    return p;
}

KdfParams KdfParams::cheapForTests()
{
    ensureSodium();
    KdfParams p;
    p.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    p.memLimit = crypto_pwhash_MEMLIMIT_MIN;
    p.salt = randomSalt();
    p.databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return p;
}

Result<KdfParams> KdfParams::forProfile(const QString& profile, bool testProfileAllowed)
{
    if (profile.isEmpty())
        return tuned();
    if (profile != u"test")
        return Error{Error::InvalidInput, tr("Unknown key derivation profile \"%1\".").arg(profile)};
    if (!testProfileAllowed)
        return Error{Error::InvalidInput, tr("The test key derivation profile is refused: it makes a passphrase cheap "
                                             "to guess and exists only in builds made for testing.")};
    return cheapForTests();
}

Result<SecureBytes> KdfParams::derive(const QString& passphrase) const
{
    if (!ensureSodium())
        return Error{Error::Io, tr("The cryptography library could not start.")};
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error{Error::Io, tr("The key header has a damaged salt.")};
    QByteArray pass = passphrase.toUtf8();
    SecureBytes key(keyBytes);
    const int rc = crypto_pwhash(key.data(), keyBytes, pass.constData(), quint64(pass.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), opsLimit, size_t(memLimit),
                                 crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(pass.data(), size_t(pass.size()));
    if (rc != 0)
        return Error{Error::Io, tr("Not enough memory to derive the key (Argon2id needs %1 MiB).")
                                    .arg(memLimit / (1024 * 1024))};
    return key;
}

QString KdfParams::headerPath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".kdf");
}

QByteArray KdfParams::keyCheckOf(const SecureBytes& key)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("campusledger-key-check:"));
    h.addData(QByteArrayView(reinterpret_cast<const char*>(key.data()), key.size()));
    return h.result();
}

QString KdfParams::stagedHeaderPath(const QString& databasePath)
{
    return headerPath(databasePath) + QStringLiteral(".new");
}

Result<KdfParams> KdfParams::load(const QString& databasePath)
{
    return loadFrom(headerPath(databasePath));
}

Result<KdfParams> KdfParams::loadFrom(const QString& headerFile)
{
    QFile f(headerFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Io, tr("Cannot read the key header %1: %2").arg(headerFile, f.errorString())};
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 * 1024), &perr);
    const QJsonObject o = doc.object();
    if (perr.error != QJsonParseError::NoError || o.value(u"format").toString() != QLatin1String(kFormat))
        return Error{Error::Io, tr("The key header %1 is damaged or not a CampusSec Ledger file.").arg(headerFile)};
    if (o.value(u"algorithm").toString() != u"argon2id13")
        return Error{Error::Io, tr("The key header %1 names an unknown algorithm.").arg(headerFile)};
    const qint64 ops = o.value(u"opslimit").toInteger(-1);
    const qint64 mem = o.value(u"memlimit").toInteger(-1);
    if (ops < qint64(crypto_pwhash_OPSLIMIT_MIN) || quint64(ops) > maxOpsLimit ||
        mem < qint64(crypto_pwhash_MEMLIMIT_MIN) || quint64(mem) > maxMemLimit)
        return Error{Error::Io, tr("The key header %1 asks for Argon2id costs outside the accepted range "
                                   "(opslimit %2 to %3, memlimit %4 to %5 bytes).")
                                    .arg(headerFile)
                                    .arg(crypto_pwhash_OPSLIMIT_MIN)
                                    .arg(maxOpsLimit)
                                    .arg(crypto_pwhash_MEMLIMIT_MIN)
                                    .arg(maxMemLimit)};
    KdfParams p;
    p.opsLimit = quint64(ops);
    p.memLimit = quint64(mem);
    p.salt = QByteArray::fromBase64(o.value(u"salt").toString().toLatin1());
    p.databaseId = o.value(u"database_id").toString();
    p.keyCheck = QByteArray::fromHex(o.value(u"key_check").toString().toLatin1());
    if (p.opsLimit < crypto_pwhash_OPSLIMIT_MIN || p.memLimit < crypto_pwhash_MEMLIMIT_MIN
        || p.salt.size() != crypto_pwhash_SALTBYTES)
        return Error{Error::Io, tr("The key header %1 has invalid parameters.").arg(headerFile)};
    return p;
}

Status KdfParams::save(const QString& databasePath) const
{
    return saveTo(headerPath(databasePath));
}

Status KdfParams::saveTo(const QString& headerFile) const
{
    QJsonObject o{{QStringLiteral("format"), QLatin1String(kFormat)},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                  {QStringLiteral("opslimit"), qint64(opsLimit)},
                  {QStringLiteral("memlimit"), qint64(memLimit)},
                  {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                  {QStringLiteral("database_id"), databaseId},
                  {QStringLiteral("cipher_page_size"), 4096}};
    if (!keyCheck.isEmpty())
        o.insert(QStringLiteral("key_check"), QString::fromLatin1(keyCheck.toHex()));
    QSaveFile f(headerFile);
    if (!f.open(QIODevice::WriteOnly))
        return Error{Error::Io, tr("Cannot write the key header %1: %2").arg(headerFile, f.errorString())};
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return Error{Error::Io, tr("Cannot write the key header %1: %2").arg(headerFile, f.errorString())};
    return {};
}

} // namespace csl
