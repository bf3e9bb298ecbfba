// Screenshots of the zh_CN shell (welcome, unlock, main window) saved into the build tree for review.
#include "DemoSchool.h"
#include "MainWindow.h"
#include "ShellEnv.h"
#include "Translations.h"
#include "UnlockDialog.h"
#include "UnlockWidget.h"
#include "WelcomeDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace csl;

class TestScreenshots final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void welcomeDialog();
    void unlockDialog();
    void mainWindow();

private:
    void save(QWidget* w, const QString& name);
    QString shellText(QWidget* root) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    ShellEnv m_env;
    QString m_out;
    QString m_dbPath;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    installTranslations(QStringLiteral("zh_CN"));
    QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
    QVERIFY2(QCoreApplication::translate("csl::MainWindow", "Journal") == QStringLiteral("操作日志"),
             "the zh_CN catalogue is not loaded");
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_env.settings = m_settings.get();
    m_env.newKdf = [] { return KdfParams::cheapForTests(); };
    m_env.keychainService = QStringLiteral("CampusSecLedgerTest");
    m_out = qEnvironmentVariable("CSL_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(m_out));

    m_dbPath = m_dir.filePath(QStringLiteral("demo.cldb"));
    auto store = Store::create(m_dbPath, ShellEnv::demoPassphrase(), KdfParams::cheapForTests());
    QVERIFY(store);
    auto ws = makeWorkspace(std::move(*store));
    QVERIFY(ws);
    DemoSchool::Options options;
    options.devices = 300;
    QVERIFY(DemoSchool::writeSchoolInfo(**ws, options).ok());
    (*ws)->store().setActor((*ws)->store().meta(QStringLiteral("school.officer")));
    QVERIFY(DemoSchool::build(**ws, options).ok());
    // A few changes by the officer, so the journal shows more than the import.
    QVERIFY((*ws)->store().setMeta(QStringLiteral("sync.last_run"),
                                   QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs)).ok());
}

void TestScreenshots::save(QWidget* w, const QString& name)
{
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QTest::qWait(150);
    const QString file = m_out + QLatin1Char('/') + name;
    QVERIFY(w->grab().save(file));
    qInfo("saved %s", qPrintable(file));
}

// Every label, button and title text of a window, to check that no English is left.
QString TestScreenshots::shellText(QWidget* root) const
{
    QStringList texts{root->windowTitle()};
    for (auto* l : root->findChildren<QLabel*>())
        if (l->isVisible())
            texts << l->text();
    for (auto* b : root->findChildren<QAbstractButton*>())
        if (b->isVisible())
            texts << b->text();
    return texts.join(QLatin1Char('\n'));
}

void TestScreenshots::welcomeDialog()
{
    WelcomeDialog dialog(m_env);
    dialog.show();
    save(&dialog, QStringLiteral("welcome.png"));
    const QString text = shellText(&dialog);
    QVERIFY2(text.contains(QStringLiteral("新建数据库")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Create a new database")), qPrintable(text));
    QTest::mouseClick(dialog.findChild<QAbstractButton*>(QStringLiteral("welcomeCreate")), Qt::LeftButton);
    dialog.findChild<QLineEdit*>(QStringLiteral("welcomeSchoolName"))->setText(QStringLiteral("江苏省扬州市育才实验学校"));
    dialog.findChild<QLineEdit*>(QStringLiteral("welcomeSchoolCode"))->setText(QStringLiteral("3210000001"));
    dialog.findChild<QLineEdit*>(QStringLiteral("welcomeOfficer"))->setText(QStringLiteral("王建国"));
    dialog.findChild<QLineEdit*>(QStringLiteral("welcomePassphrase"))->setText(QStringLiteral("青山绿水 meadow"));
    save(&dialog, QStringLiteral("welcome-create.png"));
}

void TestScreenshots::unlockDialog()
{
    UnlockDialog dialog(m_env, m_dbPath);
    dialog.show();
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
    field->setText(QStringLiteral("wrong"));
    dialog.unlockWidget()->unlock();
    QTRY_COMPARE(dialog.unlockWidget()->failures(), 1);
    save(&dialog, QStringLiteral("unlock.png"));
    const QString text = shellText(&dialog);
    QVERIFY2(text.contains(QStringLiteral("口令错误")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Unlock")), qPrintable(text));
}

void TestScreenshots::mainWindow()
{
    auto store = Store::open(m_dbPath, ShellEnv::demoPassphrase());
    QVERIFY(store);
    auto ws = makeWorkspace(std::move(*store));
    QVERIFY(ws);
    MainWindow window(m_env);
    window.setWorkspace(std::move(*ws));
    window.resize(1200, 760);
    window.show();
    save(&window, QStringLiteral("main-findings.png"));
    const auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    for (int row = 0; row < sidebar->count(); ++row) {
        const QString id = sidebar->item(row)->data(Qt::UserRole + 1).toString();
        QVERIFY(window.showPage(id));
        QString name = id;
        name.remove(QLatin1Char(':'));
        save(&window, QStringLiteral("main-%1.png").arg(name));
    }
    QVERIFY(window.showPage(QStringLiteral("people")));
    save(&window, QStringLiteral("main.png"));
    const QString text = shellText(&window);
    QVERIFY2(text.contains(QStringLiteral("人员名录")), qPrintable(text));
}

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
