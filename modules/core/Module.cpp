#include "Module.h"

#include "DevicesModule.h"
#include "PeopleModule.h"
#include "SyncModule.h"

namespace csl {

QList<Finding> Module::findings(const Workspace&) const
{
    return {};
}

std::vector<std::unique_ptr<Module>> allModules()
{
    std::vector<std::unique_ptr<Module>> list;
    list.push_back(std::make_unique<PeopleModule>());
    list.push_back(std::make_unique<DevicesModule>());
    list.push_back(std::make_unique<SyncModule>());
    return list;
}

} // namespace csl
