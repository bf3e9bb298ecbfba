// A register's findings under its table; a register may put its own settings in the panel's bar.
#pragma once

#include "Finding.h"

#include <QWidget>

class QHBoxLayout;
class QListWidget;

namespace csl {

class Workspace;

/// @brief Lists what the officer must act on in one module; activating a finding opens its record.
class RegisterFindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterFindingsPanel)
public:
    RegisterFindingsPanel(Workspace& workspace, const QString& moduleId, QWidget* parent = nullptr);

    /// Recomputes the module's findings from the database.
    void refresh();
    /// Adds @p widget to the bar beside the title (R-DEV-4's N …).
    void addToBar(QWidget* widget);
    QListWidget* list() const { return m_list; }
    /// The finding shown in @p row of the list.
    const Finding& finding(int row) const { return m_findings.at(row); }

Q_SIGNALS:
    /// A finding about a record was activated.
    void recordActivated(const QString& id);
    /// Any finding was activated (one without a record carries its data: an unregistered IP/MAC pair …).
    void findingActivated(const csl::Finding& finding);

private:
    Workspace& m_ws;
    QString m_module;
    QList<Finding> m_findings;
    QListWidget* m_list;
    QHBoxLayout* m_bar;
};

} // namespace csl
