// Sync with the bureau as a module: its tables and the findings from bureau notices.
#pragma once

#include "Module.h"

#include <QCoreApplication>

namespace csl {

/// @brief Bureau sync (上级平台同步): the journal pushed up, notices pulled down (R-EMG-5).
class SyncModule final : public Module
{
    Q_DECLARE_TR_FUNCTIONS(csl::SyncModule)
public:
    QString id() const override { return QStringLiteral("sync"); }
    QString title() const override { return tr("Bureau sync"); }
    QList<Migration> migrations() const override;
    /// The bureau's notices are kept unjournaled: their ids, states and deadlines are the stamp.
    QString findingsInputs(const Store& store) const override;
    /// Every open notice from the bureau, with its deadline (threats: 3 days, R-EMG-5).
    QList<Finding> findings(const Workspace& workspace) const override;
};

} // namespace csl
