#include "PeopleModule.h"

#include "PersonRepository.h"
#include "Workspace.h"

namespace csl {

QList<Migration> PeopleModule::migrations() const
{
    Migration m;
    m.version = 1;
    m.name = QStringLiteral("people directory");
    m.statements = PersonRepository::schemaSql();
    return {m};
}

QList<Finding> PeopleModule::findings(const Workspace& workspace) const
{
    // R-DEV-5: users are registered under their real names, reachable by phone.
    QList<Finding> out;
    auto& store = const_cast<Workspace&>(workspace).store();
    for (const PersonRecord& p : PersonRepository(store).all()) {
        if (p.phone.isEmpty()) {
            Finding f;
            f.ruleId = QStringLiteral("R-DEV-5");
            f.moduleId = id();
            f.recordId = p.id;
            f.severity = Finding::Severity::Info;
            f.title = tr("%1 has no phone number").arg(p.name);
            f.detail = tr("Add a phone number so the person can be reached when an incident is traced to them.");
            out << f;
        }
    }
    return out;
}

} // namespace csl
