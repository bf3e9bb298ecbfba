#include "PassphraseStrength.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace csl {

namespace {

// A few of the passwords every guessing list starts with.
bool isCommon(const QString& lower)
{
    static const QSet<QString> common = {
        QStringLiteral("password"),   QStringLiteral("password1"),  QStringLiteral("123456"),
        QStringLiteral("12345678"),   QStringLiteral("123456789"),  QStringLiteral("1234567890"),
        QStringLiteral("qwerty"),     QStringLiteral("qwertyuiop"), QStringLiteral("abc123"),
        QStringLiteral("111111"),     QStringLiteral("000000"),     QStringLiteral("admin"),
        QStringLiteral("admin123"),   QStringLiteral("iloveyou"),   QStringLiteral("woaini"),
        QStringLiteral("woaini1314"), QStringLiteral("5201314"),    QStringLiteral("88888888"),
        QStringLiteral("66666666"),   QStringLiteral("a123456"),    QStringLiteral("123qwe"),
        QStringLiteral("1qaz2wsx"),   QStringLiteral("passw0rd"),   QStringLiteral("p@ssw0rd"),
    };
    return common.contains(lower);
}

int poolOf(QChar c)
{
    if (c.isDigit())
        return 10;
    if (c.isLower())
        return 26;
    if (c.isUpper())
        return 26;
    if (c.unicode() >= 0x2E80) // CJK and beyond: a large alphabet, but people pick common characters
        return 3000;
    if (c.isSpace())
        return 1;
    return 33;
}

int classOf(QChar c)
{
    if (c.isDigit())
        return 0;
    if (c.isLower())
        return 1;
    if (c.isUpper())
        return 2;
    if (c.unicode() >= 0x2E80)
        return 3;
    return 4;
}

} // namespace

double PassphraseStrength::entropyBits(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return 0;
    const QString lower = passphrase.toLower();
    if (isCommon(lower))
        return 4;
    bool used[5] = {};
    for (QChar c : passphrase)
        used[classOf(c)] = true;
    int pool = 0;
    for (int cls = 0; cls < 5; ++cls) {
        if (!used[cls])
            continue;
        pool += cls == 0 ? 10 : cls == 3 ? 3000 : cls == 4 ? 33 : 26;
    }
    const double perChar = std::log2(double(std::max(pool, 2)));
    // Each character adds its share, unless it repeats or continues a sequence of the one before.
    static const QString rows = QStringLiteral("qwertyuiop asdfghjkl zxcvbnm 1234567890");
    double bits = 0;
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        const QChar c = lower.at(i);
        if (i > 0) {
            const QChar p = lower.at(i - 1);
            const int step = c.unicode() - p.unicode();
            const qsizetype pr = rows.indexOf(p);
            const bool keyboard = pr >= 0 && pr + 1 < rows.size() && rows.at(pr + 1) == c;
            if (step == 0 || std::abs(step) == 1 || keyboard) {
                bits += 1.0;
                continue;
            }
        }
        bits += std::min(perChar, std::log2(double(poolOf(passphrase.at(i)) * (used[4] ? 2 : 1)) + 1));
    }
    // Characters seen earlier add less: "abcabcabc" is not nine characters of choice.
    QSet<QChar> distinct(lower.begin(), lower.end());
    const double variety = double(distinct.size()) / double(passphrase.size());
    if (variety < 0.5)
        bits *= 0.5 + variety;
    return bits;
}

Status PassphraseStrength::check(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return Error{Error::InvalidInput, tr("The passphrase must not be empty.")};
    if (entropyBits(passphrase) < minimumBits)
        return Error{Error::InvalidInput, tr("Passphrase: too easy to guess. Make it longer, for example a few "
                                             "unrelated words.")};
    return {};
}

} // namespace csl
