#include "ShellEnv.h"

namespace csl {

Result<std::unique_ptr<Workspace>> makeWorkspace(std::unique_ptr<Store> store)
{
    QString actor = store->meta(QStringLiteral("school.officer"));
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER", QStringLiteral("officer")));
    store->setActor(actor);
    auto ws = std::make_unique<Workspace>(std::move(store));
    if (Status st = ws->migrate(); !st)
        return st.error();
    return ws;
}

} // namespace csl
