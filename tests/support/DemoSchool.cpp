#include "DemoSchool.h"

#include "DemoNames.h"
#include "PersonRepository.h"
#include "Workspace.h"

#include <QRandomGenerator>

namespace csl {

using namespace demo;

int DemoSchool::peopleFor(int devices)
{
    return std::max(40, devices / 2);
}

Status DemoSchool::writeSchoolInfo(Workspace& ws, const Options& options)
{
    QRandomGenerator rng(options.seed);
    const QString name = options.schoolName.isEmpty() ? QString::fromUtf8("江苏省扬州市育才实验学校") : options.schoolName;
    const QString code = options.schoolCode.isEmpty() ? QStringLiteral("3210000001") : options.schoolCode;
    const QString officer = options.officer.isEmpty() ? personName(rng) : options.officer;
    Store& store = ws.store();
    return store.write([&]() -> Status {
        for (const auto& [k, v] : {std::pair{QStringLiteral("school.name"), name},
                                   std::pair{QStringLiteral("school.code"), code},
                                   std::pair{QStringLiteral("school.officer"), officer}}) {
            if (Status st = store.setMeta(k, v); !st)
                return st;
        }
        return {};
    });
}

Status DemoSchool::build(Workspace& ws, const Options& options)
{
    if (Status st = writeSchoolInfo(ws, options); !st)
        return st;
    QRandomGenerator rng(options.seed + 1);
    Store& store = ws.store();
    return store.write([&]() -> Status {
        PersonRepository people(store);
        const int n = peopleFor(options.devices);
        for (int i = 0; i < n; ++i) {
            PersonRecord p;
            p.name = personName(rng);
            p.staffNo = QStringLiteral("T%1").arg(2000 + i, 5, 10, QLatin1Char('0'));
            p.department = pick(rng, departments());
            p.post = pick(rng, posts());
            // A few people lack a phone, so the demo has findings to show.
            p.phone = rng.bounded(100) < 95 ? mobile(rng) : QString();
            auto added = people.add(p);
            if (!added)
                return added.error();
        }
        return {};
    });
}

} // namespace csl
