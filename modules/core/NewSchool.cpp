#include "NewSchool.h"

#include "PassphraseStrength.h"
#include "Store.h"
#include "Workspace.h"

namespace csl {

Status NewSchool::check(const SchoolFacts& facts)
{
    if (facts.name.trimmed().isEmpty())
        return Error{Error::InvalidInput, tr("School name: enter the school's full name as registered.")};
    if (facts.code.trimmed().isEmpty())
        return Error{Error::InvalidInput, tr("School code: enter the code the bureau assigned to the school.")};
    return {};
}

Status NewSchool::writeFacts(Store& store, const SchoolFacts& facts)
{
    return store.write([&]() -> Status {
        QList<std::pair<QString, QString>> rows{{QStringLiteral("school.name"), facts.name.trimmed()},
                                                {QStringLiteral("school.code"), facts.code.trimmed()}};
        // No officer given: none is recorded, and whoever makes a change is named by the journal's actor.
        if (!facts.officer.trimmed().isEmpty())
            rows.append({QStringLiteral("school.officer"), facts.officer.trimmed()});
        for (const auto& [key, value] : rows) {
            if (Status st = store.setMeta(key, value); !st)
                return st;
        }
        return {};
    });
}

Result<std::unique_ptr<Workspace>> NewSchool::create(const QString& path, const QString& passphrase,
                                                     const KdfParams& kdf, const SchoolFacts& facts,
                                                     const QString& fallbackActor)
{
    if (Status st = check(facts); !st)
        return st.error();
    if (Status st = PassphraseStrength::check(passphrase); !st)
        return st.error();
    auto store = Store::create(path, passphrase, kdf);
    if (!store)
        return store.error();
    const QString officer = facts.officer.trimmed();
    (*store)->setActor(officer.isEmpty() ? fallbackActor : officer);
    auto ws = std::make_unique<Workspace>(std::move(*store));
    if (Status st = ws->migrate(); !st)
        return st.error();
    if (Status st = writeFacts(ws->store(), facts); !st)
        return st.error();
    return ws;
}

} // namespace csl
