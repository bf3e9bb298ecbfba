// A module made of register schemas alone: the migrations from the schemas, optional findings.
#pragma once

#include "Module.h"
#include "RegisterSchema.h"

#include <functional>

namespace csl {

/**
 * @brief A Module whose registers are declared by schemas: its migrations are theirs (version 1 creates each
 * table, later versions add fields), its findings come from an optional rules function.
 *
 * A register with no rules of its own, or one declared outside the application (a test, a plug-in), needs
 * nothing more: registerModule([] { return std::make_unique<RegisterModule>(QStringLiteral("loans"),
 * QT_TRANSLATE_NOOP("csl::Loans", "Loans"), QList<const RegisterSchema*>{&loans()}); });
 */
class RegisterModule final : public Module
{
public:
    using Rules = std::function<QList<Finding>(const Workspace&)>;

    /// One schema per register; they share the module's migration numbering only when there is one.
    RegisterModule(QString id, QList<const RegisterSchema*> registers, Rules rules = {});

    QString id() const override { return m_id; }
    QString title() const override;
    QList<Migration> migrations() const override;
    QList<const RegisterSchema*> registers() const override { return m_registers; }
    QList<Finding> findings(const Workspace& workspace) const override;

private:
    QString m_id;
    QList<const RegisterSchema*> m_registers;
    Rules m_rules;
};

} // namespace csl
