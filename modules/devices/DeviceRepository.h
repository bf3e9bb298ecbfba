// SQL for the device register: devices, subnets and sightings on the network.
#pragma once

#include <QCoreApplication>

#include "DeviceRecord.h"
#include "DeviceRules.h"
#include "Result.h"

#include <QList>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace csl {

class Store;

/**
 * @brief Reads and writes devices and subnets; every change is journaled through RecordWriter.
 *
 * Sightings (IP/MAC pairs seen on the network) are observations, not register
 * rows: they live in device_sightings, newest per pair, and feed the findings.
 */
class DeviceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(csl::DeviceRepository)
public:
    static constexpr auto module = "devices";
    static constexpr auto table = "devices";
    static constexpr auto subnetTable = "subnets";

    explicit DeviceRepository(Store& store) : m_store(store) {}

    static QStringList schemaSql();

    /// Validates (R-DEV-1) and adds; the error lists every bad field.
    Result<QString> add(DeviceRecord d);
    /// Called after each row of addMany(); return false to cancel (the whole batch rolls back).
    using Progress = std::function<bool(int done, int total)>;
    /// Adds every device in one transaction, all or none; records must be valid already.
    Status addMany(const QList<DeviceRecord>& devices, const Progress& progress = {});
    Status update(DeviceRecord d);
    /// Adds @p d when it has no id, else updates it; returns its id.
    Result<QString> save(const DeviceRecord& d);
    /// Sets the same fields (column → value) on each of @p ids in one transaction (bulk edit).
    Status updateMany(const QStringList& ids, const QVariantMap& changes);
    /// Writes each record back whole in one transaction, all or none (undo of an edit or bulk edit).
    Status updateEach(const QList<DeviceRecord>& devices);
    Status remove(const QString& id);
    Status restore(const QString& id);
    /// Removes (soft) or restores each of @p ids in one transaction, all or none.
    Status removeMany(const QStringList& ids);
    Status restoreMany(const QStringList& ids);
    Result<DeviceRecord> find(const QString& id) const;
    /// Devices (live unless asked), with the user's name, by IP text.
    QList<DeviceRecord> all(bool includeDeleted = false) const;
    /// Live devices with only the fields DeviceRules::findings reads (id, IP, MAC, hostname, user id,
    /// status, registration date), in no particular order: the findings' fast snapshot.
    QList<DeviceRecord> forRules() const;
    int count() const;

    Result<QString> addSubnet(SubnetRecord s);
    Status updateSubnet(SubnetRecord s);
    /// Adds @p s when it has no id, else updates it; returns its id.
    Result<QString> saveSubnet(const SubnetRecord& s);
    Status removeSubnet(const QString& id);
    QList<SubnetRecord> subnets() const;

    /// Records pairs seen on the network, keeping the newest time per pair.
    Status recordSightings(const QList<Sighting>& sightings);
    QList<Sighting> sightings() const;

    /// R-DEV-4's N: days without a sighting before a device counts as unused.
    int staleDays() const;
    Status setStaleDays(int days);

    /// The database fields of @p d (without id), as RecordWriter takes them.
    static QVariantMap toFields(const DeviceRecord& d);
    /// The columns a device is written to, and @p d's values in that order (as RecordBatch takes them).
    static const QStringList& fieldNames();
    static QVariantList toValues(const DeviceRecord& d);

private:
    Store& m_store;
};

} // namespace csl
