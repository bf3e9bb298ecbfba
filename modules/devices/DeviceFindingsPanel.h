// The device register's findings under the table, with R-DEV-4's "not seen for N days" setting beside them.
#pragma once

#include "DeviceRecord.h"

#include <QWidget>

class QListWidget;
class QSpinBox;

namespace csl {

class Workspace;

/**
 * @brief Lists what the officer must act on (conflicts, unregistered or
 * unused devices, devices without a user) and holds the R-DEV-4 threshold,
 * stored with the database; changing it refreshes the list at once.
 */
class DeviceFindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFindingsPanel)
public:
    DeviceFindingsPanel(Workspace& workspace, QWidget* parent = nullptr);

    /// Recomputes the device findings from the database.
    void refresh();
    /// Stores @p days as R-DEV-4's N and refreshes; false (and failed()) when refused.
    bool setStaleDays(int days);
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    /// A finding about a registered device was activated.
    void recordActivated(const QString& id);
    /// A finding about an unregistered pair seen on the network was activated.
    void sightingActivated(const csl::Sighting& sighting);
    /// The threshold changed and the findings with it.
    void staleDaysChanged(int days);
    void failed(const QString& message);

private:
    Workspace& m_ws;
    QListWidget* m_list;
    QSpinBox* m_staleDays;
};

} // namespace csl
