#include "OuiTable.h"

#include <QByteArray>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>
#include <vector>

Q_LOGGING_CATEGORY(lcOui, "csl.devices.oui")

namespace csl {

namespace {

constexpr quint64 kMacMask = 0xFFFF'FFFF'FFFFull;
constexpr int kBlockBits[] = {36, 28, 24}; // longest first: MA-S/IAB, MA-M, MA-L

/// One assignment: (bits << 48 | prefix) as the sort key, the organisation as a slice of the table text.
struct Entry
{
    quint64 key;
    quint32 offset;
    quint32 length;
};

constexpr quint64 keyOf(int bits, quint64 prefix)
{
    return (quint64(bits) << 48) | prefix;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// The embedded table, read once by whichever thread looks up first (Q_GLOBAL_STATIC is thread-safe).
class Table
{
public:
    Table()
    {
        QFile f(QStringLiteral(":/oui/oui.tsv"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcOui) << "MAC vendor table missing from the resources:" << f.errorString();
            return;
        }
        m_text = f.readAll();
        parse();
    }

    const Entry* find(int bits, quint64 prefix) const
    {
        const quint64 key = keyOf(bits, prefix);
        const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), key,
                                         [](const Entry& e, quint64 k) { return e.key < k; });
        return it != m_entries.end() && it->key == key ? &*it : nullptr;
    }

    QString name(const Entry& e) const { return QString::fromUtf8(m_text.constData() + e.offset, qsizetype(e.length)); }
    int size() const { return int(m_entries.size()); }

private:
    // Lines "HEX<TAB>Organisation\n" (cmake/ouigen.cpp); a line of another shape is skipped.
    void parse()
    {
        const char* const begin = m_text.constData();
        const char* const end = begin + m_text.size();
        m_entries.reserve(size_t(m_text.size() / 24));
        for (const char* p = begin; p < end;) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            if (!nl)
                nl = end;
            const char* tab = static_cast<const char*>(std::memchr(p, '\t', size_t(nl - p)));
            const qsizetype digits = tab ? tab - p : 0;
            if (digits == 6 || digits == 7 || digits == 9) {
                quint64 prefix = 0;
                bool ok = true;
                for (const char* h = p; h < tab && ok; ++h) {
                    const int v = hexValue(QLatin1Char(*h));
                    ok = v >= 0;
                    prefix = (prefix << 4) | quint64(v);
                }
                if (ok && nl > tab + 1)
                    m_entries.push_back({keyOf(int(digits) * 4, prefix), quint32(tab + 1 - begin), quint32(nl - tab - 1)});
            }
            p = nl + 1;
        }
        const auto less = [](const Entry& a, const Entry& b) { return a.key < b.key; };
        if (!std::is_sorted(m_entries.begin(), m_entries.end(), less))
            std::sort(m_entries.begin(), m_entries.end(), less);
    }

    QByteArray m_text;
    std::vector<Entry> m_entries;
};

Q_GLOBAL_STATIC(Table, s_table)

/// "00-00-0C", "74-1A-E0-9": the block as the IEEE registry writes it.
QString assignmentText(quint64 prefix, int bits)
{
    const QString hex = QStringLiteral("%1").arg(prefix, bits / 4, 16, QLatin1Char('0')).toUpper();
    QString out;
    for (qsizetype i = 0; i < hex.size(); ++i) {
        if (i && i % 2 == 0)
            out += u'-';
        out += hex.at(i);
    }
    return out;
}

/// The longest assigned block holding @p value, looking only at its first @p knownBits bits (24 … 48).
struct Match
{
    const Entry* entry = nullptr;
    int bits = 0;
    quint64 prefix = 0;
};

Match longestMatch(const Table& table, quint64 value, int knownBits)
{
    for (int bits : kBlockBits) {
        if (bits > knownBits)
            continue;
        const quint64 prefix = value >> (48 - bits);
        if (const Entry* e = table.find(bits, prefix))
            return {e, bits, prefix};
    }
    return {};
}

bool isMulticast(quint64 value)
{
    return (value >> 40) & 0x01;
}

bool isLocal(quint64 value)
{
    return (value >> 40) & 0x02; // R-DEV-2: randomised MACs carry no vendor
}

