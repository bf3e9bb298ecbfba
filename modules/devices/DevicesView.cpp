#include "DevicesView.h"

#include "DevicesPage.h"

namespace csl {

ModulePage* DevicesView::createPage(Workspace& workspace, QWidget* parent)
{
    return new DevicesPage(workspace, parent);
}

} // namespace csl
