#include "DeviceRepository.h"

#include "Migration.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "Store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace csl {

namespace {

const QString kModule = QString::fromLatin1(DeviceRepository::module);
const QString kTable = QString::fromLatin1(DeviceRepository::table);
const QString kSubnets = QString::fromLatin1(DeviceRepository::subnetTable);

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.ip, d.mac, d.hostname, d.device_type, d.user_id, p.name, d.department, d.building, d.room, "
    "d.asset_tag, d.registered_by, d.registered_on, d.status, d.notes, d.updated_at, d.deleted_at "
    "FROM devices d LEFT JOIN people p ON p.id = d.user_id");

DeviceRecord fromQuery(const QSqlQuery& q)
{
    DeviceRecord d;
    d.id = q.value(0).toString();
    d.ip = q.value(1).toString();
    d.mac = q.value(2).toString();
    d.hostname = q.value(3).toString();
    d.type = q.value(4).toString();
    d.userId = q.value(5).toString();
    d.userName = q.value(6).toString();
    d.department = q.value(7).toString();
    d.building = q.value(8).toString();
    d.room = q.value(9).toString();
    d.assetTag = q.value(10).toString();
    d.registeredBy = q.value(11).toString();
    d.registeredOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    d.status = q.value(13).toString();
    d.notes = q.value(14).toString();
    d.updatedAt = q.value(15).toString();
    d.deleted = !q.value(16).isNull();
    return d;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString joinErrors(const QList<FieldError>& errors)
{
    QStringList parts;
    for (const FieldError& e : errors)
        parts << QStringLiteral("%1: %2").arg(DeviceRules::fieldLabel(e.field), e.message);
    return parts.join(u'\n');
}

QVariantMap subnetFields(const SubnetRecord& s)
{
    return {{QStringLiteral("cidr"), s.cidr},
            {QStringLiteral("vlan"), s.vlan > 0 ? QVariant(s.vlan) : QVariant()},
            {QStringLiteral("gateway"), textOrNull(s.gateway)},
            {QStringLiteral("purpose"), textOrNull(s.purpose.trimmed())},
            {QStringLiteral("building"), textOrNull(s.building.trimmed())}};
}

} // namespace

QStringList DeviceRepository::schemaSql()
{
    QStringList sql = registerTableSql(kTable, kModule,
                                       QStringLiteral("ip TEXT NOT NULL, mac TEXT NOT NULL, hostname TEXT, "
                                                      "device_type TEXT NOT NULL, user_id TEXT, department TEXT, "
                                                      "building TEXT, room TEXT, asset_tag TEXT, registered_by TEXT, "
                                                      "registered_on TEXT, status TEXT NOT NULL, notes TEXT"));
    sql << QStringLiteral("CREATE INDEX devices_ip ON devices (ip)")
        << QStringLiteral("CREATE INDEX devices_mac ON devices (mac)");
    sql << registerTableSql(kSubnets, kModule,
                            QStringLiteral("cidr TEXT NOT NULL, vlan INTEGER, gateway TEXT, purpose TEXT, building TEXT"));
    sql << QStringLiteral("CREATE TABLE device_sightings (ip TEXT NOT NULL, mac TEXT NOT NULL, source TEXT, "
                          "first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, PRIMARY KEY (ip, mac))");
    return sql;
}

const QStringList& DeviceRepository::fieldNames()
{
    static const QStringList names{QStringLiteral("ip"),         QStringLiteral("mac"),
                                   QStringLiteral("hostname"),   QStringLiteral("device_type"),
                                   QStringLiteral("user_id"),    QStringLiteral("department"),
                                   QStringLiteral("building"),   QStringLiteral("room"),
                                   QStringLiteral("asset_tag"),  QStringLiteral("registered_by"),
                                   QStringLiteral("registered_on"), QStringLiteral("status"),
                                   QStringLiteral("notes")};
    return names;
}

QVariantList DeviceRepository::toValues(const DeviceRecord& d)
{
    return {d.ip,
            d.mac,
            textOrNull(d.hostname),
            d.type,
            textOrNull(d.userId),
            textOrNull(d.department),
            textOrNull(d.building),
            textOrNull(d.room),
            textOrNull(d.assetTag),
            textOrNull(d.registeredBy),
            d.registeredOn.isValid() ? QVariant(d.registeredOn.toString(Qt::ISODate)) : QVariant(),
            d.status,
            textOrNull(d.notes)};
}

