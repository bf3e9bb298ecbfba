#include "Module.h"

#include "DevicesModule.h"
#include "PeopleModule.h"
#include "RegisterSchema.h"
#include "SyncModule.h"

namespace csl {

QList<Finding> Module::findings(const Workspace&) const
{
    return {};
}

namespace {

std::vector<std::function<std::unique_ptr<Module>()>>& extraModules()
{
    static std::vector<std::function<std::unique_ptr<Module>()>> list;
    return list;
}

} // namespace

void registerModule(std::function<std::unique_ptr<Module>()> make)
{
    extraModules().push_back(std::move(make));
}

std::vector<std::unique_ptr<Module>> allModules()
{
    std::vector<std::unique_ptr<Module>> list;
    list.push_back(std::make_unique<PeopleModule>());
    list.push_back(std::make_unique<DevicesModule>());
    list.push_back(std::make_unique<SyncModule>());
    for (const auto& make : extraModules())
        list.push_back(make());
    return list;
}

QList<const RegisterSchema*> allRegisters()
{
    QList<const RegisterSchema*> out;
    for (const auto& m : allModules())
        out << m->registers(); // schemas are static: they outlive the module objects
    return out;
}

const RegisterSchema* findRegister(const QString& id)
{
    for (const RegisterSchema* s : allRegisters())
        if (s->id() == id)
            return s;
    return nullptr;
}

} // namespace csl
