// The device register as a core Module: id "devices", its schema and findings.
#pragma once

#include <QCoreApplication>

#include "Module.h"

namespace csl {

/// @brief The IP/MAC device register (R-DEV-1 … R-DEV-5).
class DevicesModule final : public Module
{
    Q_DECLARE_TR_FUNCTIONS(csl::DevicesModule)
public:
    QString id() const override { return QStringLiteral("devices"); }
    QString title() const override { return tr("IP/MAC register"); }
    QList<Migration> migrations() const override;
    QList<const RegisterSchema*> registers() const override;
    QString findingsInputs(const Store& store) const override;
    QList<Finding> findings(const Workspace& workspace) const override;
};

} // namespace csl
