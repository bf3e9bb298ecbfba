#include "DeviceRules.h"

#include "DeviceSchema.h"
#include "FieldValues.h"
#include "OuiTable.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace csl {

namespace {

QDate today()
{
    return FieldValues::cachedToday();
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
    f.deadline = Finding::endOfDay(deadline);
    return f;
}

} // namespace

QString DeviceRules::normaliseMac(const QString& text)
{
    return FieldValues::normaliseMac(text);
}

QString DeviceRules::normaliseIp(const QString& text)
{
    return FieldValues::normaliseIp(text);
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
    const QString key = field == u"type" ? QStringLiteral("device_type") : field == u"user" ? QStringLiteral("user_id") : field;
    if (DeviceSchema::devices().field(key))
        return DeviceSchema::devices().label(key);
    return DeviceSchema::subnets().label(key);
}

QList<FieldError> DeviceRules::validate(DeviceRecord& d)
{
    Record r = d.toRecord();
    const QList<FieldError> errors = DeviceSchema::devices().validate(r, today());
    const QString userName = d.userName;
    d = DeviceRecord::fromRecord(r);
    d.userName = userName;
    return errors;
}

QList<FieldError> DeviceRules::validate(SubnetRecord& s)
{
    Record r = s.toRecord();
    const QList<FieldError> errors = DeviceSchema::subnets().validate(r, today());
    s = SubnetRecord::fromRecord(r);
    return errors;
}

QList<FieldError> DeviceRules::validateRecord(const RegisterSchema& schema, Record& r)
{
    QList<FieldError> errors;
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_-]{1,63})*$"));
    const QString hostname = schema.value(r, QStringLiteral("hostname"));
    if (!hostname.isEmpty() && (hostname.size() > 253 || !host.match(hostname).hasMatch()))
        errors << FieldError{QStringLiteral("hostname"),
                             tr("\"%1\" is not a host name (letters, digits, '-' and '.', at most 63 per label).")
                                 .arg(hostname)};
    return errors;
}

QList<FieldError> DeviceRules::validateSubnet(const RegisterSchema& schema, Record& r)
{
    QList<FieldError> errors;
    const QString cidr = schema.value(r, QStringLiteral("cidr"));
    if (const QString c = normaliseCidr(cidr); c.isEmpty())
        errors << FieldError{QStringLiteral("cidr"), tr("\"%1\" is not a subnet in CIDR form (10.1.2.0/24).").arg(cidr)};
    else
        schema.setValue(r, QStringLiteral("cidr"), c);
    const int vlan = schema.value(r, QStringLiteral("vlan")).toInt();
    if (vlan < 0 || vlan > 4094)
        errors << FieldError{QStringLiteral("vlan"), tr("VLAN %1 is outside 1–4094.").arg(vlan)};
    else if (vlan == 0)
        schema.setValue(r, QStringLiteral("vlan"), QString());
    const QString gw = schema.value(r, QStringLiteral("gateway"));
    if (!gw.isEmpty() && errors.isEmpty() && !inSubnet(gw, schema.value(r, QStringLiteral("cidr"))))
        errors << FieldError{QStringLiteral("gateway"),
                             tr("The gateway %1 is not inside %2.").arg(gw, schema.value(r, QStringLiteral("cidr")))};
    return errors;
}

std::pair<QString, QString> DeviceRules::splitLocation(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype space = t.lastIndexOf(u' ');
    if (space > 0)
        return {t.left(space).trimmed(), t.mid(space + 1).trimmed()};
    static const QRegularExpression tail(QStringLiteral("^(.*?\\D)[-_]?([A-Za-z]?\\d+[A-Za-z0-9-]*(室)?)$"));
    if (const auto m = tail.match(t); m.hasMatch() && !m.captured(1).isEmpty())
        return {m.captured(1), m.captured(2)};
    return {t, QString()};
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
            // The pair itself, so the page opens the form filled without reading it back from the title.
            out.last().data = {{QStringLiteral("ip"), g.ip}, {QStringLiteral("mac"), g.mac}};
        }
    }
    return out;
}

} // namespace csl
