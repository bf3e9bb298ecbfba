#include "DeviceRules.h"

#include "OuiTable.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace csl {

namespace {

/// Today's date, read from the clock at most once a second: the local date costs a time-zone file
/// check each call, and an import validates 100,000 rows.
QDate today()
{
    thread_local qint64 until = 0;
    thread_local QDate day;
    if (const qint64 now = QDateTime::currentMSecsSinceEpoch(); now >= until) {
        day = QDate::currentDate();
        until = now + 1000;
    }
    return day;
}

const QString kModule = QStringLiteral("devices");

/// A subnet parsed once, so that 100k devices × N subnets stays integer arithmetic.
struct Net
{
    const SubnetRecord* subnet = nullptr;
    bool v6 = false;
    quint32 base4 = 0;
    quint32 mask4 = 0;
    QHostAddress addr;
    int prefix = 0;

    bool contains(const QHostAddress& a) const
    {
        if (!v6)
            return a.protocol() == QAbstractSocket::IPv4Protocol && (a.toIPv4Address() & mask4) == base4;
        return a.protocol() == QAbstractSocket::IPv6Protocol && a.isInSubnet(addr, prefix);
    }
};

QList<Net> parseNets(const QList<SubnetRecord>& subnets)
{
    QList<Net> nets;
    for (const SubnetRecord& s : subnets) {
        const auto p = QHostAddress::parseSubnet(s.cidr);
        if (p.first.isNull())
            continue;
        Net n;
        n.subnet = &s;
        n.v6 = p.first.protocol() == QAbstractSocket::IPv6Protocol;
        n.addr = p.first;
        n.prefix = p.second;
        if (!n.v6) {
            n.mask4 = p.second == 0 ? 0 : ~quint32(0) << (32 - p.second);
            n.base4 = p.first.toIPv4Address() & n.mask4;
        }
        nets << n;
    }
    return nets;
}

const Net* netOf(const QList<Net>& nets, const QString& ip)
{
    const QHostAddress a(ip);
    for (const Net& n : nets)
        if (n.contains(a))
            return &n;
    return nullptr;
}

Finding make(const char* rule, const QString& record, Finding::Severity sev, const QString& title,
             const QString& detail, const QDate& deadline = {})
{
    Finding f;
    f.ruleId = QString::fromLatin1(rule);
    f.moduleId = kModule;
    f.recordId = record;
    f.severity = sev;
    f.title = title;
    f.detail = detail;
    f.deadline = deadline;
    return f;
}

} // namespace

QString DeviceRules::normaliseMac(const QString& text)
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

QString DeviceRules::normaliseIp(const QString& text)
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

QString DeviceRules::normaliseCidr(const QString& text)
{
    const QString t = text.trimmed();
    if (!t.contains(u'/'))
        return {};
    const auto p = QHostAddress::parseSubnet(t);
    if (p.first.isNull())
        return {};
    if (p.first.protocol() == QAbstractSocket::IPv4Protocol && normaliseIp(t.section(u'/', 0, 0)).isEmpty()
        && t.section(u'/', 0, 0) != p.first.toString())
        return {};
    return p.first.toString().toLower() + u'/' + QString::number(p.second);
}

bool DeviceRules::isLocallyAdministered(const QString& mac)
{
    bool ok = false;
    const int first = mac.left(2).toInt(&ok, 16);
    return ok && (first & 0x02);
}

bool DeviceRules::inSubnet(const QString& ip, const QString& cidr)
{
    const auto p = QHostAddress::parseSubnet(cidr);
    return !p.first.isNull() && QHostAddress(ip).isInSubnet(p);
}

QString DeviceRules::fieldLabel(const QString& field)
{
    if (field == u"ip") return tr("IP address");
    if (field == u"mac") return tr("MAC address");
    if (field == u"hostname") return tr("Hostname");
    if (field == u"type") return tr("Device type");
    if (field == u"user") return tr("User");
    if (field == u"department") return tr("Department");
    if (field == u"building") return tr("Building");
    if (field == u"room") return tr("Room");
    if (field == u"asset_tag") return tr("Asset tag");
    if (field == u"registered_by") return tr("Registered by");
    if (field == u"registered_on") return tr("Registration date");
    if (field == u"status") return tr("Status");
    if (field == u"notes") return tr("Notes");
    if (field == u"cidr") return tr("Subnet (CIDR)");
    if (field == u"vlan") return tr("VLAN");
    if (field == u"gateway") return tr("Gateway");
    if (field == u"purpose") return tr("Purpose");
    return field;
}

