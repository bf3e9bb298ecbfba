#include "DeviceSchema.h"

#include "DeviceRules.h"
#include "OuiTable.h"

#include <QRegularExpression>

namespace csl {

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

QList<ChoiceDef> deviceTypes()
{
    return {
        {QStringLiteral("desktop"), QT_TRANSLATE_NOOP("csl::Devices", "Desktop"),
         words({"pc", "台式机", "台式电脑", "电脑", "计算机", "办公电脑"})},
        {QStringLiteral("laptop"), QT_TRANSLATE_NOOP("csl::Devices", "Laptop"), words({"notebook", "笔记本", "笔记本电脑"})},
        {QStringLiteral("server"), QT_TRANSLATE_NOOP("csl::Devices", "Server"), words({"服务器"})},
        {QStringLiteral("printer"), QT_TRANSLATE_NOOP("csl::Devices", "Printer"), words({"打印机", "复印机", "一体机"})},
        {QStringLiteral("camera"), QT_TRANSLATE_NOOP("csl::Devices", "Camera"),
         words({"ipc", "摄像头", "摄像机", "监控", "网络摄像机"})},
        {QStringLiteral("access_point"), QT_TRANSLATE_NOOP("csl::Devices", "Access point"),
         words({"access point", "ap", "无线ap", "无线接入点", "接入点"})},
        {QStringLiteral("switch"), QT_TRANSLATE_NOOP("csl::Devices", "Switch"), words({"交换机"})},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("csl::Devices", "Phone"), words({"手机", "电话", "ip电话"})},
        {QStringLiteral("tablet"), QT_TRANSLATE_NOOP("csl::Devices", "Tablet"), words({"pad", "ipad", "平板", "平板电脑"})},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("csl::Devices", "Other"), words({"其他", "其它"})},
    };
}

QList<ChoiceDef> deviceStatuses()
{
    return {
        {QStringLiteral("in_use"), QT_TRANSLATE_NOOP("csl::Devices", "In use"), words({"in use", "在用", "使用中", "正常"})},
        {QStringLiteral("spare"), QT_TRANSLATE_NOOP("csl::Devices", "Spare"), words({"备用", "闲置"})},
        {QStringLiteral("retired"), QT_TRANSLATE_NOOP("csl::Devices", "Retired"), words({"报废", "停用", "已报废"})},
    };
}

