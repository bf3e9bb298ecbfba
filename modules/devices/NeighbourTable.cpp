#include "NeighbourTable.h"

#include "FieldValues.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace csl {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void addIfValid(QList<Sighting>& out, const QString& ipText, const QString& macText, const char* source)
{
    const QString ip = FieldValues::normaliseIp(ipText);
    const QString mac = FieldValues::normaliseMac(macText);
    if (ip.isEmpty() || mac.isEmpty() || mac == u"00:00:00:00:00:00" || mac == u"ff:ff:ff:ff:ff:ff")
        return;
    out << Sighting{ip, mac, QString::fromLatin1(source), now()};
}

} // namespace

QList<Sighting> NeighbourTable::parseProcArp(const QString& text)
{
    QList<Sighting> out;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList f = line.simplified().split(u' ');
        // IP address, HW type, Flags, HW address, Mask, Device; flags 0x0 is incomplete.
        if (f.size() < 4 || f.at(0) == u"IP" || f.at(2) == u"0x0")
            continue;
        addIfValid(out, f.at(0), f.at(3), "proc-arp");
    }
    return out;
}

QList<Sighting> NeighbourTable::parseIpNeigh(const QString& text)
{
    QList<Sighting> out;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.simplified().split(u' ');
        const qsizetype ll = f.indexOf(QStringLiteral("lladdr"));
        if (f.isEmpty() || ll < 0 || ll + 1 >= f.size() || f.contains(QStringLiteral("FAILED"))
            || f.contains(QStringLiteral("INCOMPLETE")))
            continue;
        addIfValid(out, f.at(0), f.at(ll + 1), "ip-neigh");
    }
    return out;
}

QList<Sighting> NeighbourTable::parseArpScan(const QString& text)
{
    QList<Sighting> out;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        if (f.size() < 2)
            continue; // "Interface: …", "Starting arp-scan …", "N packets received …"
        addIfValid(out, f.at(0).trimmed(), f.at(1).trimmed(), "arp-scan");
    }
    return out;
}

QList<Sighting> NeighbourTable::parse(const QString& text)
{
    if (text.startsWith(QStringLiteral("IP address")))
        return parseProcArp(text);
    if (text.contains(QStringLiteral(" lladdr ")) || text.contains(QStringLiteral(" dev ")))
        return parseIpNeigh(text);
    if (text.contains(u'\t'))
        return parseArpScan(text);
    return parseProcArp(text);
}

Result<QList<Sighting>> NeighbourTable::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Io, tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString())};
    const QList<Sighting> list = parse(QString::fromUtf8(f.readAll()));
    if (list.isEmpty())
        return Error{Error::InvalidInput,
                     tr("%1 holds no IP/MAC pairs (expected /proc/net/arp, `ip neigh` or arp-scan output).")
                         .arg(QFileInfo(path).fileName())};
    return list;
}

Result<QList<Sighting>> NeighbourTable::readSystem()
{
#ifdef Q_OS_WIN
    std::vector<NeighbourRow> rows;
    if (const unsigned long rc = readWindowsNeighbourTable(rows); rc != 0)
        return Error{Error::Io, tr("Windows did not return its neighbour table (error %1).").arg(rc)};
    return fromWindowsRows(rows);
#else
    QFile f(QStringLiteral("/proc/net/arp"));
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Io, tr("Cannot read the neighbour table: %1").arg(f.errorString())};
    return parseProcArp(QString::fromUtf8(f.readAll()));
#endif
}

QList<Sighting> NeighbourTable::fromWindowsRows(const std::vector<NeighbourRow>& rows)
{
    QList<Sighting> out;
    for (const NeighbourRow& r : rows) {
        // As on Linux: an entry still resolving or given up has no usable MAC.
        if (r.state == NeighbourState::Unreachable || r.state == NeighbourState::Incomplete)
            continue;
        const QByteArray mac(reinterpret_cast<const char*>(r.mac.data()), qsizetype(r.mac.size()));
        addIfValid(out, QString::fromStdString(r.ip), QString::fromLatin1(mac.toHex()), "windows");
    }
    return out;
}

NeighbourTable::Match NeighbourTable::match(const QList<Sighting>& seen, const QList<DeviceRecord>& devices)
{
    QHash<QString, const DeviceRecord*> byIp;
    QHash<QString, const DeviceRecord*> byMac;
    QSet<QString> exact;
    for (const DeviceRecord& d : devices) {
        if (d.deleted || d.status == u"retired")
            continue;
        byIp.insert(d.ip, &d);
        byMac.insert(d.mac, &d);
        exact.insert(d.ip + u'|' + d.mac);
    }
    Match m;
    for (const Sighting& s : seen) {
        if (exact.contains(s.ip + u'|' + s.mac)) {
            ++m.matched;
        } else if (const DeviceRecord* d = byIp.value(s.ip)) {
            m.changedMac << std::pair{s, *d}; // R-DEV-2: the registered IP on another MAC
        } else if (const DeviceRecord* d2 = byMac.value(s.mac)) {
            m.movedIp << std::pair{s, *d2};   // R-DEV-2: the device is not on its assigned IP
        } else {
            m.unregistered << s;
        }
    }
    return m;
}

} // namespace csl
