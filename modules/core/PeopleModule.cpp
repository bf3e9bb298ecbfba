#include "PeopleModule.h"

#include "PeopleSchema.h"
#include "RegisterRepository.h"
#include "Workspace.h"

namespace csl {

QList<Migration> PeopleModule::migrations() const
{
    Migration m;
    m.version = 1;
    m.name = QStringLiteral("people directory");
    m.statements = PeopleSchema::schema().createSql();
    return {m};
}

QList<const RegisterSchema*> PeopleModule::registers() const
{
    return {&PeopleSchema::schema()};
}

QList<Finding> PeopleModule::findings(const Workspace& workspace) const
{
    // R-DEV-5: users are registered under their real names, reachable by phone.
    QList<Finding> out;
    const RegisterSchema& s = PeopleSchema::schema();
    const int name = s.fieldIndex(QStringLiteral("name"));
    const int phone = s.fieldIndex(QStringLiteral("phone"));
    for (const Record& p : RegisterReader(workspace.store(), s).read({QStringLiteral("name"), QStringLiteral("phone")})) {
        if (p.values.at(phone).isEmpty()) {
            Finding f;
            f.ruleId = QStringLiteral("R-DEV-5");
            f.moduleId = id();
            f.recordId = p.id;
            f.severity = Finding::Severity::Info;
            f.title = tr("%1 has no phone number").arg(p.values.at(name));
            f.detail = tr("Add a phone number so the person can be reached when an incident is traced to them.");
            f.data.insert(QStringLiteral("name"), p.values.at(name));
            out << f;
        }
    }
    return out;
}

} // namespace csl
