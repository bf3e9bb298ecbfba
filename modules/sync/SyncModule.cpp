#include "SyncModule.h"

#include <QSqlQuery>

#include "SyncRepository.h"
#include "Workspace.h"

namespace csl {

QList<Migration> SyncModule::migrations() const
{
    Migration m;
    m.version = 1;
    m.name = QStringLiteral("sync settings, acknowledged state, runs and notices");
    m.statements = SyncRepository::schemaSql();
    return {m};
}

QString SyncModule::findingsInputs(const Store& store) const
{
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT count(*), group_concat(id || ':' || closed || ':' || deadline) FROM sync_notices"))
        && q.next())
        return q.value(0).toString() + u'|' + q.value(1).toString();
    return {};
}

QList<Finding> SyncModule::findings(const Workspace& workspace) const
{
    QList<Finding> out;
    for (const SyncNotice& n : SyncRepository::openNotices(workspace.store())) {
        // R-EMG-5: a threat the bureau notified is fixed within 3 days and fed back.
        Finding f;
        f.ruleId = QStringLiteral("R-EMG-5");
        f.moduleId = id();
        f.recordId = n.id;
        f.deadline = Finding::endOfDay(n.deadline);
        f.data.insert(QStringLiteral("kind"), n.kind);
        if (n.kind == u"threat") {
            f.severity = Finding::Severity::Critical;
            f.title = tr("Threat notified by the bureau: %1").arg(n.title);
            f.detail = tr("Fix it by %1 and report the fix to the bureau (notice %2).")
                           .arg(n.deadline.toString(Qt::ISODate), n.id);
        } else {
            f.severity = n.deadline.isValid() ? Finding::Severity::Warning : Finding::Severity::Info;
            f.title = tr("Notice from the bureau: %1").arg(n.title);
            f.detail = n.deadline.isValid()
                           ? tr("Act on it by %1 (notice %2).").arg(n.deadline.toString(Qt::ISODate), n.id)
                           : tr("Read notice %1.").arg(n.id);
        }
        out << f;
    }
    return out;
}

} // namespace csl
