// Tools > Settings: language, auto-lock, backups, deadline notices.
#pragma once

#include "Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace csl {

/// @brief Edits the preferences of Settings; nothing secret is asked or kept here.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    SettingsDialog(Settings& settings, QWidget* parent);
    void accept() override;

private:
    Settings& m_settings;
    QComboBox* m_language;
    QSpinBox* m_autoLock;
    QLineEdit* m_backupFolder;
    QSpinBox* m_backupKeep;
    QCheckBox* m_backupOnClose;
    QSpinBox* m_noticeDays;
};

} // namespace csl
