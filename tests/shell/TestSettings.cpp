// Settings: typed keys, defaults, bad stored values, no secrets.
#include "Settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using csl::Settings;

class TestSettings final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void roundTrip();
    void badValuesFallBack();
    void rememberedIdsOnly();
    void backupFolderDefault();

private:
    QTemporaryDir m_dir;
    QString ini(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestSettings::defaults()
{
    Settings s(ini("defaults.ini"));
    QCOMPARE(s.language(), QStringLiteral("zh_CN"));
    QCOMPARE(s.autoLockMinutes(), 10);
    QCOMPARE(s.backupKeep(), 10);
    QCOMPARE(s.backupOnClose(), true);
    QCOMPARE(s.deadlineNoticeDays(), 3);
    QVERIFY(s.lastDatabase().isEmpty());
    for (int k = 0; k < int(Settings::Key::KeyCount); ++k) {
        const auto key = Settings::Key(k);
        QVERIFY2(!Settings::name(key).isEmpty(), qPrintable(QString::number(k)));
        QCOMPARE(s.value(key), Settings::defaultValue(key));
    }
}

void TestSettings::roundTrip()
{
    {
        Settings s(ini("round.ini"));
        s.setValue(Settings::Key::Language, QStringLiteral("en"));
        s.setValue(Settings::Key::AutoLockMinutes, 25);
        s.setValue(Settings::Key::BackupOnClose, false);
        s.setValue(Settings::Key::BackupKeep, 3);
        s.setValue(Settings::Key::LastDatabase, QStringLiteral("/tmp/学校.cldb"));
        s.sync();
    }
    Settings s(ini("round.ini"));
    QCOMPARE(s.language(), QStringLiteral("en"));
    QCOMPARE(s.autoLockMinutes(), 25);
    QCOMPARE(s.backupOnClose(), false);
    QCOMPARE(s.backupKeep(), 3);
    QCOMPARE(s.lastDatabase(), QStringLiteral("/tmp/学校.cldb"));
    s.reset(Settings::Key::AutoLockMinutes);
    QCOMPARE(s.autoLockMinutes(), 10);
}

void TestSettings::badValuesFallBack()
{
    QFile f(ini("bad.ini"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[general]\nlanguage=klingon\n[security]\nautoLockMinutes=soon\n[backup]\nkeep=0\nonClose=maybe\n");
    f.close();
    Settings s(ini("bad.ini"));
    QCOMPARE(s.language(), QStringLiteral("zh_CN"));
    QCOMPARE(s.autoLockMinutes(), 10);
    QCOMPARE(s.backupKeep(), 10);
}

void TestSettings::rememberedIdsOnly()
{
    const QString id = QStringLiteral("0b7c2a5e-1111-4c2d-9a3e-000000000001");
    {
        Settings s(ini("remember.ini"));
        QVERIFY(!s.isRemembered(id));
        s.setRemembered(id, true);
        s.setRemembered(id, true);
        QVERIFY(s.isRemembered(id));
        QCOMPARE(s.value(Settings::Key::RememberedDatabases).toStringList().size(), 1);
        s.sync();
    }
    Settings s(ini("remember.ini"));
    QVERIFY(s.isRemembered(id));
    s.setRemembered(id, false);
    QVERIFY(!s.isRemembered(id));
    s.sync();
    // Only public ids and plain preferences reach the file: no key or passphrase material.
    QFile f(ini("remember.ini"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll().toLower();
    QVERIFY(!text.contains("pass"));
    QVERIFY(!text.contains("key="));
}

void TestSettings::backupFolderDefault()
{
    Settings s(ini("backup.ini"));
    QCOMPARE(s.backupFolder(QStringLiteral("/data/school/ledger.cldb")), QStringLiteral("/data/school/backups"));
    s.setValue(Settings::Key::BackupFolder, QStringLiteral("/mnt/usb/备份"));
    QCOMPARE(s.backupFolder(QStringLiteral("/data/school/ledger.cldb")), QStringLiteral("/mnt/usb/备份"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
