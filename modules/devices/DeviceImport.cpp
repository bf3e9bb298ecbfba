#include "DeviceImport.h"

#include "CsvReader.h"
#include "DeviceRepository.h"
#include "DeviceRules.h"
#include "PersonRepository.h"
#include "RecordWriter.h"
#include "Store.h"
#include "XlsxReader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace csl {

namespace {

// Header names as officers write them, lower-cased, spaces removed.
const QHash<QString, QString>& headerWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        const auto add = [&w](const char* field, std::initializer_list<const char*> list) {
            for (const char* s : list)
                w.insert(QString::fromUtf8(s).toLower().remove(u' '), QString::fromLatin1(field));
        };
        add("ip", {"ip", "ip地址", "ipaddress", "ip address", "地址", "ipv4", "ipv6", "ip地址(ipv4)"});
        add("mac", {"mac", "mac地址", "macaddress", "mac address", "物理地址", "硬件地址"});
        add("hostname", {"hostname", "host", "主机名", "计算机名", "设备名称", "设备名", "名称"});
        add("type", {"type", "devicetype", "device type", "设备类型", "类型", "设备类别"});
        add("user", {"user", "使用人", "用户", "使用者", "责任人", "使用人姓名", "姓名"});
        add("department", {"department", "部门", "科室", "使用部门", "所属部门"});
        add("location", {"location", "位置", "场地", "地点", "安装位置", "安放地点", "所在位置"});
        add("building", {"building", "楼宇", "建筑", "楼栋", "楼"});
        add("room", {"room", "房间", "房间号", "教室"});
        add("asset_tag", {"assettag", "asset tag", "资产编号", "资产号", "固定资产编号", "资产标签"});
        add("registered_by", {"registeredby", "registered by", "登记人", "填报人"});
        add("registered_on", {"registeredon", "registrationdate", "registration date", "登记日期", "登记时间", "日期"});
        add("status", {"status", "状态", "使用状态"});
        add("notes", {"notes", "note", "备注", "说明"});
        return w;
    }();
    return words;
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    // The ISO form spreadsheets write most, read without a format parser.
    if (t.size() == 10 && t[4] == u'-' && t[7] == u'-') {
        const auto number = [&](int from, int n) {
            int v = 0;
            for (int i = from; i < from + n; ++i) {
                if (t[i] < u'0' || t[i] > u'9')
                    return -1;
                v = v * 10 + (t[i].unicode() - u'0');
            }
            return v;
        };
        if (const int y = number(0, 4), m = number(5, 2), d = number(8, 2); y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d); // invalid (2024-02-30) when the day does not exist
    }
    for (const char* f : {"yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"}) {
        const QDate d = QDate::fromString(t.left(t.indexOf(u' ') < 0 ? t.size() : t.indexOf(u' ')), QString::fromUtf8(f));
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace

const QStringList& DeviceImport::fields()
{
    static const QStringList f{QStringLiteral("ip"), QStringLiteral("mac"), QStringLiteral("hostname"),
                               QStringLiteral("type"), QStringLiteral("user"), QStringLiteral("department"),
                               QStringLiteral("location"), QStringLiteral("building"), QStringLiteral("room"),
                               QStringLiteral("asset_tag"), QStringLiteral("registered_by"),
                               QStringLiteral("registered_on"), QStringLiteral("status"), QStringLiteral("notes")};
    return f;
}

QString DeviceImport::fieldLabel(const QString& field)
{
    if (field == u"location")
        return tr("Location (building and room)");
    return DeviceRules::fieldLabel(field);
}

QString DeviceImport::fieldForHeader(const QString& header)
{
    const QString key = header.trimmed().toLower().remove(u' ');
    if (const auto it = headerWords().constFind(key); it != headerWords().cend())
        return *it;
    for (const QString& f : fields())
        if (fieldLabel(f).toLower().remove(u' ') == key)
            return f;
    return {};
}

DeviceImport::Mapping DeviceImport::guessMapping(const QStringList& header)
{
    Mapping m;
    for (const QString& f : fields())
        m.insert(f, -1);
    for (int c = 0; c < header.size(); ++c) {
        const QString f = fieldForHeader(header.at(c));
        if (!f.isEmpty() && m.value(f) < 0)
            m.insert(f, c);
    }
    return m;
}

std::pair<QString, QString> DeviceImport::splitLocation(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype space = t.lastIndexOf(u' ');
    if (space > 0)
        return {t.left(space).trimmed(), t.mid(space + 1).trimmed()};
    static const QRegularExpression tail(QStringLiteral("^(.*?\\D)[-_]?([A-Za-z]?\\d+[A-Za-z0-9-]*(室)?)$"));
    if (const auto m = tail.match(t); m.hasMatch() && !m.captured(1).isEmpty())
        return {m.captured(1), m.captured(2)};
    return {t, QString()};
}

QString DeviceImport::RowError::format() const
{
    return tr("row %1, column %2: %3").arg(row).arg(column, message);
}

Result<TableData> DeviceImport::readFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return XlsxReader::readFile(path);
    if (suffix == u"csv" || suffix == u"txt")
        return CsvReader::readFile(path);
    return Error{Error::InvalidInput, tr("%1: only .csv and .xlsx files can be imported.").arg(QFileInfo(path).fileName())};
}

