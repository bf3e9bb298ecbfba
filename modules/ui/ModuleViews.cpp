#include "ModuleView.h"

namespace csl {

std::vector<std::unique_ptr<ModuleView>> allModuleViews()
{
    std::vector<std::unique_ptr<ModuleView>> views;
    return views;
}

} // namespace csl
