#include "ReceiverTokens.h"

#include "ReceiverStore.h"

#include <QCryptographicHash>
#include <QFile>

namespace csl::receiver {

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray ReceiverTokens::digest(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray ReceiverTokens::bearer(const QByteArray& authorization)
{
    const QByteArray a = authorization.trimmed();
    if (!a.startsWith("Bearer ") || a.size() <= 7)
        return {};
    return a.mid(7).trimmed();
}

Result<ReceiverTokens> ReceiverTokens::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{Error::Io, QStringLiteral("cannot read the token file %1: %2").arg(path, f.errorString())};
    ReceiverTokens t;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.simplified().split(' ');
        const QString code = QString::fromLatin1(parts.value(0));
        const QByteArray hash = parts.value(1).toLower();
        static const QByteArray hex("0123456789abcdef");
        const bool hashOk =
            hash.size() == 64 && std::all_of(hash.cbegin(), hash.cend(), [](char c) { return hex.contains(c); });
        if (parts.size() != 2 || !ReceiverStore::validCode(code) || !hashOk)
            return Error{
                Error::InvalidInput,
                QStringLiteral("%1, line %2: expected \"SCHOOL-CODE SHA256-HEX-OF-TOKEN\"").arg(path).arg(lineNo)};
        if (t.m_byCode.contains(code))
            return Error{Error::InvalidInput,
                         QStringLiteral("%1, line %2: school %3 is listed twice").arg(path).arg(lineNo).arg(code)};
        t.m_byCode.insert(code, hash);
    }
    if (t.m_byCode.isEmpty())
        return Error{Error::InvalidInput, QStringLiteral("the token file %1 lists no school").arg(path)};
    return t;
}

ReceiverTokens ReceiverTokens::single(const QByteArray& token)
{
    ReceiverTokens t;
    t.m_everySchool = digest(token);
    return t;
}

ReceiverTokens::Verdict ReceiverTokens::check(const QString& code, const QByteArray& authorization) const
{
    const QByteArray token = bearer(authorization);
    if (token.isEmpty())
        return Verdict::Unauthorized;
    const QByteArray d = digest(token);
    if (!m_everySchool.isEmpty() && constantTimeEqual(d, m_everySchool))
        return Verdict::Allowed;
    if (constantTimeEqual(d, m_byCode.value(code)))
        return Verdict::Allowed;
    return known(authorization) ? Verdict::Forbidden : Verdict::Unauthorized;
}

bool ReceiverTokens::known(const QByteArray& authorization) const
{
    const QByteArray token = bearer(authorization);
    if (token.isEmpty())
        return false;
    const QByteArray d = digest(token);
    bool found = !m_everySchool.isEmpty() && constantTimeEqual(d, m_everySchool);
    for (const QByteArray& h : m_byCode)
        found = constantTimeEqual(d, h) || found; // no early exit: the time does not say which school
    return found;
}

} // namespace csl::receiver
