// The application's preferences: one table of typed keys with defaults over QSettings (no secrets).
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace csl {

/**
 * @brief Typed preferences with defaults, kept by QSettings.
 *
 * Every key the application reads is listed once in Settings.cpp with its
 * QSettings name and default. Nothing secret is ever stored here: keys and
 * passphrases live only in memory or the OS keychain (KeyStore); for
 * "remember on this computer" only the database's public id is listed.
 */
class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(csl::Settings)
public:
    enum class Key {
        Language,           ///< "zh_CN" (default) or "en"
        AutoLockMinutes,    ///< idle minutes before the window locks; 0 = never (default 10)
        BackupFolder,       ///< where backups go; empty = "<database folder>/backups"
        BackupKeep,         ///< how many backups to keep (default 10)
        BackupOnClose,      ///< make a backup when the application closes (default true)
        LastDatabase,       ///< the database opened last; empty before the first run
        RememberedDatabases,///< ids of databases whose key is in the keychain
        DeadlineNoticeDays, ///< notify when a finding's deadline is within this many days (default 3)
        WindowGeometry,     ///< the main window's saved geometry
        KeyCount
    };

    /// Preferences in the platform's usual place (registry on Windows, ~/.config on Linux).
    Settings();
    /// Preferences in the INI file @p iniPath (tests, portable installs).
    explicit Settings(const QString& iniPath);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    /// @brief The QSettings name of @p key, e.g. "general/language".
    static QString name(Key key);
    /// @brief The value used when @p key was never set.
    static QVariant defaultValue(Key key);

    /// @brief The stored value, converted to the key's type, or the default.
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    /// @brief Forgets @p key so that its default applies again.
    void reset(Key key);
    void sync();

    QString language() const { return value(Key::Language).toString(); }
    int autoLockMinutes() const { return value(Key::AutoLockMinutes).toInt(); }
    int backupKeep() const { return value(Key::BackupKeep).toInt(); }
    bool backupOnClose() const { return value(Key::BackupOnClose).toBool(); }
    QString lastDatabase() const { return value(Key::LastDatabase).toString(); }
    int deadlineNoticeDays() const { return value(Key::DeadlineNoticeDays).toInt(); }
    /// @brief The backup folder for @p databasePath: the setting, or "<database folder>/backups".
    QString backupFolder(const QString& databasePath) const;

    bool isRemembered(const QString& databaseId) const;
    void setRemembered(const QString& databaseId, bool remembered);

    /// @brief The languages the application offers, as codes ("zh_CN", "en").
    static QStringList languages();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace csl
