// The device register's value types: a device, a subnet, a sighting on the network.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "RegisterSchema.h"

namespace csl {

/// @brief One registered device (R-DEV-1): who uses which IP and MAC, where.
struct DeviceRecord
{
    QString id;
    QString ip;           ///< canonical text (IPv4 dotted, IPv6 compressed lower case)
    QString mac;          ///< canonical aa:bb:cc:dd:ee:ff
    QString hostname;
    QString type = QStringLiteral("desktop"); ///< one of DeviceTypes::keys()
    QString userId;       ///< people.id, empty when nobody is named (R-DEV-5)
    QString userName;     ///< the person's name, read with the device (not stored)
    QString department;
    QString building;
    QString room;
    QString assetTag;
    QString registeredBy;
    QDate registeredOn;
    QString status = QStringLiteral("in_use"); ///< one of DeviceStatuses::keys()
    QString notes;
    QString updatedAt;
    bool deleted = false;

    /// "building room" as one line, for tables and forms.
    QString location() const;
    /// The record as the register kit holds it (DeviceSchema::devices()), and back.
    Record toRecord() const;
    static DeviceRecord fromRecord(const Record& r);
};

/// @brief A subnet devices belong to: CIDR, VLAN, gateway, what it is for.
struct SubnetRecord
{
    QString id;
    QString cidr;     ///< canonical network/prefix, e.g. 10.1.2.0/24
    int vlan = 0;     ///< 0 when none
    QString gateway;
    QString purpose;
    QString building;
    bool deleted = false;

    /// Host addresses the subnet holds (IPv4: 2^(32-prefix) - 2; IPv6 capped at INT64_MAX).
    qint64 capacity() const;
    /// The record as the register kit holds it (DeviceSchema::subnets()), and back.
    Record toRecord() const;
    static SubnetRecord fromRecord(const Record& r);
};

/// @brief An IP/MAC pair seen on the network (neighbour table, arp-scan).
struct Sighting
{
    QString ip;
    QString mac;
    QString source;   ///< "proc-arp", "ip-neigh", "arp-scan", "windows"
    QString seenAt;   ///< UTC ISO 8601
};

/// @brief The device types (stored as keys, shown translated): the device_type field's choices.
class DeviceTypes final
{
public:
    static const QStringList& keys();
    static QString label(const QString& key);
    /// Key for an English key, an English or Chinese label, or common words (台式机, PC …); empty if none.
    static QString fromText(const QString& text);
};

/// @brief The device statuses: in use, spare, retired (the status field's choices).
class DeviceStatuses final
{
public:
    static const QStringList& keys();
    static QString label(const QString& key);
    static QString fromText(const QString& text);
};

} // namespace csl
