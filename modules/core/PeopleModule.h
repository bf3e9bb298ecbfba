// The people directory as a module: schema and findings.
#pragma once

#include "Module.h"

#include <QCoreApplication>

namespace csl {

/// @brief People (人员名录): devices, duty shifts and letters point at them.
class PeopleModule final : public Module
{
    Q_DECLARE_TR_FUNCTIONS(csl::PeopleModule)
public:
    QString id() const override { return QStringLiteral("people"); }
    QString title() const override { return tr("People"); }
    QList<Migration> migrations() const override;
    QList<const RegisterSchema*> registers() const override;
    QList<Finding> findings(const Workspace& workspace) const override;
};

} // namespace csl