QVariantMap DeviceRepository::toFields(const DeviceRecord& d)
{
    const QVariantList values = toValues(d);
    QVariantMap fields;
    for (int i = 0; i < values.size(); ++i)
        fields.insert(fieldNames().at(i), values.at(i));
    return fields;
}

Result<QString> DeviceRepository::add(DeviceRecord d)
{
    if (const auto errors = DeviceRules::validate(d); !errors.isEmpty())
        return Error{Error::InvalidInput, joinErrors(errors)};
    QVariantMap fields = toFields(d);
    if (!d.id.isEmpty())
        fields.insert(QStringLiteral("id"), d.id);
    return RecordWriter(m_store).insert(kModule, kTable, fields);
}

Status DeviceRepository::addMany(const QList<DeviceRecord>& devices, const Progress& progress)
{
    return m_store.write([&]() -> Status {
        RecordBatch batch(m_store, kModule, kTable, fieldNames());
        const int total = int(devices.size());
        for (int i = 0; i < total; ++i) {
            const DeviceRecord& d = devices.at(i);
            if (auto id = batch.insert(toValues(d), d.id); !id)
                return id.error();
            if (progress && !progress(i + 1, total))
                return Error{Error::Cancelled, tr("The import was cancelled; nothing was written.")};
        }
        return {};
    });
}

Status DeviceRepository::update(DeviceRecord d)
{
    if (const auto errors = DeviceRules::validate(d); !errors.isEmpty())
        return Error{Error::InvalidInput, joinErrors(errors)};
    return RecordWriter(m_store).update(kModule, kTable, d.id, toFields(d));
}

Result<QString> DeviceRepository::save(const DeviceRecord& d)
{
    if (d.id.isEmpty())
        return add(d);
    if (Status st = update(d); !st)
        return st.error();
    return d.id;
}

Status DeviceRepository::updateMany(const QStringList& ids, const QVariantMap& changes)
{
    // The fields a bulk edit may set, by column.
    const QHash<QString, QString DeviceRecord::*> text{
        {QStringLiteral("ip"), &DeviceRecord::ip},
        {QStringLiteral("mac"), &DeviceRecord::mac},
        {QStringLiteral("hostname"), &DeviceRecord::hostname},
        {QStringLiteral("device_type"), &DeviceRecord::type},
        {QStringLiteral("user_id"), &DeviceRecord::userId},
        {QStringLiteral("department"), &DeviceRecord::department},
        {QStringLiteral("building"), &DeviceRecord::building},
        {QStringLiteral("room"), &DeviceRecord::room},
        {QStringLiteral("asset_tag"), &DeviceRecord::assetTag},
        {QStringLiteral("registered_by"), &DeviceRecord::registeredBy},
        {QStringLiteral("status"), &DeviceRecord::status},
        {QStringLiteral("notes"), &DeviceRecord::notes}};
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        if (!text.contains(it.key()) && it.key() != u"registered_on")
            return Error{Error::InvalidInput, tr("A device has no field %1 that can be changed.").arg(it.key())};
    return m_store.write([&]() -> Status {
        RecordWriter writer(m_store);
        for (const QString& id : ids) {
            auto cur = find(id);
            if (!cur)
                return cur.error();
            DeviceRecord d = *cur;
            for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
                if (it.key() == u"registered_on")
                    d.registeredOn = it.value().typeId() == QMetaType::QDate
                                         ? it.value().toDate()
                                         : QDate::fromString(it.value().toString(), Qt::ISODate);
                else
                    d.*text.value(it.key()) = it.value().toString();
            }
            // The whole record is validated and written, so a bulk edit cannot store what a single edit refuses.
            if (const auto errors = DeviceRules::validate(d); !errors.isEmpty())
                return Error{Error::InvalidInput, tr("Device %1 (%2): %3").arg(d.ip, d.mac, joinErrors(errors))};
            if (Status st = writer.update(kModule, kTable, id, toFields(d)); !st)
                return Error{st.error().code, tr("Device %1 (%2): %3").arg(d.ip, d.mac, st.error().message)};
        }
        return {};
    });
}

Status DeviceRepository::updateEach(const QList<DeviceRecord>& devices)
{
    return m_store.write([&]() -> Status {
        for (const DeviceRecord& d : devices)
            if (Status st = update(d); !st)
                return Error{st.error().code, tr("Device %1 (%2): %3").arg(d.ip, d.mac, st.error().message)};
        return {};
    });
}

Status DeviceRepository::remove(const QString& id)
{
    return RecordWriter(m_store).softDelete(kModule, kTable, id);
}

