#include "DeviceRepository.h"

#include "DeviceSchema.h"
#include "RegisterRepository.h"
#include "Store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace csl {

namespace {

const RegisterSchema& deviceSchema()
{
    return DeviceSchema::devices();
}

const RegisterSchema& subnetSchema()
{
    return DeviceSchema::subnets();
}

QList<DeviceRecord> toDevices(const QList<Record>& records)
{
    QList<DeviceRecord> out;
    out.reserve(records.size());
    for (const Record& r : records)
        out << DeviceRecord::fromRecord(r);
    return out;
}

QList<Sighting> readSightings(const Store& store)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT ip, mac, source, last_seen FROM device_sightings ORDER BY last_seen DESC"));
    QList<Sighting> out;
    while (q.next())
        out << Sighting{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

/// Live devices with only what DeviceRules::findings reads (seven columns, no people joined, no order),
/// straight into DeviceRecord: at 100,000 devices the kit's generic Record in between cost a third more.
QList<DeviceRecord> readRuleDevices(const Store& store)
{
    QList<DeviceRecord> out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT count(*) FROM devices WHERE deleted_at IS NULL")) && q.next())
        out.reserve(q.value(0).toLongLong());
    if (q.exec(QStringLiteral("SELECT id, ip, mac, hostname, user_id, status, registered_on FROM devices "
                              "WHERE deleted_at IS NULL"))) {
        while (q.next()) {
            DeviceRecord d;
            d.id = q.value(0).toString();
            d.ip = q.value(1).toString();
            d.mac = q.value(2).toString();
            d.hostname = q.value(3).toString();
            d.userId = q.value(4).toString();
            d.status = q.value(5).toString();
            d.registeredOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            out << std::move(d);
        }
    }
    return out;
}

} // namespace

QStringList DeviceRepository::schemaSql()
{
    // The statements of migration 1 exactly as the register kit writes them for these schemas.
    QStringList sql = deviceSchema().createSql();
    sql << subnetSchema().createSql();
    sql << QStringLiteral("CREATE TABLE device_sightings (ip TEXT NOT NULL, mac TEXT NOT NULL, source TEXT, "
                          "first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, PRIMARY KEY (ip, mac))");
    return sql;
}

DeviceRules::Snapshot DeviceRepository::snapshot(const Store& store)
{
    DeviceRules::Snapshot s;
    // What the rules read and nothing more: no user names (no join), no order (the rules group by IP and
    // MAC themselves), seven columns instead of seventeen.
    s.devices = readRuleDevices(store);
    for (const Record& r : RegisterReader(store, subnetSchema()).all())
        s.subnets << SubnetRecord::fromRecord(r);
    s.sightings = readSightings(store);
    s.staleDays = staleDays(store);
    return s;
}

Result<QString> DeviceRepository::add(DeviceRecord d)
{
    return RegisterRepository(m_store, deviceSchema()).add(d.toRecord());
}

Status DeviceRepository::addMany(const QList<DeviceRecord>& list, const Progress& progress)
{
    QList<Record> records;
    records.reserve(list.size());
    for (const DeviceRecord& d : list)
        records << d.toRecord();
    return RegisterRepository(m_store, deviceSchema()).addMany(records, progress);
}

Status DeviceRepository::update(DeviceRecord d)
{
    return RegisterRepository(m_store, deviceSchema()).update(d.toRecord());
}

Result<QString> DeviceRepository::save(const DeviceRecord& d)
{
    return RegisterRepository(m_store, deviceSchema()).save(d.toRecord());
}

Status DeviceRepository::updateMany(const QStringList& ids, const QHash<QString, QString>& changes)
{
    return RegisterRepository(m_store, deviceSchema()).updateMany(ids, changes);
}

Status DeviceRepository::updateEach(const QList<DeviceRecord>& list)
{
    QList<Record> records;
    for (const DeviceRecord& d : list)
        records << d.toRecord();
    return RegisterRepository(m_store, deviceSchema()).updateEach(records);
}

Status DeviceRepository::remove(const QString& id)
{
    return RegisterRepository(m_store, deviceSchema()).remove(id);
}

Status DeviceRepository::restore(const QString& id)
{
    return RegisterRepository(m_store, deviceSchema()).restore(id);
}

Status DeviceRepository::removeMany(const QStringList& ids)
{
    return RegisterRepository(m_store, deviceSchema()).removeMany(ids);
}

Status DeviceRepository::restoreMany(const QStringList& ids)
{
    return RegisterRepository(m_store, deviceSchema()).restoreMany(ids);
}

Result<DeviceRecord> DeviceRepository::find(const QString& id) const
{
    auto r = RegisterReader(m_store, deviceSchema()).find(id);
    if (!r)
        return r.error();
    return DeviceRecord::fromRecord(*r);
}

QList<DeviceRecord> DeviceRepository::all(bool includeDeleted) const
{
    return toDevices(RegisterReader(m_store, deviceSchema()).all(includeDeleted));
}

QList<DeviceRecord> DeviceRepository::forRules() const
{
    return readRuleDevices(m_store);
}

int DeviceRepository::count() const
{
    return RegisterReader(m_store, deviceSchema()).count();
}

Result<QString> DeviceRepository::addSubnet(SubnetRecord s)
{
    return RegisterRepository(m_store, subnetSchema()).add(s.toRecord());
}

Status DeviceRepository::updateSubnet(SubnetRecord s)
{
    return RegisterRepository(m_store, subnetSchema()).update(s.toRecord());
}

Result<QString> DeviceRepository::saveSubnet(const SubnetRecord& s)
{
    return RegisterRepository(m_store, subnetSchema()).save(s.toRecord());
}

Status DeviceRepository::removeSubnet(const QString& id)
{
    return RegisterRepository(m_store, subnetSchema()).remove(id);
}

QList<SubnetRecord> DeviceRepository::subnets() const
{
    QList<SubnetRecord> out;
    for (const Record& r : RegisterReader(m_store, subnetSchema()).all())
        out << SubnetRecord::fromRecord(r);
    std::stable_sort(out.begin(), out.end(), [](const SubnetRecord& a, const SubnetRecord& b) {
        return a.building != b.building ? a.building < b.building : a.cidr < b.cidr;
    });
    return out;
}

Status DeviceRepository::recordSightings(const QList<Sighting>& sightings)
{
    return m_store.write([&]() -> Status {
        QSqlQuery& up = m_store.prepared(QStringLiteral(
            "UPDATE device_sightings SET last_seen = ?, source = ? WHERE ip = ? AND mac = ? AND last_seen < ?"));
        QSqlQuery& ins = m_store.prepared(QStringLiteral(
            "INSERT OR IGNORE INTO device_sightings (ip, mac, source, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)"));
        for (const Sighting& g : sightings) {
            const QString at = g.seenAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : g.seenAt;
            for (const QVariant& v : {QVariant(at), QVariant(g.source), QVariant(g.ip), QVariant(g.mac), QVariant(at)})
                up.addBindValue(v);
            if (!up.exec())
                return Error{Error::Database, up.lastError().databaseText()};
            for (const QVariant& v : {QVariant(g.ip), QVariant(g.mac), QVariant(g.source), QVariant(at), QVariant(at)})
                ins.addBindValue(v);
            if (!ins.exec())
                return Error{Error::Database, ins.lastError().databaseText()};
        }
        return {};
    });
}

QList<Sighting> DeviceRepository::sightings() const
{
    return readSightings(m_store);
}

int DeviceRepository::staleDays(const Store& store)
{
    bool ok = false;
    const int n = store.meta(QStringLiteral("devices.stale_days")).toInt(&ok);
    return ok && n > 0 ? n : DeviceRules::defaultStaleDays;
}

Status DeviceRepository::setStaleDays(int days)
{
    if (days < 1)
        return Error{Error::InvalidInput, tr("The number of days must be at least 1.")};
    return m_store.setMeta(QStringLiteral("devices.stale_days"), QString::number(days));
}

} // namespace csl
