// The sync page standalone in a real window: settings, "sync now" against the real receiver, history, errors.
#include "SyncTestEnv.h"
#include "TempStore.h"

#include "DemoSchool.h"
#include "SyncPage.h"
#include "SyncRepository.h"
#include "SyncScheduler.h"
#include "Translations.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace csl;
using namespace csl::test;

class TestSyncPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<Receiver> m_rx;
    std::unique_ptr<TempWorkspace> m_t;

    template <typename T> static T* child(QWidget& page, const char* name)
    {
        auto* w = page.findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    static bool waitIdle(QWidget& page)
    {
        auto* now = child<QPushButton>(page, "syncNow");
        return QTest::qWaitFor([now] { return now->isEnabled(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncOutcome>();
        // The token for this run: the keychain is not needed to test the page.
        qputenv("CAMPUSLEDGER_SYNC_TOKEN", kSyncToken);
        m_pki = std::make_unique<TestPki>();
        QVERIFY(m_pki->isValid());
        m_rx = std::make_unique<Receiver>(*m_pki);
        QVERIFY(m_rx->isValid());
        m_t = std::make_unique<TempWorkspace>();
        DemoSchool::Options o;
        o.schoolCode = kSchoolCode;
        o.devices = 600;
        QVERIFY(DemoSchool::build(m_t->ws(), o));
    }

    void settingsSyncAndHistory()
    {
        SyncView view;
        QCOMPARE(view.moduleId(), QStringLiteral("sync"));
        std::unique_ptr<ModulePage> page(view.createPage(m_t->ws(), nullptr));
        page->resize(1200, 780);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QCOMPARE(child<QLineEdit>(*page, "syncSchoolCode")->text(), kSchoolCode);
        QCOMPARE(child<QLineEdit>(*page, "syncToken")->echoMode(), QLineEdit::Password);

        // A plain-http address is refused with a message in the banner.
        child<QLineEdit>(*page, "syncEndpoint")->setText(QStringLiteral("http://127.0.0.1:%1").arg(m_rx->port()));
        QTest::mouseClick(child<QPushButton>(*page, "syncSave"), Qt::LeftButton);
        auto* banner = child<QLabel>(*page, "syncBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("https://")), qPrintable(banner->text()));

        child<QLineEdit>(*page, "syncEndpoint")->setText(m_rx->endpoint());
        child<QLineEdit>(*page, "syncCaFile")->setText(m_pki->caFile());
        child<QCheckBox>(*page, "syncDaily")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(*page, "syncSave"), Qt::LeftButton);
        QVERIFY2(!banner->property("error").toBool(), qPrintable(banner->text()));
        const SyncSettings saved = SyncSettings::load(m_t->store());
        QCOMPARE(saved.endpoint, m_rx->endpoint());
        QCOMPARE(saved.dailyAt, QTime(18, 0));
        QVERIFY(child<QLabel>(*page, "syncNext")->text().contains(QStringLiteral("18:00")));

        const QJsonObject notice{{QStringLiteral("id"), QStringLiteral("N-7")},
                                 {QStringLiteral("kind"), QStringLiteral("threat")},
                                 {QStringLiteral("title"), QStringLiteral("教务系统存在高危漏洞，请三日内修复")}};
        m_rx->call("POST", QStringLiteral("/admin/v1/schools/%1/notices").arg(kSchoolCode),
                   QJsonDocument(notice).toJson());
        QSignalSpy changed(page.get(), &ModulePage::dataChanged);
        QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(*page, "syncNow")->isEnabled());
        QVERIFY(waitIdle(*page));
        QVERIFY2(!banner->property("error").toBool(), qPrintable(banner->text()));
        QCOMPARE(child<QProgressBar>(*page, "syncProgress")->value(), 100);
        QCOMPARE(changed.size(), 1);
        auto* history = child<QTableWidget>(*page, "syncHistory");
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 4)->text().toLongLong(), m_t->store().journal().headSeq());
        auto* notices = child<QTableWidget>(*page, "syncNotices");
        QCOMPARE(notices->rowCount(), 1);
        QVERIFY(page->openRecord(QStringLiteral("N-7")));
        QVERIFY(page->grab().save(QStringLiteral(CSL_BINARY_DIR_STR "/TestSyncPage-ok.png")));

        // A rejected token is said in words, and the history keeps it.
        m_rx->fault(QStringLiteral("401"), 1);
        QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
        QVERIFY(waitIdle(*page));
        QVERIFY(banner->property("error").toBool());
        QVERIFY2(banner->text().contains(QStringLiteral("token")), qPrintable(banner->text()));
        QCOMPARE(history->rowCount(), 2);
        QVERIFY(page->grab().save(QStringLiteral(CSL_BINARY_DIR_STR "/TestSyncPage-token.png")));
    }

    void chineseFirst()
    {
        installTranslations(QStringLiteral("zh_CN"));
        std::unique_ptr<ModulePage> page(SyncView().createPage(m_t->ws(), nullptr));
        page->resize(1200, 780);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QCOMPARE(child<QPushButton>(*page, "syncNow")->text(), QStringLiteral("立即同步"));
        QVERIFY(page->grab().save(QStringLiteral(CSL_BINARY_DIR_STR "/TestSyncPage-zh.png")));
        installTranslations(QStringLiteral("en"));
    }

    void cancelFromThePage()
    {
        std::unique_ptr<ModulePage> page(SyncView().createPage(m_t->ws(), nullptr));
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        m_rx->fault(QStringLiteral("hang"), 1);
        QTest::mouseClick(child<QPushButton>(*page, "syncNow"), Qt::LeftButton);
        auto* cancel = child<QPushButton>(*page, "syncCancel");
        QVERIFY(cancel->isEnabled());
        QTest::qWait(200);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(waitIdle(*page));
        QCOMPARE(SyncRepository(m_t->store()).runs().first().outcome, QStringLiteral("cancelled"));
        m_rx->fault(QString(), 0);
    }
};

QTEST_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
