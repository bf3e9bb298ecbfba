#include "SettingsDialog.h"

#include "MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace csl {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent, bool databaseOpen)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_autoLock(new QSpinBox(this)),
      m_backupFolder(new QLineEdit(this)), m_backupKeep(new QSpinBox(this)),
      m_backupOnClose(new QCheckBox(tr("Back up automatically when the application closes"), this)),
      m_noticeDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    // Each language is named in itself, so that a user who cannot read the current one finds theirs.
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_autoLock->setObjectName(QStringLiteral("settingsAutoLock"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(settings.autoLockMinutes());
    m_backupFolder->setObjectName(QStringLiteral("settingsBackupFolder"));
    m_backupFolder->setText(QDir::toNativeSeparators(settings.value(Settings::Key::BackupFolder).toString()));
    m_backupFolder->setPlaceholderText(tr("\"backups\" beside the database"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    m_backupKeep->setObjectName(QStringLiteral("settingsBackupKeep"));
    m_backupKeep->setRange(1, 365);
    m_backupKeep->setValue(settings.backupKeep());
    m_backupOnClose->setObjectName(QStringLiteral("settingsBackupOnClose"));
    m_backupOnClose->setChecked(settings.backupOnClose());
    m_noticeDays->setObjectName(QStringLiteral("settingsNoticeDays"));
    m_noticeDays->setRange(0, 60);
    m_noticeDays->setSuffix(tr(" days"));
    m_noticeDays->setValue(settings.deadlineNoticeDays());

    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Lock after idle:"), m_autoLock);
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(tr("Backups to keep:"), m_backupKeep);
    form->addRow(QString(), m_backupOnClose);
    form->addRow(tr("Notify of deadlines within:"), m_noticeDays);
    auto* note = new QLabel(tr("Backups are encrypted like the database and open with the passphrase in use when "
                               "they were made. Keep one copy away from this computer."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* col = new QVBoxLayout(this);
    col->addLayout(form);
    col->addWidget(note);
    if (databaseOpen) {
        auto* change = new QPushButton(tr("Change passphrase…"), this);
        change->setObjectName(QStringLiteral("settingsChangePassphrase"));
        change->setToolTip(tr("Re-encrypt the open database under a new passphrase."));
        col->addWidget(change, 0, Qt::AlignLeft);
        connect(change, &QPushButton::clicked, this, &SettingsDialog::changePassphraseRequested);
    }
    col->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(dir));
    });
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setValue(Settings::Key::Language, language);
    m_settings.setValue(Settings::Key::AutoLockMinutes, m_autoLock->value());
    m_settings.setValue(Settings::Key::BackupFolder, QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    m_settings.setValue(Settings::Key::BackupKeep, m_backupKeep->value());
    m_settings.setValue(Settings::Key::BackupOnClose, m_backupOnClose->isChecked());
    m_settings.setValue(Settings::Key::DeadlineNoticeDays, m_noticeDays->value());
    m_settings.sync();
    if (languageChanged)
        MessageBox::information(this, tr("Settings"), tr("The new language applies the next time CampusSec Ledger "
                                                         "starts."));
    QDialog::accept();
}

} // namespace csl
