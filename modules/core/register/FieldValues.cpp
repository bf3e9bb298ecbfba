#include "FieldValues.h"

#include "Clock.h"

#include <QHostAddress>

namespace csl::FieldValues {

QDate cachedToday()
{
    if (Clock::isFixed())
        return Clock::today();
    thread_local qint64 until = 0;
    thread_local QDate day;
    if (const qint64 now = QDateTime::currentMSecsSinceEpoch(); now >= until) {
        day = QDate::currentDate();
        until = now + 1000;
    }
    return day;
}

QString normaliseMac(const QString& text)
{
    // R-DEV-1: the forms switches, Windows, Cisco and spreadsheets write —
    // aa:bb:cc:dd:ee:ff, aa-bb-cc-dd-ee-ff, aabb.ccdd.eeff, aabbccddeeff — one separator throughout.
    // Parsed by hand: an import normalises 100,000 of them.
    const QStringView t = QStringView(text).trimmed();
    const auto hexAt = [&](qsizetype i) { const char16_t c = t[i].unicode();
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'); };
    const auto form = [&](qsizetype length, qsizetype group, char16_t sep) {
        if (t.size() != length)
            return false;
        for (qsizetype i = 0; i < length; ++i) {
            const bool separator = group > 0 && (i + 1) % (group + 1) == 0;
            if (separator ? t[i].unicode() != sep : !hexAt(i))
                return false;
        }
        return true;
    };
    if (!form(17, 2, u':') && !form(17, 2, u'-') && !form(14, 4, u'.') && !form(12, 0, 0))
        return {};
    QString out;
    out.reserve(17);
    for (const QChar c : t) {
        if (c == u':' || c == u'-' || c == u'.')
            continue;
        if (!out.isEmpty() && out.size() % 3 == 2)
            out += u':';
        out += c.toLower();
    }
    return out;
}

QString normaliseIp(const QString& text)
{
    const QString t = text.trimmed();
    if (t.contains(u':')) {
        QHostAddress a;
        if (!a.setAddress(t) || a.protocol() != QAbstractSocket::IPv6Protocol || !a.scopeId().isEmpty())
            return {};
        if (a.isNull() || a == QHostAddress(QHostAddress::AnyIPv6) || a.isLoopback() || a.isMulticast())
            return {};
        return a.toString().toLower();
    }
    // IPv4 in its one canonical spelling: four decimal octets 0-255 without leading zeros.
    quint32 address = 0;
    int octets = 0;
    qsizetype i = 0;
    while (octets < 4) {
        const qsizetype start = i;
        int value = 0;
        while (i < t.size() && t[i] >= u'0' && t[i] <= u'9' && i - start < 3)
            value = value * 10 + (t[i++].unicode() - u'0');
        const qsizetype digits = i - start;
        if (digits == 0 || value > 255 || (digits > 1 && t[start] == u'0'))
            return {};
        address = (address << 8) | quint32(value);
        ++octets;
        if (octets < 4) {
            if (i >= t.size() || t[i] != u'.')
                return {};
            ++i;
        }
    }
    if (i != t.size())
        return {};
    const quint32 first = address >> 24;
    // Not the unspecified address, loopback, multicast or the broadcast address.
    if (address == 0 || first == 127 || (first >= 224 && first <= 239) || address == 0xffffffffU)
        return {};
    return t;
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    // The ISO form spreadsheets write most, read without a format parser.
    if (t.size() == 10 && t[4] == u'-' && t[7] == u'-') {
        const auto number = [&](int from, int n) {
            int v = 0;
            for (int i = from; i < from + n; ++i) {
                if (t[i] < u'0' || t[i] > u'9')
                    return -1;
                v = v * 10 + (t[i].unicode() - u'0');
            }
            return v;
        };
        if (const int y = number(0, 4), m = number(5, 2), d = number(8, 2); y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d); // invalid (2024-02-30) when the day does not exist
    }
    for (const char* f : {"yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"}) {
        const QDate d = QDate::fromString(t.left(t.indexOf(u' ') < 0 ? t.size() : t.indexOf(u' ')), QString::fromUtf8(f));
        if (d.isValid())
            return d;
    }
    return {};
}

QDateTime parseDateTime(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype split = t.indexOf(QLatin1Char(t.contains(u'T') ? 'T' : ' '));
    if (split < 0)
        return {};
    const QDate day = parseDate(t.left(split));
    if (!day.isValid())
        return {};
    const QString clock = t.mid(split + 1).trimmed();
    for (const char* f : {"H:mm", "H:mm:ss", "HH:mm", "HH:mm:ss", "H时m分"}) {
        const QTime time = QTime::fromString(clock, QString::fromUtf8(f));
        if (time.isValid())
            return QDateTime(day, time);
    }
    return {};
}

QString parseYesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (const char* yes : {"1", "是", "yes", "y", "true", "✓", "√", "有"})
        if (t == QString::fromUtf8(yes))
            return QStringLiteral("1");
    for (const char* no : {"0", "否", "no", "n", "false", "×", "✗", "无"})
        if (t == QString::fromUtf8(no))
            return QStringLiteral("0");
    return {};
}

} // namespace csl::FieldValues
