#include "ModuleView.h"

#include "DevicesView.h"
#include "PeopleSchema.h"
#include "RegisterPage.h"
#include "SyncPage.h"

namespace csl {

std::vector<std::unique_ptr<ModuleView>> allModuleViews()
{
    std::vector<std::unique_ptr<ModuleView>> views;
    views.push_back(std::make_unique<RegisterView>(QStringLiteral("people"), PeopleSchema::schema()));
    views.push_back(std::make_unique<DevicesView>());
    views.push_back(std::make_unique<SyncView>());
    return views;
}

} // namespace csl
