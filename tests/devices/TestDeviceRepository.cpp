// The device register on a real encrypted database: schema, journaled writes, findings via the Workspace.
#include "DeviceRepository.h"
#include "PersonRepository.h"
#include "TempStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace csl;
using namespace csl::test;

class TestDeviceRepository : public QObject
{
    Q_OBJECT

    static DeviceRecord device(const QString& ip, const QString& mac, const QString& user)
    {
        DeviceRecord d;
        d.ip = ip;
        d.mac = mac;
        d.userId = user;
        d.hostname = QStringLiteral("JW-PC-001");
        d.building = QString::fromUtf8("教学楼");
        d.room = QStringLiteral("301");
        d.registeredOn = QDate::currentDate();
        return d;
    }

private Q_SLOTS:
    void addFindUpdateRemove()
    {
        TempWorkspace tw;
        QVERIFY(tw.isValid());
        PersonRecord p;
        p.name = QString::fromUtf8("张伟");
        auto pid = PersonRepository(tw.store()).add(p);
        QVERIFY(pid);
        DeviceRepository repo(tw.store());
        auto id = repo.add(device(QStringLiteral("10.1.1.10"), QStringLiteral("AA-BB-CC-00-11-22"), *pid));
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error().message));
        auto found = repo.find(*id);
        QVERIFY(found);
        QCOMPARE(found->mac, QStringLiteral("aa:bb:cc:00:11:22"));
        QCOMPARE(found->userName, QString::fromUtf8("张伟"));
        QCOMPARE(found->location(), QString::fromUtf8("教学楼 301"));

        DeviceRecord changed = *found;
        changed.room = QStringLiteral("302");
        QVERIFY(repo.update(changed));
        QCOMPARE(repo.find(*id)->room, QStringLiteral("302"));
        QVERIFY(repo.updateMany({*id}, {{QStringLiteral("status"), QStringLiteral("spare")}}));
        QCOMPARE(repo.find(*id)->status, QStringLiteral("spare"));
        QVERIFY(!repo.updateMany({*id}, {{QStringLiteral("status"), QStringLiteral("lost")}}));
        QCOMPARE(repo.find(*id)->status, QStringLiteral("spare"));

        QVERIFY(repo.remove(*id));
        QCOMPARE(repo.count(), 0);
        QCOMPARE(repo.all(true).size(), 1);
        QVERIFY(repo.restore(*id));
        QCOMPARE(repo.count(), 1);
        // Every change went through the journal, and the chain holds.
        const JournalVerdict v = tw.store().journal().verify();
        QVERIFY(v.ok);
        QCOMPARE(v.count, 6); // person, insert, update, bulk update, delete, restore
    }

    void invalidDeviceNamesEveryField()
    {
        TempWorkspace tw;
        DeviceRepository repo(tw.store());
        auto id = repo.add(device(QStringLiteral("10.1.1.999"), QStringLiteral("xx"), {}));
        QVERIFY(!id);
        QCOMPARE(id.error().code, Error::InvalidInput);
        QVERIFY(id.error().message.contains(u"10.1.1.999"));
        QVERIFY(id.error().message.contains(u"\"xx\""));
        QCOMPARE(repo.count(), 0);
    }

    void bypassIsRefused()
    {
        TempWorkspace tw;
        DeviceRepository repo(tw.store());
        QVERIFY(repo.add(device(QStringLiteral("10.1.1.10"), QStringLiteral("00:11:22:33:44:55"), {})));
        QSqlQuery q(tw.store().database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE devices SET ip = '10.9.9.9'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM devices")));
        QCOMPARE(repo.all().value(0).ip, QStringLiteral("10.1.1.10"));
    }

    void addManyAllOrNothing()
    {
        TempWorkspace tw;
        DeviceRepository repo(tw.store());
        QList<DeviceRecord> list;
        for (int i = 1; i <= 50; ++i) {
            DeviceRecord d = device(QStringLiteral("10.2.0.%1").arg(i), QStringLiteral("00:00:00:00:01:%1").arg(i, 2, 16, QLatin1Char('0')), {});
            QVERIFY(DeviceRules::validate(d).isEmpty());
            list << d;
        }
        // Cancelled half-way: nothing stays.
        auto st = repo.addMany(list, [](int done, int) { return done < 25; });
        QVERIFY(!st);
        QCOMPARE(st.error().code, Error::Cancelled);
        QCOMPARE(repo.count(), 0);
        QVERIFY(repo.addMany(list));
        QCOMPARE(repo.count(), 50);
        QVERIFY(tw.store().journal().verify().ok);
    }

    void bulkEditValidatesTheWholeRecord()
    {
        TempWorkspace tw;
        DeviceRepository repo(tw.store());
        QVERIFY(repo.addMany({device(QStringLiteral("10.4.0.1"), QStringLiteral("00:00:00:00:04:01"), {}),
                              device(QStringLiteral("10.4.0.2"), QStringLiteral("00:00:00:00:04:02"), {})}));
        QStringList ids;
        for (const DeviceRecord& d : repo.all())
            ids << d.id;
        const qint64 head = tw.store().journal().headSeq();
        // What the device form refuses, a bulk edit refuses too, naming the device; nothing is written.
        using Change = QHash<QString, QString>;
        const QList<Change> refused{
            {{QStringLiteral("registered_on"), QDate::currentDate().addDays(30).toString(Qt::ISODate)}},
            {{QStringLiteral("notes"), QString(2001, u'x')}},
            {{QStringLiteral("device_type"), QStringLiteral("toaster")}},
            {{QStringLiteral("salary"), QStringLiteral("1")}}};
        for (const Change& change : refused) {
            const Status st = repo.updateMany(ids, change);
            QVERIFY2(!st, qPrintable(change.cbegin().key()));
            QCOMPARE(tw.store().journal().headSeq(), head);
        }
        QVERIFY(repo.updateMany(ids, refused.last()).error().message.contains(u"salary"_qs));
        QVERIFY(repo.updateMany(ids, refused.first()).error().message.contains(u"10.4.0.1"_qs));
        // A good one: normalised like a single edit (type from its Chinese label), one entry per device.
        QVERIFY(repo.updateMany(ids, {{QStringLiteral("device_type"), QString::fromUtf8("打印机")},
                                      {QStringLiteral("registered_on"), QStringLiteral("2024-09-01")}}));
        QCOMPARE(tw.store().journal().headSeq(), head + 2);
        for (const DeviceRecord& d : repo.all()) {
            QCOMPARE(d.type, QStringLiteral("printer"));
            QCOMPARE(d.registeredOn, QDate(2024, 9, 1));
        }
    }

    void rulesSnapshotMatchesTheRegister()
    {
        TempWorkspace tw;
        DeviceRepository repo(tw.store());
        QList<DeviceRecord> list;
        for (int i = 1; i <= 6; ++i) {
            DeviceRecord d = device(QStringLiteral("10.3.0.%1").arg(i), QStringLiteral("00:00:00:00:03:%1").arg(i, 2, 16, QLatin1Char('0')), {});
            d.status = i == 2 ? QStringLiteral("retired") : QStringLiteral("in_use");
            d.registeredOn = QDate(2024, 9, i);
            QVERIFY(DeviceRules::validate(d).isEmpty());
            list << d;
        }
        list[3].hostname.clear();
        QVERIFY(repo.addMany(list));
        const QList<DeviceRecord> full = repo.all();
        QVERIFY(repo.remove(full.at(4).id));

        // Every live device, with each field the rules read as all() reads it; the removed one is gone.
        const QList<DeviceRecord> lean = repo.forRules();
        QCOMPARE(lean.size(), 5);
        QHash<QString, DeviceRecord> byId;
        for (const DeviceRecord& d : repo.all())
            byId.insert(d.id, d);
        QCOMPARE(byId.size(), 5);
        for (const DeviceRecord& d : lean) {
            QVERIFY(byId.contains(d.id));
            const DeviceRecord& f = byId.value(d.id);
            QCOMPARE(d.ip, f.ip);
            QCOMPARE(d.mac, f.mac);
            QCOMPARE(d.hostname, f.hostname);
            QCOMPARE(d.userId, f.userId);
            QCOMPARE(d.status, f.status);
            QCOMPARE(d.registeredOn, f.registeredOn);
            QVERIFY(!d.deleted);
        }
        // The same findings from either snapshot.
        DeviceRules::Snapshot a;
        a.devices = repo.all();
        DeviceRules::Snapshot b;
        b.devices = lean;
        const auto titles = [](const QList<Finding>& fs) {
            QStringList t;
            for (const Finding& f : fs)
                t << f.ruleId + u' ' + f.recordId + u' ' + f.title;
            t.sort();
            return t;
        };
        QVERIFY(!titles(DeviceRules::findings(a)).isEmpty());
        QCOMPARE(titles(DeviceRules::findings(b)), titles(DeviceRules::findings(a)));
    }

    void subnetsSightingsAndFindings()
    {
        TempWorkspace tw;
        DeviceRepository repo(tw.store());
        SubnetRecord s;
        s.cidr = QStringLiteral("10.3.0.0/24");
        s.vlan = 30;
        s.gateway = QStringLiteral("10.3.0.1");
        s.purpose = QString::fromUtf8("办公");
        auto sid = repo.addSubnet(s);
        QVERIFY(sid);
        SubnetRecord bad;
        bad.cidr = QStringLiteral("10.3.0.0");
        QVERIFY(!repo.addSubnet(bad));
        QCOMPARE(repo.subnets().size(), 1);

        QVERIFY(repo.add(device(QStringLiteral("10.3.0.20"), QStringLiteral("00:11:22:33:44:01"), {})));
        QVERIFY(repo.add(device(QStringLiteral("10.3.0.20"), QStringLiteral("00:11:22:33:44:02"), {})));
        QVERIFY(repo.add(device(QStringLiteral("192.168.9.9"), QStringLiteral("da:11:22:33:44:03"), {})));
        QVERIFY(repo.recordSightings({Sighting{QStringLiteral("10.3.0.77"), QStringLiteral("00:11:22:33:44:77"),
                                              QStringLiteral("arp-scan"), {}}}));
        // A second sighting of the same pair keeps one row.
        QVERIFY(repo.recordSightings({Sighting{QStringLiteral("10.3.0.77"), QStringLiteral("00:11:22:33:44:77"),
                                              QStringLiteral("ip-neigh"), {}}}));
        QCOMPARE(repo.sightings().size(), 1);

        const QList<Finding> list = tw.ws().findings(QStringLiteral("devices"));
        QStringList titles;
        for (const Finding& f : list)
            titles << f.ruleId + u' ' + f.title;
        const QString all = titles.join(u'\n');
        QVERIFY2(all.contains(u"R-DEV-2 IP 10.3.0.20 is registered to 2 MAC"), qPrintable(all));
        QVERIFY2(all.contains(u"R-DEV-2 JW-PC-001 (192.168.9.9) is outside every registered subnet"), qPrintable(all));
        QVERIFY2(all.contains(u"R-DEV-3 JW-PC-001 (192.168.9.9) has a randomised MAC"), qPrintable(all));
        QVERIFY2(all.contains(u"R-DEV-5"), qPrintable(all));
        QVERIFY2(all.contains(u"R-DEV-2 Unregistered device 10.3.0.77"), qPrintable(all));
        QCOMPARE(DeviceRules::devicesPerSubnet(repo.all(), repo.subnets()).value(*sid), 2);

        QCOMPARE(repo.staleDays(), DeviceRules::defaultStaleDays);
        QVERIFY(repo.setStaleDays(30));
        QCOMPARE(repo.staleDays(), 30);
        QVERIFY(!repo.setStaleDays(0));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRepository)
#include "TestDeviceRepository.moc"
