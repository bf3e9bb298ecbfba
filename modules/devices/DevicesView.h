// The device register's widget half: makes its page for the shell.
#pragma once

#include "ModuleView.h"

namespace csl {

/// @brief ModuleView of module "devices".
class DevicesView final : public ModuleView
{
public:
    QString moduleId() const override { return QStringLiteral("devices"); }
    ModulePage* createPage(Workspace& workspace, QWidget* parent) override;
};

} // namespace csl
