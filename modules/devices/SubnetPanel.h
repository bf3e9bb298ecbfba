// The subnet tree beside the device table: subnets by building, utilisation, add/edit/remove, filter by subnet.
#pragma once

#include "DeviceRecord.h"

#include <QWidget>

class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace csl {

class SubnetDialog;
class Workspace;

/**
 * @brief Lists subnets under their buildings with "n of capacity (p%)" and a
 * bar that turns red above 90%. Choosing a subnet (or a building) asks the
 * page to show only its devices.
 */
class SubnetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubnetPanel)
public:
    /// The percentage above which a subnet is shown as nearly full.
    static constexpr int fullPercent = 90;
    /// Item roles: the subnet id, the CIDR blocks an item stands for, the utilisation in percent.
    enum Role { SubnetIdRole = Qt::UserRole + 1, CidrsRole, PercentRole };

    SubnetPanel(Workspace& workspace, QWidget* parent = nullptr);

    /// Rebuilds the tree from the stored subnets, counting @p devices in each; keeps the chosen item.
    void refresh(const QList<DeviceRecord>& devices);

    /// Opens the add (empty @p id) or edit dialog; modeless, deletes itself on close.
    SubnetDialog* editSubnet(const QString& id = {});
    /// Asks, then removes the subnet @p id (its devices stay registered).
    void removeSubnet(const QString& id);
    /// The id of the chosen subnet, or empty (a building or "all devices" is chosen).
    QString currentSubnetId() const;
    /// Chooses the subnet @p id (empty: all devices), which filters the page.
    void selectSubnet(const QString& id);
    /// The utilisation text of subnet @p id as the tree shows it.
    QString utilisationText(const QString& id) const;
    QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    /// The device table should show only devices in @p cidrs (empty: all).
    void filterChanged(const QStringList& cidrs);
    /// A subnet was added, edited or removed; @p message says which.
    void changed(const QString& message);
    /// A change failed; @p message says why.
    void failed(const QString& message);

private:
    QTreeWidgetItem* itemOf(const QString& id) const;
    void updateButtons();

    Workspace& m_ws;
    QList<SubnetRecord> m_subnets;
    QTreeWidget* m_tree;
    QToolButton* m_edit;
    QToolButton* m_remove;
};

} // namespace csl
