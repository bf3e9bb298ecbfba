#include "DevicesModule.h"

#include "DeviceRepository.h"
#include "DeviceRules.h"
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

QList<Finding> DevicesModule::findings(const Workspace& workspace) const
{
    // Findings only read; the repository takes a non-const store for its write paths.
    DeviceRepository repo(const_cast<Workspace&>(workspace).store());
    DeviceRules::Snapshot s;
    s.devices = repo.forRules();
    s.subnets = repo.subnets();
    s.sightings = repo.sightings();
    s.staleDays = repo.staleDays();
    return DeviceRules::findings(s);
}

} // namespace csl