Status DeviceRepository::removeMany(const QStringList& ids)
{
    return m_store.write([&]() -> Status {
        for (const QString& id : ids)
            if (Status st = remove(id); !st)
                return st;
        return {};
    });
}

Status DeviceRepository::restoreMany(const QStringList& ids)
{
    return m_store.write([&]() -> Status {
        for (const QString& id : ids)
            if (Status st = restore(id); !st)
                return st;
        return {};
    });
}

Status DeviceRepository::restore(const QString& id)
{
    return RecordWriter(m_store).restore(kModule, kTable, id);
}

Result<DeviceRecord> DeviceRepository::find(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(kSelect + QStringLiteral(" WHERE d.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return Error{Error::NotFound, tr("Device %1 does not exist.").arg(id)};
}

QList<DeviceRecord> DeviceRepository::all(bool includeDeleted) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    QList<DeviceRecord> out;
    {
        // Reserved up front: growing a list of 100,000 records moves every record each time it doubles.
        // count(*) reads the smallest index, not the table.
        QSqlQuery n(m_store.database());
        if (n.exec(QStringLiteral("SELECT count(*) FROM devices")) && n.next())
            out.reserve(n.value(0).toLongLong());
    }
    q.exec(kSelect + (includeDeleted ? QString() : QStringLiteral(" WHERE d.deleted_at IS NULL"))
           + QStringLiteral(" ORDER BY d.ip"));
    while (q.next())
        out << fromQuery(q);
    return out;
}

QList<DeviceRecord> DeviceRepository::forRules() const
{
    // What DeviceRules::findings reads and nothing more: no user names (no join), no order (the
    // rules group by IP and MAC themselves), seven columns instead of seventeen.
    QList<DeviceRecord> out;
    out.reserve(count());
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, ip, mac, hostname, user_id, status, registered_on FROM devices "
                               "WHERE deleted_at IS NULL")))
        return out;
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
    return out;
}

int DeviceRepository::count() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM devices WHERE deleted_at IS NULL")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Result<QString> DeviceRepository::addSubnet(SubnetRecord s)
{
    if (const auto errors = DeviceRules::validate(s); !errors.isEmpty())
        return Error{Error::InvalidInput, joinErrors(errors)};
    QVariantMap fields = subnetFields(s);
    if (!s.id.isEmpty())
        fields.insert(QStringLiteral("id"), s.id);
    return RecordWriter(m_store).insert(kModule, kSubnets, fields);
}

Status DeviceRepository::updateSubnet(SubnetRecord s)
{
    if (const auto errors = DeviceRules::validate(s); !errors.isEmpty())
        return Error{Error::InvalidInput, joinErrors(errors)};
    return RecordWriter(m_store).update(kModule, kSubnets, s.id, subnetFields(s));
}

Status DeviceRepository::removeSubnet(const QString& id)
{
    return RecordWriter(m_store).softDelete(kModule, kSubnets, id);
}

Result<QString> DeviceRepository::saveSubnet(const SubnetRecord& s)
{
    if (s.id.isEmpty())
        return addSubnet(s);
    if (Status st = updateSubnet(s); !st)
        return st.error();
    return s.id;
}

QList<SubnetRecord> DeviceRepository::subnets() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, cidr, vlan, gateway, purpose, building FROM subnets "
                          "WHERE deleted_at IS NULL ORDER BY building, cidr"));
    QList<SubnetRecord> out;
    while (q.next()) {
        SubnetRecord s;
        s.id = q.value(0).toString();
        s.cidr = q.value(1).toString();
        s.vlan = q.value(2).toInt();
        s.gateway = q.value(3).toString();
        s.purpose = q.value(4).toString();
        s.building = q.value(5).toString();
        out << s;
    }
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
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT ip, mac, source, last_seen FROM device_sightings ORDER BY last_seen DESC"));
    QList<Sighting> out;
    while (q.next())
        out << Sighting{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

int DeviceRepository::staleDays() const
{
    bool ok = false;
    const int n = m_store.meta(QStringLiteral("devices.stale_days")).toInt(&ok);
    return ok && n > 0 ? n : DeviceRules::defaultStaleDays;
}

Status DeviceRepository::setStaleDays(int days)
{
    if (days < 1)
        return Error{Error::InvalidInput, tr("The number of days must be at least 1.")};
    return m_store.setMeta(QStringLiteral("devices.stale_days"), QString::number(days));
}

} // namespace csl
