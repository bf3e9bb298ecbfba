// Tools > Settings: language, auto-lock, backups, deadline notices, and the way to change the passphrase.
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
    /// With @p databaseOpen, a "Change passphrase…" button asks the window for a change (changePassphraseRequested).
    SettingsDialog(Settings& settings, QWidget* parent, bool databaseOpen = false);
    void accept() override;

Q_SIGNALS:
    void changePassphraseRequested();

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
