// The IP/MAC register page: the register kit's page with the subnet panel, the neighbour-table reader,
// the MAC vendor under the MAC and R-DEV-4's N beside the findings.
#pragma once

#include "DeviceRecord.h"
#include "RegisterPage.h"

class QSpinBox;

namespace csl {

class SubnetPanel;

/// @brief The device register's page (R-DEV-1 … R-DEV-5).
class DevicesPage final : public RegisterPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPage)
public:
    DevicesPage(Workspace& workspace, QWidget* parent = nullptr);

    /// Records the pairs of a neighbour table or arp-scan file (empty path: this computer's table).
    void importSightings(const QString& path);
    /// Opens the add dialog filled with a pair seen on the network (register with one click).
    RecordDialog* registerSighting(const Sighting& s);
    /// Stores @p days as R-DEV-4's N and refreshes the findings; false (and a banner) when refused.
    bool setStaleDays(int days);
    /// The devices the table holds, as typed records (for the subnet panel and the neighbour match).
    QList<DeviceRecord> devices() const;
    SubnetPanel* subnetPanel() const { return m_subnets; }
    QSpinBox* staleDaysBox() const { return m_staleDays; }

protected:
    void customizeDialog(RecordDialog* dialog) override;
    void afterReload() override;

private:
    Workspace& m_ws;
    SubnetPanel* m_subnets;
    QSpinBox* m_staleDays;
};

} // namespace csl