/// Identifies @p value whose first @p knownBits bits are known (24 … 48).
OuiTable::Vendor identifyValue(quint64 value, int knownBits)
{
    using Kind = OuiTable::Kind;
    OuiTable::Vendor v;
    if (isMulticast(value)) {
        v.kind = Kind::Multicast;
        return v;
    }
    if (isLocal(value)) {
        v.kind = Kind::LocallyAdministered;
        return v;
    }
    const Table* table = s_table();
    if (const Match m = longestMatch(*table, value, knownBits); m.entry) {
        v.kind = Kind::Registered;
        v.organisation = table->name(*m.entry);
        v.assignment = assignmentText(m.prefix, m.bits);
        v.prefixBits = m.bits;
        return v;
    }
    v.kind = Kind::Unassigned;
    v.assignment = assignmentText(value >> 24, 24);
    return v;
}

} // namespace

QString OuiTable::shown(const QString& organisation)
{
    // The IEEE lists owners who asked not to be published as "Private".
    return organisation == u"Private" ? tr("Private (owner not published)") : organisation;
}

std::optional<quint64> OuiTable::parseMac(QStringView text)
{
    const QStringView t = text.trimmed();
    // The forms DeviceRules::normaliseMac accepts (R-DEV-1), without a regular expression: this runs per table row.
    QChar sep;
    int group = 0;
    if (t.size() == 17 && (t.at(2) == u':' || t.at(2) == u'-')) {
        sep = t.at(2);
        group = 2;
    } else if (t.size() == 14 && t.at(4) == u'.') {
        sep = u'.';
        group = 4;
    } else if (t.size() != 12) {
        return std::nullopt;
    }
    quint64 value = 0;
    int digits = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (group && (i + 1) % (group + 1) == 0) {
            if (t.at(i) != sep)
                return std::nullopt;
            continue;
        }
        const int h = hexValue(t.at(i));
        if (h < 0)
            return std::nullopt;
        value = (value << 4) | quint64(h);
        ++digits;
    }
    if (digits != 12)
        return std::nullopt;
    return value;
}

QString OuiTable::lookup(QStringView mac)
{
    const std::optional<quint64> value = parseMac(mac);
    return value ? lookup(*value) : QString();
}

QString OuiTable::lookup(quint64 mac)
{
    mac &= kMacMask;
    if (isMulticast(mac) || isLocal(mac))
        return {};
    const Table* table = s_table();
    const Match m = longestMatch(*table, mac, 48);
    return m.entry ? table->name(*m.entry) : QString();
}

OuiTable::Vendor OuiTable::identify(QStringView text)
{
    if (const std::optional<quint64> full = parseMac(text))
        return identifyValue(*full, 48);
    quint64 value = 0;
    int digits = 0;
    for (QChar c : text.trimmed()) {
        if (c == u':' || c == u'-' || c == u'.' || c == u' ')
            continue;
        const int h = hexValue(c);
        if (h < 0 || digits == 12)
            return {};
        value = (value << 4) | quint64(h);
        ++digits;
    }
    if (digits < 6)
        return {};
    return identifyValue(value << (4 * (12 - digits)), digits * 4);
}

QString OuiTable::label(QStringView mac)
{
    const std::optional<quint64> value = parseMac(mac);
    if (!value)
        return {};
    if (isMulticast(*value))
        return tr("Multicast");
    if (isLocal(*value))
        return tr("Randomised MAC");
    return shown(lookup(*value));
}

QString OuiTable::describe(QStringView text)
{
    const Vendor v = identify(text);
    switch (v.kind) {
    case Kind::Registered:
        return tr("Vendor: %1 (IEEE block %2)").arg(shown(v.organisation), v.assignment);
    case Kind::Unassigned:
        return tr("Vendor: no organisation is registered for %1.").arg(v.assignment);
    case Kind::LocallyAdministered:
        return tr("Randomised or locally administered MAC: it names no vendor and may change (R-DEV-2).");
    case Kind::Multicast:
        return tr("A multicast address belongs to a group, not to a device.");
    case Kind::Invalid: break;
    }
    return {};
}

int OuiTable::size()
{
    return s_table()->size();
}

} // namespace csl