QList<FieldError> DeviceRules::validate(DeviceRecord& d)
{
    QList<FieldError> errors;
    const auto bad = [&errors](const char* field, const QString& why) {
        errors << FieldError{QString::fromLatin1(field), why};
    };
    // R-DEV-1: IP and MAC are what an incident report names; both must be real addresses.
    if (d.ip.trimmed().isEmpty())
        bad("ip", tr("An IP address is required."));
    else if (const QString ip = normaliseIp(d.ip); ip.isEmpty())
        bad("ip", tr("\"%1\" is not an IPv4 or IPv6 host address.").arg(d.ip.trimmed()));
    else
        d.ip = ip;
    if (d.mac.trimmed().isEmpty())
        bad("mac", tr("A MAC address is required."));
    else if (const QString mac = normaliseMac(d.mac); mac.isEmpty())
        bad("mac", tr("\"%1\" is not a MAC address (write it as aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, "
                      "aabb.ccdd.eeff or aabbccddeeff).").arg(d.mac.trimmed()));
    else if (mac == u"00:00:00:00:00:00" || mac == u"ff:ff:ff:ff:ff:ff")
        bad("mac", tr("%1 is not the address of a device.").arg(mac));
    else if (mac.left(2).toInt(nullptr, 16) & 0x01)
        bad("mac", tr("%1 is a multicast address, not the address of a device.").arg(mac));
    else
        d.mac = mac;
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_-]{1,63})*$"));
    d.hostname = d.hostname.trimmed();
    if (!d.hostname.isEmpty() && (d.hostname.size() > 253 || !host.match(d.hostname).hasMatch()))
        bad("hostname", tr("\"%1\" is not a host name (letters, digits, '-' and '.', at most 63 per label).")
                            .arg(d.hostname));
    if (const QString key = DeviceTypes::fromText(d.type); key.isEmpty())
        bad("type", tr("\"%1\" is not a device type.").arg(d.type));
    else
        d.type = key;
    if (const QString key = DeviceStatuses::fromText(d.status); key.isEmpty())
        bad("status", tr("\"%1\" is not a status (in use, spare, retired).").arg(d.status));
    else
        d.status = key;
    d.assetTag = d.assetTag.trimmed();
    if (d.assetTag.size() > 64)
        bad("asset_tag", tr("The asset tag is longer than 64 characters."));
    if (d.registeredOn.isValid() && d.registeredOn > today().addDays(1))
        bad("registered_on", tr("The registration date %1 is in the future.").arg(d.registeredOn.toString(Qt::ISODate)));
    if (d.notes.size() > 2000)
        bad("notes", tr("The notes are longer than 2000 characters."));
    d.department = d.department.trimmed();
    d.building = d.building.trimmed();
    d.room = d.room.trimmed();
    d.registeredBy = d.registeredBy.trimmed();
    return errors;
}

QList<FieldError> DeviceRules::validate(SubnetRecord& s)
{
    QList<FieldError> errors;
    if (const QString c = normaliseCidr(s.cidr); c.isEmpty())
        errors << FieldError{QStringLiteral("cidr"), tr("\"%1\" is not a subnet in CIDR form (10.1.2.0/24).").arg(s.cidr)};
    else
        s.cidr = c;
    if (s.vlan < 0 || s.vlan > 4094)
        errors << FieldError{QStringLiteral("vlan"), tr("VLAN %1 is outside 1–4094.").arg(s.vlan)};
    if (!s.gateway.trimmed().isEmpty()) {
        const QString gw = normaliseIp(s.gateway);
        if (gw.isEmpty())
            errors << FieldError{QStringLiteral("gateway"), tr("\"%1\" is not an IP address.").arg(s.gateway)};
        else if (errors.isEmpty() && !inSubnet(gw, s.cidr))
            errors << FieldError{QStringLiteral("gateway"), tr("The gateway %1 is not inside %2.").arg(gw, s.cidr)};
        else
            s.gateway = gw;
    }
    return errors;
}

QHash<QString, int> DeviceRules::devicesPerSubnet(const QList<DeviceRecord>& devices, const QList<SubnetRecord>& subnets)
{
    QHash<QString, int> count;
    const QList<Net> nets = parseNets(subnets);
    for (const DeviceRecord& d : devices) {
        if (d.deleted || d.status == u"retired")
            continue;
        if (const Net* n = netOf(nets, d.ip))
            ++count[n->subnet->id];
    }
    return count;
}

