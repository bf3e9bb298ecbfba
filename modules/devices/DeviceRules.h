// Validation of device and subnet fields, and the device register's findings (R-DEV-1 … R-DEV-5).
#pragma once

#include <QCoreApplication>

#include "DeviceRecord.h"
#include "Clock.h"
#include "Finding.h"
#include "RegisterSchema.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace csl {

/**
 * @brief The rules of the device register, free of SQL so they are tested on their own.
 *
 * Validation normalises as it checks (a MAC in any common form becomes
 * aa:bb:cc:dd:ee:ff, an IP its canonical text) and reports every bad field.
 * findings() computes what the officer must act on from the whole register.
 */
class DeviceRules final
{
    Q_DECLARE_TR_FUNCTIONS(csl::DeviceRules)
public:
    /// Days without a sighting after which an in-use device counts as unused (R-DEV-4).
    static constexpr int defaultStaleDays = 90;

    /// aa:bb:cc:dd:ee:ff from aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, aabb.ccdd.eeff or aabbccddeeff; empty if none.
    static QString normaliseMac(const QString& text);
    /// Canonical IPv4 (dotted quad) or IPv6 (compressed, lower case) text; empty if not a host address.
    static QString normaliseIp(const QString& text);
    /// Canonical network/prefix ("10.1.2.0/24"); empty if not a CIDR block.
    static QString normaliseCidr(const QString& text);
    /// True for a locally administered MAC (bit 1 of the first octet): randomised by phones and laptops.
    static bool isLocallyAdministered(const QString& mac);
    /// True if @p ip (canonical) lies in @p cidr.
    static bool inSubnet(const QString& ip, const QString& cidr);

    /// A translated label for a field key, as column headers and messages show it.
    static QString fieldLabel(const QString& field);

    /// Checks and normalises @p d in place through the device schema; one FieldError per bad field (R-DEV-1).
    static QList<FieldError> validate(DeviceRecord& d);
    /// Checks and normalises @p s in place through the subnet schema.
    static QList<FieldError> validate(SubnetRecord& s);
    /// The device register's own checks after the kit's (the host name); the schema's validator.
    static QList<FieldError> validateRecord(const RegisterSchema& schema, Record& r);
    /// The subnet's own checks (CIDR form, VLAN range, gateway inside); the subnet schema's validator.
    static QList<FieldError> validateSubnet(const RegisterSchema& schema, Record& r);
    /// Splits "教学楼 301" / "实验楼A-204" into building and room.
    static std::pair<QString, QString> splitLocation(const QString& text);

    /// Everything findings() looks at.
    struct Snapshot
    {
        QList<DeviceRecord> devices;      ///< live devices
        QList<SubnetRecord> subnets;      ///< live subnets
        QList<Sighting> sightings;        ///< every pair seen on the network, newest per pair
        QDate today = Clock::today();
        int staleDays = defaultStaleDays;
    };
    static QList<Finding> findings(const Snapshot& snapshot);

    /// Devices per subnet id (utilisation), computed over live devices.
    static QHash<QString, int> devicesPerSubnet(const QList<DeviceRecord>& devices, const QList<SubnetRecord>& subnets);
};

} // namespace csl
