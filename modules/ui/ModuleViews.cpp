#include "ModuleView.h"

#include "PeoplePage.h"

namespace csl {

std::vector<std::unique_ptr<ModuleView>> allModuleViews()
{
    std::vector<std::unique_ptr<ModuleView>> views;
    views.push_back(std::make_unique<PeopleView>());
    return views;
}

} // namespace csl
