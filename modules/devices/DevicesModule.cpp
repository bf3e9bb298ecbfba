#include "DevicesModule.h"

#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "DeviceSchema.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace csl {

QList<Migration> DevicesModule::migrations() const
{
    Migration m;
    m.version = 1;
    m.name = QStringLiteral("devices, subnets and sightings");
    m.statements = DeviceRepository::schemaSql();
    return {m};
}

QList<const RegisterSchema*> DevicesModule::registers() const
{
    return {&DeviceSchema::devices(), &DeviceSchema::subnets()};
}

QString DevicesModule::findingsInputs(const Store& store) const
{
    // The pairs seen on the network and R-DEV-4's N are not journaled records, but the rules read them.
    QSqlQuery q(store.database());
    QString seen;
    if (q.exec(QStringLiteral("SELECT count(*), max(last_seen) FROM device_sightings")) && q.next())
        seen = q.value(0).toString() + u'/' + q.value(1).toString();
    return seen + u'|' + QString::number(DeviceRepository::staleDays(store));
}

QList<Finding> DevicesModule::findings(const Workspace& workspace) const
{
    return DeviceRules::findings(DeviceRepository::snapshot(workspace.store()));
}

} // namespace csl
