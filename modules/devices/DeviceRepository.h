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
 * @brief Devices and subnets as typed records, over the register kit (RegisterRepository with
 * DeviceSchema): every change is validated by the schema and journaled.
 *
 * Sightings (IP/MAC pairs seen on the network) are observations, not register
 * rows: they live in device_sightings, newest per pair, and feed the findings.
 */
class DeviceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(csl::DeviceRepository)
public:
    explicit DeviceRepository(Store& store) : m_store(store) {}

    /// The module's tables: devices and subnets (from their schemas) and the sightings.
    static QStringList schemaSql();
    /// Everything DeviceRules::findings() reads, on any connection (the findings' read-only one).
    static DeviceRules::Snapshot snapshot(const Store& store);

    /// Validates (R-DEV-1) and adds; the error lists every bad field.
    Result<QString> add(DeviceRecord d);
    /// Called after each row of addMany(); return false to cancel (the whole batch rolls back).
    using Progress = std::function<bool(int done, int total)>;
    /// Adds every device in one transaction, all or none; records must be valid already.
    Status addMany(const QList<DeviceRecord>& devices, const Progress& progress = {});
    Status update(DeviceRecord d);
    /// Adds @p d when it has no id, else updates it; returns its id.
    Result<QString> save(const DeviceRecord& d);
    /// Sets the same fields (column → stored text) on each of @p ids in one transaction (bulk edit).
    Status updateMany(const QStringList& ids, const QHash<QString, QString>& changes);
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
    int staleDays() const { return staleDays(m_store); }
    static int staleDays(const Store& store);
    Status setStaleDays(int days);

private:
    Store& m_store;
};

} // namespace csl
