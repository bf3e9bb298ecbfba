#include "DeviceRecord.h"

#include "DeviceSchema.h"

#include <QHostAddress>

#include <limits>

namespace csl {

namespace {

QStringList choiceKeys(const char* field)
{
    QStringList keys;
    for (const ChoiceDef& c : DeviceSchema::devices().field(QString::fromLatin1(field))->choices)
        keys << c.key;
    return keys;
}

QString choiceLabel(const char* field, const QString& key)
{
    const RegisterSchema& s = DeviceSchema::devices();
    return s.choiceLabel(*s.field(QString::fromLatin1(field)), key);
}

QString choiceFromText(const char* field, const QString& text)
{
    const RegisterSchema& s = DeviceSchema::devices();
    return s.normalise(*s.field(QString::fromLatin1(field)), text, nullptr).value_or(QString());
}

} // namespace

Record DeviceRecord::toRecord() const
{
    Record r;
    r.id = id;
    r.values = {ip,         mac,          hostname,
                type,       userId,       department,
                building,   room,         assetTag,
                registeredBy, registeredOn.isValid() ? registeredOn.toString(Qt::ISODate) : QString(), status,
                notes,      userName};
    r.updatedAt = updatedAt;
    r.deleted = deleted;
    return r;
}

DeviceRecord DeviceRecord::fromRecord(const Record& r)
{
    DeviceRecord d;
    d.id = r.id;
    d.ip = r.values.value(0);
    d.mac = r.values.value(1);
    d.hostname = r.values.value(2);
    d.type = r.values.value(3);
    d.userId = r.values.value(4);
    d.department = r.values.value(5);
    d.building = r.values.value(6);
    d.room = r.values.value(7);
    d.assetTag = r.values.value(8);
    d.registeredBy = r.values.value(9);
    d.registeredOn = QDate::fromString(r.values.value(10), Qt::ISODate);
    d.status = r.values.value(11);
    d.notes = r.values.value(12);
    d.userName = r.values.value(13);
    d.updatedAt = r.updatedAt;
    d.deleted = r.deleted;
    return d;
}

Record SubnetRecord::toRecord() const
{
    Record r;
    r.id = id;
    r.values = {cidr, vlan > 0 ? QString::number(vlan) : QString(), gateway, purpose, building};
    r.deleted = deleted;
    return r;
}

SubnetRecord SubnetRecord::fromRecord(const Record& r)
{
    SubnetRecord s;
    s.id = r.id;
    s.cidr = r.values.value(0);
    s.vlan = r.values.value(1).toInt();
    s.gateway = r.values.value(2);
    s.purpose = r.values.value(3);
    s.building = r.values.value(4);
    s.deleted = r.deleted;
    return s;
}

QString DeviceRecord::location() const
{
    if (room.isEmpty())
        return building;
    if (building.isEmpty())
        return room;
    return building + u' ' + room;
}

qint64 SubnetRecord::capacity() const
{
    const auto parsed = QHostAddress::parseSubnet(cidr);
    if (parsed.first.isNull())
        return 0;
    const int bits = parsed.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    const int hostBits = bits - parsed.second;
    if (hostBits >= 62)
        return std::numeric_limits<qint64>::max();
    const qint64 all = qint64(1) << hostBits;
    if (bits == 32 && hostBits >= 2)
        return all - 2; // network and broadcast addresses
    return all;
}

const QStringList& DeviceTypes::keys()
{
    static const QStringList k = choiceKeys("device_type");
    return k;
}

QString DeviceTypes::label(const QString& key)
{
    return choiceLabel("device_type", key);
}

QString DeviceTypes::fromText(const QString& text)
{
    return choiceFromText("device_type", text);
}

const QStringList& DeviceStatuses::keys()
{
    static const QStringList k = choiceKeys("status");
    return k;
}

QString DeviceStatuses::label(const QString& key)
{
    return choiceLabel("status", key);
}

QString DeviceStatuses::fromText(const QString& text)
{
    return choiceFromText("status", text);
}

} // namespace csl
