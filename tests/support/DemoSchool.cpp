#include "DemoSchool.h"

#include "DemoNames.h"
#include "DeviceRepository.h"
#include "NewSchool.h"
#include "PersonRepository.h"
#include "Workspace.h"

#include <QRandomGenerator>

namespace csl {

using namespace demo;

namespace {

/// Hostname prefixes by department, as school network administrators name machines (JW-PC-012).
QString prefixFor(const QString& department)
{
    static const QHash<QString, QString> map{
        {QString::fromUtf8("校长办公室"), QStringLiteral("XZ")}, {QString::fromUtf8("党政办公室"), QStringLiteral("DZ")},
        {QString::fromUtf8("教务处"), QStringLiteral("JW")},     {QString::fromUtf8("德育处"), QStringLiteral("DY")},
        {QString::fromUtf8("总务处"), QStringLiteral("ZW")},     {QString::fromUtf8("信息中心"), QStringLiteral("XX")},
        {QString::fromUtf8("安全保卫处"), QStringLiteral("BW")}, {QString::fromUtf8("财务室"), QStringLiteral("CW")},
        {QString::fromUtf8("图书馆"), QStringLiteral("TS")},     {QString::fromUtf8("校医室"), QStringLiteral("XY")},
        {QString::fromUtf8("团委"), QStringLiteral("TW")},       {QString::fromUtf8("心理健康中心"), QStringLiteral("XL")}};
    return map.value(department, QStringLiteral("JY"));
}

QString typeTag(const QString& type)
{
    static const QHash<QString, QString> map{{QStringLiteral("desktop"), QStringLiteral("PC")},
                                             {QStringLiteral("laptop"), QStringLiteral("NB")},
                                             {QStringLiteral("server"), QStringLiteral("SRV")},
                                             {QStringLiteral("printer"), QStringLiteral("PRN")},
                                             {QStringLiteral("camera"), QStringLiteral("CAM")},
                                             {QStringLiteral("access_point"), QStringLiteral("AP")},
                                             {QStringLiteral("switch"), QStringLiteral("SW")},
                                             {QStringLiteral("phone"), QStringLiteral("TEL")},
                                             {QStringLiteral("tablet"), QStringLiteral("PAD")},
                                             {QStringLiteral("other"), QStringLiteral("DEV")}};
    return map.value(type);
}

QString weightedType(QRandomGenerator& rng)
{
    const int r = int(rng.bounded(100));
    if (r < 50) return QStringLiteral("desktop");
    if (r < 62) return QStringLiteral("laptop");
    if (r < 70) return QStringLiteral("printer");
    if (r < 80) return QStringLiteral("camera");
    if (r < 86) return QStringLiteral("access_point");
    if (r < 89) return QStringLiteral("switch");
    if (r < 91) return QStringLiteral("server");
    if (r < 95) return QStringLiteral("tablet");
    if (r < 98) return QStringLiteral("phone");
    return QStringLiteral("other");
}

QString macFor(quint32 serial, QRandomGenerator& rng)
{
    // Globally administered OUIs of real vendors (Dell, Lenovo, LiteON, Hikvision, H3C, Huawei).
    static const quint32 ouis[] = {0x001422, 0x10c595, 0x6c4b90, 0x4419b6, 0x3891d5, 0x00e0fc};
    const quint32 oui = ouis[rng.bounded(quint32(std::size(ouis)))];
    const quint64 v = (quint64(oui) << 24) | (serial & 0xffffff);
    QString out;
    for (int i = 5; i >= 0; --i) {
        out += QStringLiteral("%1").arg((v >> (i * 8)) & 0xff, 2, 16, QLatin1Char('0'));
        if (i)
            out += u':';
    }
    return out;
}

/// Subnets per building (10.x.y.0/24, VLAN, gateway .1) and devices spread over them, with a few
/// deliberate problems so the demo shows findings: a duplicate IP, a randomised MAC, an ownerless
/// device and one outside every subnet.
Status buildDevices(Store& store, const DemoSchool::Options& options, const QList<PersonRecord>& people,
                    QRandomGenerator& rng)
{
    if (options.devices <= 0)
        return {};
    DeviceRepository repo(store);
    constexpr int perSubnet = 200;
    const int subnetCount = (options.devices + perSubnet - 1) / perSubnet;
    static const char* const purposes[] = {"办公", "教学", "机房", "监控", "无线", "服务器"};
    QList<SubnetRecord> subnets;
    for (int k = 0; k < subnetCount; ++k) {
        SubnetRecord s;
        const int second = 16 + k / 256;
        const int third = k % 256;
        s.cidr = QStringLiteral("10.%1.%2.0/24").arg(second).arg(third);
        s.vlan = 100 + (k % 3900);
        s.gateway = QStringLiteral("10.%1.%2.1").arg(second).arg(third);
        s.building = buildings().at(k % buildings().size());
        s.purpose = QString::fromUtf8(purposes[k % std::size(purposes)]);
        auto id = repo.addSubnet(s);
        if (!id)
            return id.error();
        subnets << s;
    }
    const QString registrar = store.meta(QStringLiteral("school.officer"));
    const QDate today = QDate::currentDate();
    QList<DeviceRecord> devices;
    devices.reserve(options.devices);
    QHash<QString, int> counters;
    for (int i = 0; i < options.devices; ++i) {
        const int k = i / perSubnet;
        const SubnetRecord& s = subnets.at(k);
        const PersonRecord& user = people.at(int(rng.bounded(quint32(people.size()))));
        DeviceRecord d;
        d.ip = QStringLiteral("10.%1.%2.%3").arg(16 + k / 256).arg(k % 256).arg(10 + i % perSubnet);
        d.mac = macFor(quint32(i + 1), rng);
        d.type = weightedType(rng);
        const QString prefix = prefixFor(user.department) + u'-' + typeTag(d.type);
        d.hostname = QStringLiteral("%1-%2").arg(prefix).arg(++counters[prefix], 3, 10, QLatin1Char('0'));
        d.userId = user.id;
        d.userName = user.name;
        d.department = user.department;
        d.building = s.building;
        d.room = QStringLiteral("%1%2").arg(1 + rng.bounded(5)).arg(1 + rng.bounded(20), 2, 10, QLatin1Char('0'));
        d.assetTag = QStringLiteral("ZC-%1-%2").arg(2018 + rng.bounded(7)).arg(i + 1, 6, 10, QLatin1Char('0'));
        d.registeredBy = registrar;
        d.registeredOn = today.addDays(-qint64(rng.bounded(1500)));
        const int st = int(rng.bounded(100));
        d.status = st < 92 ? QStringLiteral("in_use") : st < 97 ? QStringLiteral("spare") : QStringLiteral("retired");
        devices << d;
    }
    // The deliberate problems (R-DEV-2, R-DEV-3, R-DEV-5).
    if (devices.size() >= 4) {
        for (int j = 0; j < 4; ++j)
            devices[j].status = QStringLiteral("in_use");
        devices[1].ip = devices[0].ip;                 // one IP on two MACs
        devices[2].mac = QStringLiteral("da:a1:19:5e:0c:42"); // a randomised MAC
        devices[2].notes = QString::fromUtf8("手机热点随机MAC");
        devices[3].userId.clear();                     // nobody uses it
        devices[3].userName.clear();
        devices[3].department.clear();
        devices[3].notes = QString::fromUtf8("使用人已调离");
    }
    if (devices.size() >= 5) {
        devices[4].status = QStringLiteral("in_use");
        devices[4].ip = QStringLiteral("192.168.1.%1").arg(100 + devices.size() % 100); // outside every subnet
        devices[4].notes = QString::fromUtf8("私接路由器");
    }
    return repo.addMany(devices);
}

} // namespace

int DemoSchool::peopleFor(int devices)
{
    return std::max(40, devices / 2);
}

Status DemoSchool::writeSchoolInfo(Workspace& ws, const Options& options)
{
    QRandomGenerator rng(options.seed);
    const QString name = options.schoolName.isEmpty() ? QString::fromUtf8("江苏省扬州市育才实验学校") : options.schoolName;
    const QString code = options.schoolCode.isEmpty() ? QStringLiteral("3210000001") : options.schoolCode;
    const QString officer = options.officer.isEmpty() ? personName(rng) : options.officer;
    return NewSchool::writeFacts(ws.store(), {name, code, officer});
}

Status DemoSchool::build(Workspace& ws, const Options& options)
{
    if (Status st = writeSchoolInfo(ws, options); !st)
        return st;
    QRandomGenerator rng(options.seed + 1);
    Store& store = ws.store();
    return store.write([&]() -> Status {
        PersonRepository people(store);
        const int n = peopleFor(options.devices);
        QList<PersonRecord> added;
        added.reserve(n);
        for (int i = 0; i < n; ++i) {
            PersonRecord p;
            p.name = personName(rng);
            p.staffNo = QStringLiteral("T%1").arg(2000 + i, 5, 10, QLatin1Char('0'));
            p.department = pick(rng, departments());
            p.post = pick(rng, posts());
            // A few people lack a phone, so the demo has findings to show.
            p.phone = rng.bounded(100) < 95 ? mobile(rng) : QString();
            auto id = people.add(p);
            if (!id)
                return id.error();
            p.id = *id;
            added << p;
        }
        return buildDevices(store, options, added, rng);
    });
}

} // namespace csl
