#include "RegisterModule.h"

#include "Migration.h"

namespace csl {

RegisterModule::RegisterModule(QString id, QList<const RegisterSchema*> registers, Rules rules)
    : m_id(std::move(id)), m_registers(std::move(registers)), m_rules(std::move(rules))
{
}

QString RegisterModule::title() const
{
    return m_registers.isEmpty() ? m_id : m_registers.first()->title();
}

QList<Migration> RegisterModule::migrations() const
{
    // One register: its own versions. Several: version n of the module runs version n of each.
    QList<Migration> out;
    for (const RegisterSchema* s : m_registers) {
        for (const Migration& m : s->migrations()) {
            if (m.version > out.size())
                out << Migration{m.version, m.name, {}, {}};
            Migration& target = out[m.version - 1];
            target.statements << m.statements;
            if (target.name != m.name)
                target.name = QStringLiteral("%1 registers, version %2").arg(m_id).arg(m.version);
        }
    }
    return out;
}

QList<Finding> RegisterModule::findings(const Workspace& workspace) const
{
    return m_rules ? m_rules(workspace) : QList<Finding>{};
}

} // namespace csl
