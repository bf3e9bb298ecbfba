#include "DeviceRecord.h"

#include <QHash>
#include <QHostAddress>

#include <limits>

namespace csl {

namespace {

// Words officers write in spreadsheets, mapped to keys. Chinese first: the files are Chinese.
const QHash<QString, QString>& typeWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        const auto add = [&w](const char* key, std::initializer_list<const char*> list) {
            for (const char* s : list)
                w.insert(QString::fromUtf8(s).toLower(), QString::fromLatin1(key));
        };
        add("desktop", {"desktop", "pc", "台式机", "台式电脑", "电脑", "计算机", "办公电脑"});
        add("laptop", {"laptop", "notebook", "笔记本", "笔记本电脑"});
        add("server", {"server", "服务器"});
        add("printer", {"printer", "打印机", "复印机", "一体机"});
        add("camera", {"camera", "ipc", "摄像头", "摄像机", "监控", "网络摄像机"});
        add("access_point", {"access point", "access_point", "ap", "无线ap", "无线接入点", "接入点"});
        add("switch", {"switch", "交换机"});
        add("phone", {"phone", "手机", "电话", "ip电话"});
        add("tablet", {"tablet", "pad", "ipad", "平板", "平板电脑"});
        add("other", {"other", "其他", "其它"});
        return w;
    }();
    return words;
}

const QHash<QString, QString>& statusWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        const auto add = [&w](const char* key, std::initializer_list<const char*> list) {
            for (const char* s : list)
                w.insert(QString::fromUtf8(s).toLower(), QString::fromLatin1(key));
        };
        add("in_use", {"in_use", "in use", "在用", "使用中", "正常"});
        add("spare", {"spare", "备用", "闲置"});
        add("retired", {"retired", "报废", "停用", "已报废"});
        return w;
    }();
    return words;
}

} // namespace

QString DeviceRecord::location() const
{
    if (room.isEmpty())
        return building;
    if (building.isEmpty())
        return room;
    return building + u' ' + room;
}

qint64 SubnetRecord::capacity() const
{
    const auto parsed = QHostAddress::parseSubnet(cidr);
    if (parsed.first.isNull())
        return 0;
    const int bits = parsed.first.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    const int hostBits = bits - parsed.second;
    if (hostBits >= 62)
        return std::numeric_limits<qint64>::max();
    const qint64 all = qint64(1) << hostBits;
    if (bits == 32 && hostBits >= 2)
        return all - 2; // network and broadcast addresses
    return all;
}

const QStringList& DeviceTypes::keys()
{
    static const QStringList k{QStringLiteral("desktop"), QStringLiteral("laptop"), QStringLiteral("server"),
                               QStringLiteral("printer"), QStringLiteral("camera"), QStringLiteral("access_point"),
                               QStringLiteral("switch"), QStringLiteral("phone"), QStringLiteral("tablet"),
                               QStringLiteral("other")};
    return k;
}

QString DeviceTypes::label(const QString& key)
{
    if (key == u"desktop") return tr("Desktop");
    if (key == u"laptop") return tr("Laptop");
    if (key == u"server") return tr("Server");
    if (key == u"printer") return tr("Printer");
    if (key == u"camera") return tr("Camera");
    if (key == u"access_point") return tr("Access point");
    if (key == u"switch") return tr("Switch");
    if (key == u"phone") return tr("Phone");
    if (key == u"tablet") return tr("Tablet");
    if (key == u"other") return tr("Other");
    return key;
}

QString DeviceTypes::fromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    if (auto it = typeWords().constFind(t); it != typeWords().cend())
        return *it;
    for (const QString& k : keys())
        if (label(k).toLower() == t)
            return k;
    return {};
}

const QStringList& DeviceStatuses::keys()
{
    static const QStringList k{QStringLiteral("in_use"), QStringLiteral("spare"), QStringLiteral("retired")};
    return k;
}

QString DeviceStatuses::label(const QString& key)
{
    if (key == u"in_use") return tr("In use");
    if (key == u"spare") return tr("Spare");
    if (key == u"retired") return tr("Retired");
    return key;
}

QString DeviceStatuses::fromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    if (auto it = statusWords().constFind(t); it != statusWords().cend())
        return *it;
    for (const QString& k : keys())
        if (label(k).toLower() == t)
            return k;
    return {};
}

} // namespace csl