RegisterSchema makeDevices()
{
    RegisterSchema s(QStringLiteral("devices"), "csl::Devices");
    s.setTitle(QT_TRANSLATE_NOOP("csl::Devices", "IP/MAC register"));
    s.setNoun(QT_TRANSLATE_N_NOOP("csl::Devices", "%n device(s)"));
    s.setForm(QT_TRANSLATE_NOOP("csl::Devices", "IP/MAC register form"),
              {QT_TRANSLATE_NOOP("csl::Devices", "Registered by"),
               QT_TRANSLATE_NOOP("csl::Devices", "Network administrator"),
               QT_TRANSLATE_NOOP("csl::Devices", "Head of information security")},
              true);
    const int shown = Listed | Searchable | Printed;
    s.addField({QStringLiteral("ip"), FieldKind::Ip, QT_TRANSLATE_NOOP("csl::Devices", "IP address"), shown | Required,
                words({"ip", "ip地址", "ipaddress", "地址", "ipv4", "ipv6", "ip地址(ipv4)", "ip地址（ipv4）"}), {}, {}, {},
                {}, 0, 120});
    s.addField({QStringLiteral("mac"), FieldKind::Mac, QT_TRANSLATE_NOOP("csl::Devices", "MAC address"),
                shown | Required, words({"mac", "mac地址", "macaddress", "物理地址", "硬件地址"}), {}, {}, {}, {}, 0, 130});
    // The vendor is the IEEE's, not the officer's: shown, exported and printed, never imported.
    ComputedColumn vendor;
    vendor.key = QStringLiteral("vendor");
    vendor.label = QT_TRANSLATE_NOOP("csl::Devices", "Vendor");
    vendor.after = QStringLiteral("mac");
    vendor.flags = Listed | Printed;
    vendor.width = 170;
    const int mac = 1;
    vendor.text = [mac](const RegisterSchema&, const Record& r) { return OuiTable::label(r.values.value(mac)); };
    vendor.toolTip = [mac](const RegisterSchema&, const Record& r) { return OuiTable::describe(r.values.value(mac)); };
    s.addComputed(vendor);
    s.addField({QStringLiteral("hostname"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Hostname"), shown,
                words({"host", "主机名", "计算机名", "设备名称", "设备名", "名称"})});
    s.addField({QStringLiteral("device_type"), FieldKind::Choice, QT_TRANSLATE_NOOP("csl::Devices", "Device type"),
                Listed | Printed | Filter | Bulk | Required, words({"type", "设备类型", "类型", "设备类别"}),
                deviceTypes(), QStringLiteral("other")});
    s.addField({QStringLiteral("user_id"), FieldKind::Person, QT_TRANSLATE_NOOP("csl::Devices", "User"),
                shown | Bulk | Private, words({"user", "使用人", "用户", "使用者", "责任人", "使用人姓名", "姓名"})});
    s.addField({QStringLiteral("department"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Department"),
                shown | Filter | Bulk, words({"部门", "科室", "使用部门", "所属部门"})});
    s.addField({QStringLiteral("building"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Building"),
                Searchable | Bulk, words({"楼宇", "建筑", "楼栋", "楼"})});
    s.addField({QStringLiteral("room"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Room"), Searchable | Bulk,
                words({"房间", "房间号", "教室"})});
    ComputedColumn location;
    location.key = QStringLiteral("location");
    location.label = QT_TRANSLATE_NOOP("csl::Devices", "Location");
    location.after = QStringLiteral("room");
    location.flags = Listed | Printed | NotExported; // building and room are exported on their own
    location.text = [](const RegisterSchema&, const Record& r) {
        const QString& b = r.values.at(6);
        const QString& room = r.values.at(7);
        return room.isEmpty() ? b : b.isEmpty() ? room : b + u' ' + room;
    };
    s.addComputed(location);
    FieldDef asset{QStringLiteral("asset_tag"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Asset tag"), shown,
                   words({"asset tag", "资产编号", "资产号", "固定资产编号", "资产标签"})};
    asset.maxLength = 64;
    s.addField(asset);
    FieldDef by{QStringLiteral("registered_by"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Registered by"),
                Printed | Bulk, words({"registered by", "登记人", "填报人"})};
    by.fill = [](const FillContext& c) { return c.officer; };
    s.addField(by);
    FieldDef on{QStringLiteral("registered_on"), FieldKind::Date, QT_TRANSLATE_NOOP("csl::Devices", "Registration date"),
                Listed | Printed | Bulk,
                words({"registered on", "registrationdate", "registration date", "登记日期", "登记时间", "日期"})};
    on.fill = [](const FillContext& c) { return c.today.toString(Qt::ISODate); };
    s.addField(on);
    s.addField({QStringLiteral("status"), FieldKind::Choice, QT_TRANSLATE_NOOP("csl::Devices", "Status"),
                Listed | Filter | Bulk | Required, words({"状态", "使用状态"}), deviceStatuses(),
                QStringLiteral("in_use")});
    FieldDef notes{QStringLiteral("notes"), FieldKind::LongText, QT_TRANSLATE_NOOP("csl::Devices", "Notes"), Bulk,
                   words({"note", "备注", "说明"})};
    notes.maxLength = 2000;
    s.addField(notes);
    // "教学楼 301" in one column fills building and room.
    s.addImportExtra({QStringLiteral("location"), QT_TRANSLATE_NOOP("csl::Devices", "Location (building and room)"),
                      words({"位置", "场地", "地点", "安装位置", "安放地点", "所在位置"}),
                      {QStringLiteral("building"), QStringLiteral("room")},
                      [](const RegisterSchema& schema, Record& r, const QString& cell) {
                          const auto [building, room] = DeviceRules::splitLocation(cell);
                          schema.setValue(r, QStringLiteral("building"), building);
                          schema.setValue(r, QStringLiteral("room"), room);
                      }});
    s.setValidator([](const RegisterSchema& schema, Record& r) { return DeviceRules::validateRecord(schema, r); });
    s.setDescriber([](const RegisterSchema&, const Record& r) {
        return QStringLiteral("%1 (%2)").arg(r.values.value(0), r.values.value(1));
    });
    s.setDefaultSort(QStringLiteral("ip"));
    s.addSql(QStringLiteral("CREATE INDEX devices_ip ON devices (ip)"));
    s.addSql(QStringLiteral("CREATE INDEX devices_mac ON devices (mac)"));
    return s;
}

RegisterSchema makeSubnets()
{
    RegisterSchema s(QStringLiteral("subnets"), "csl::Devices");
    s.setModule(QStringLiteral("devices"));
    s.setTitle(QT_TRANSLATE_NOOP("csl::Devices", "Subnets"));
    s.setNoun(QT_TRANSLATE_N_NOOP("csl::Devices", "%n subnet(s)"));
    s.setForm(QT_TRANSLATE_NOOP("csl::Devices", "Subnets"), {QT_TRANSLATE_NOOP("csl::Devices", "Network administrator")});
    const int shown = Listed | Searchable | Printed;
    FieldDef cidr{QStringLiteral("cidr"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Subnet (CIDR)"),
                  shown | Required, words({"subnet", "网段", "子网", "cidr"})};
    s.addField(cidr);
    FieldDef vlan{QStringLiteral("vlan"), FieldKind::Number, QT_TRANSLATE_NOOP("csl::Devices", "VLAN"), shown,
                  words({"vlan id", "vlan号"})};
    s.addField(vlan);
    s.addField({QStringLiteral("gateway"), FieldKind::Ip, QT_TRANSLATE_NOOP("csl::Devices", "Gateway"), shown,
                words({"网关"})});
    s.addField({QStringLiteral("purpose"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Purpose"), shown,
                words({"用途"})});
    s.addField({QStringLiteral("building"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::Devices", "Building"),
                shown | Filter, words({"楼宇", "楼栋"})});
    s.setValidator([](const RegisterSchema& schema, Record& r) { return DeviceRules::validateSubnet(schema, r); });
    s.setDefaultSort(QStringLiteral("cidr"));
    return s;
}

} // namespace

const RegisterSchema& DeviceSchema::devices()
{
    static const RegisterSchema s = makeDevices();
    return s;
}

const RegisterSchema& DeviceSchema::subnets()
{
    static const RegisterSchema s = makeSubnets();
    return s;
}

} // namespace csl
