#include "DevicesModule.h"

#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "DeviceSchema.h"
#include "Workspace.h"

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

QList<Finding> DevicesModule::findings(const Workspace& workspace) const
{
    return DeviceRules::findings(DeviceRepository::snapshot(workspace.store()));
}

} // namespace csl
