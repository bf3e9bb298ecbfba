#include "Module.h"

#include "PeopleModule.h"

namespace csl {

QList<Finding> Module::findings(const Workspace&) const
{
    return {};
}

std::vector<std::unique_ptr<Module>> allModules()
{
    std::vector<std::unique_ptr<Module>> list;
    list.push_back(std::make_unique<PeopleModule>());
    return list;
}

} // namespace csl