QList<Finding> DeviceRules::findings(const Snapshot& s)
{
    using Sev = Finding::Severity;
    QList<Finding> out;
    const QList<Net> nets = parseNets(s.subnets);
    QHash<QString, QList<const DeviceRecord*>> byIp;
    QHash<QString, QList<const DeviceRecord*>> byMac;
    byIp.reserve(s.devices.size()); // a district: 100,000 devices, no rehashing on the way
    byMac.reserve(s.devices.size());
    for (const DeviceRecord& d : s.devices) {
        if (d.deleted || d.status == u"retired")
            continue;
        byIp[d.ip] << &d;
        byMac[d.mac] << &d;
    }
    // R-DEV-2: one IP on two MACs, one MAC on two IPs.
    for (auto it = byIp.cbegin(); it != byIp.cend(); ++it) {
        if (it->size() < 2)
            continue; // one device on this IP: nothing to compare (and no set to build, 100,000 times)
        QSet<QString> macs;
        for (const DeviceRecord* d : *it)
            macs.insert(d->mac);
        if (macs.size() > 1) {
            QStringList list(macs.cbegin(), macs.cend());
            list.sort();
            out << make("R-DEV-2", it->first()->id, Sev::Critical,
                        tr("IP %1 is registered to %2 MAC addresses").arg(it.key()).arg(list.size()),
                        tr("MACs %1. Each device must use its assigned IP: find which one is wrong and correct it.")
                            .arg(list.join(QStringLiteral(", "))),
                        s.today.addDays(3));
        }
    }
    for (auto it = byMac.cbegin(); it != byMac.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QSet<QString> ips;
        for (const DeviceRecord* d : *it)
            ips.insert(d->ip);
        if (ips.size() > 1) {
            QStringList list(ips.cbegin(), ips.cend());
            list.sort();
            out << make("R-DEV-2", it->first()->id, Sev::Critical,
                        tr("MAC %1 is registered on %2 IP addresses").arg(it.key()).arg(list.size()),
                        tr("IPs %1. Keep one record per device and IP.").arg(list.join(QStringLiteral(", "))),
                        s.today.addDays(3));
        }
    }
    QHash<QString, QDate> lastSeenByMac;
    for (const Sighting& g : s.sightings) {
        const QDate day = QDateTime::fromString(g.seenAt, Qt::ISODateWithMs).date();
        QDate& last = lastSeenByMac[g.mac];
        if (!last.isValid() || day > last)
            last = day;
    }
    for (const DeviceRecord& d : s.devices) {
        if (d.deleted || d.status == u"retired")
            continue;
        // Named only when a finding needs it: most devices of a district have none.
        const auto who = [&d] {
            return d.hostname.isEmpty() ? d.ip : QStringLiteral("%1 (%2)").arg(d.hostname, d.ip);
        };
        if (!nets.isEmpty() && !netOf(nets, d.ip))
            out << make("R-DEV-2", d.id, Sev::Warning, tr("%1 is outside every registered subnet").arg(who()),
                        tr("Either the IP was not assigned by the network administrator or its subnet is not "
                           "registered."));
        if (d.userId.isEmpty())
            out << make("R-DEV-5", d.id, Sev::Warning, tr("%1 has no registered user").arg(who()),
                        tr("Name the person who uses it (real-name registration); an ownerless device is a zombie "
                           "host to retire (R-DEV-4)."));
        if (isLocallyAdministered(d.mac))
            out << make("R-DEV-3", d.id, Sev::Info, tr("%1 has a randomised MAC %2").arg(who(), d.mac),
                        tr("A locally administered MAC changes; turn off MAC randomisation for the school network "
                           "so incidents can be traced to this device."));
        if (!s.sightings.isEmpty() && d.status == u"in_use") {
            const QDate last = lastSeenByMac.value(d.mac);
            const QDate since = last.isValid() ? last : d.registeredOn;
            if (since.isValid() && since.daysTo(s.today) > s.staleDays)
                out << make("R-DEV-4", d.id, Sev::Warning,
                            last.isValid() ? tr("%1 not seen on the network for %2 days").arg(who()).arg(last.daysTo(s.today))
                                           : tr("%1 never seen on the network").arg(who()),
                            tr("An unused host is a zombie system: confirm with its user, then mark it spare or "
                               "retired."));
        }
    }
    // R-DEV-2: seen on the network but not registered, or seen with another MAC than registered.
    QSet<QString> reported;
    for (const Sighting& g : s.sightings) {
        if (byMac.contains(g.mac))
            continue;
        const QString key = g.ip + u'|' + g.mac;
        if (reported.contains(key))
            continue;
        reported.insert(key);
        if (auto it = byIp.constFind(g.ip); it != byIp.cend()) {
            out << make("R-DEV-2", it->first()->id, Sev::Critical,
                        tr("IP %1 was seen with MAC %2, registered to %3").arg(g.ip, g.mac, it->first()->mac),
                        tr("Another device uses this IP, or the device's network card changed: check and update "
                           "the register."),
                        s.today.addDays(3));
        } else {
            const QString vendor = OuiTable::label(g.mac); // a printer or a phone, at a glance
            out << make("R-DEV-2", QString(), Sev::Warning,
                        tr("Unregistered device %1 (%2) seen on the network").arg(g.ip, g.mac),
                        vendor.isEmpty()
                            ? tr("Register the device with its user and location, or remove it from the network.")
                            : tr("Vendor: %1. Register the device with its user and location, or remove it from "
                                 "the network.").arg(vendor),
                        s.today.addDays(7));
        }
    }
    return out;
}

} // namespace csl
