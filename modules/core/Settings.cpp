#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaType>

#include <array>

namespace csl {

namespace {

struct KeyInfo
{
    const char* name;
    QMetaType::Type type;
    QVariant def;
};

// The one table of preferences: name, type and default of every key.
const std::array<KeyInfo, int(Settings::Key::KeyCount)>& table()
{
    static const std::array<KeyInfo, int(Settings::Key::KeyCount)> t = {{
        {"general/language", QMetaType::QString, QStringLiteral("zh_CN")},
        {"security/autoLockMinutes", QMetaType::Int, 10},
        {"backup/folder", QMetaType::QString, QString()},
        {"backup/keep", QMetaType::Int, 10},
        {"backup/onClose", QMetaType::Bool, true},
        {"general/lastDatabase", QMetaType::QString, QString()},
        {"security/rememberedDatabases", QMetaType::QStringList, QStringList()},
        {"findings/noticeDays", QMetaType::Int, 3},
        {"window/geometry", QMetaType::QByteArray, QByteArray()},
    }};
    return t;
}

const KeyInfo& info(Settings::Key key)
{
    return table()[std::size_t(key)];
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QString Settings::name(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).def;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo& k = info(key);
    QVariant v = m_settings->value(name(key));
    if (!v.isValid())
        return k.def;
    // An INI file gives back strings; a value of the wrong shape falls back to the default.
    if (k.type == QMetaType::QStringList && v.typeId() == QMetaType::QString)
        v = v.toString().isEmpty() ? QStringList() : QStringList{v.toString()};
    if (!v.canConvert(QMetaType(k.type)) || !v.convert(QMetaType(k.type)))
        return k.def;
    if (key == Key::Language && !languages().contains(v.toString()))
        return k.def;
    if ((key == Key::AutoLockMinutes || key == Key::DeadlineNoticeDays) && v.toInt() < 0)
        return k.def;
    if (key == Key::BackupKeep && v.toInt() < 1)
        return k.def;
    return v;
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(name(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(name(key));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::backupFolder(const QString& databasePath) const
{
    const QString folder = value(Key::BackupFolder).toString();
    if (!folder.isEmpty())
        return folder;
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

bool Settings::isRemembered(const QString& databaseId) const
{
    return !databaseId.isEmpty() && value(Key::RememberedDatabases).toStringList().contains(databaseId);
}

void Settings::setRemembered(const QString& databaseId, bool remembered)
{
    QStringList ids = value(Key::RememberedDatabases).toStringList();
    ids.removeAll(databaseId);
    if (remembered)
        ids << databaseId;
    setValue(Key::RememberedDatabases, ids);
}

QStringList Settings::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

} // namespace csl