DeviceImport::Plan DeviceImport::prepare(const TableData& table, const Mapping& mapping) const
{
    Plan plan;
    // Users by name (R-DEV-5); a name twice in the directory is matched within the row's department.
    QMultiHash<QString, PersonRecord> people;
    for (const PersonRecord& p : PersonRepository(m_store).all())
        people.insert(p.name, p);
    QHash<QString, QString> added; // name|department → new person id
    const QString registrar = m_store.meta(QStringLiteral("school.officer"), m_store.actor());
    const QDate today = QDate::currentDate();
    // Column of each field, looked up once rather than per cell.
    QHash<QByteArray, int> columnOf;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        columnOf.insert(it.key().toLatin1(), it.value());
    const auto col = [&](const char* field) { return columnOf.value(QByteArray::fromRawData(field, qsizetype(strlen(field))), -1); };
    const auto header = [&](const QString& field) {
        const int c = mapping.value(field == u"user_id" ? QStringLiteral("user") : field, -1);
        if (c >= 0 && c < table.header.size() && !table.header.at(c).isEmpty())
            return table.header.at(c);
        return fieldLabel(field);
    };
    plan.devices.reserve(table.rows.size());
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows.at(i);
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString& s) { return s.trimmed().isEmpty(); })) {
            ++plan.blankRows;
            continue;
        }
        const int rowNo = TableData::fileRow(i);
        const auto get = [&](const char* field) { return table.cell(i, col(field)).trimmed(); };
        DeviceRecord d;
        d.ip = get("ip");
        d.mac = get("mac");
        d.hostname = get("hostname");
        const QString type = get("type");
        d.type = type.isEmpty() ? QStringLiteral("other") : type;
        const QString status = get("status");
        d.status = status.isEmpty() ? QStringLiteral("in_use") : status;
        d.department = get("department");
        if (col("location") >= 0) {
            const auto [b, r] = splitLocation(get("location"));
            d.building = b;
            d.room = r;
        }
        if (col("building") >= 0)
            d.building = get("building");
        if (col("room") >= 0)
            d.room = get("room");
        d.assetTag = get("asset_tag");
        d.registeredBy = get("registered_by").isEmpty() ? registrar : get("registered_by");
        d.notes = get("notes");
        QList<RowError> rowErrors;
        const QString date = get("registered_on");
        d.registeredOn = date.isEmpty() ? today : parseDate(date);
        if (!d.registeredOn.isValid())
            rowErrors << RowError{rowNo, header(QStringLiteral("registered_on")),
                                  tr("\"%1\" is not a date (write 2024-09-01).").arg(date)};
        for (const FieldError& e : DeviceRules::validate(d))
            rowErrors << RowError{rowNo, header(e.field), e.message};
        const QString user = get("user");
        if (!user.isEmpty()) {
            const QList<PersonRecord> same = people.values(user);
            const PersonRecord* match = nullptr;
            for (const PersonRecord& p : same)
                if (!match || (p.department == d.department && match->department != d.department))
                    match = &p;
            if (match) {
                d.userId = match->id;
            } else {
                const QString key = user + u'|' + d.department;
                QString& id = added[key];
                if (id.isEmpty()) {
                    id = RecordWriter::newId();
                    PersonRecord p;
                    p.id = id;
                    p.name = user;
                    p.department = d.department;
                    plan.newPeople << p;
                }
                d.userId = id;
            }
            d.userName = user;
        }
        if (!rowErrors.isEmpty()) {
            plan.errors << rowErrors;
            ++plan.badRows;
            continue;
        }
        plan.devices << std::move(d);
        plan.deviceRows << rowNo;
    }
    return plan;
}

Status DeviceImport::commit(const Plan& plan, bool skipBadRows, const Progress& progress) const
{
    if (plan.badRows > 0 && !skipBadRows)
        return Error{Error::InvalidInput,
                     tr("%n row(s) have errors; nothing was imported. Fix them or choose to skip bad rows.", nullptr,
                        plan.badRows)};
    // Only people that a written device points at are added.
    QSet<QString> used;
    for (const DeviceRecord& d : plan.devices)
        used.insert(d.userId);
    return m_store.write([&]() -> Status {
        PersonRepository people(m_store);
        for (const PersonRecord& p : plan.newPeople) {
            if (!used.contains(p.id))
                continue;
            if (auto id = people.add(p); !id)
                return id.error();
        }
        return DeviceRepository(m_store).addMany(plan.devices, progress);
    });
}

} // namespace csl
