#include "DemoNames.h"

namespace csl::demo {

namespace {

QStringList split(const char* utf8)
{
    return QString::fromUtf8(utf8).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

const QStringList& surnames()
{
    static const QStringList s = split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 "
                                       "邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 "
                                       "谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 "
                                       "史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马 诸葛");
    return s;
}

const QStringList& givenNameChars()
{
    static const QStringList s = split("伟 芳 娜 秀 英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 桂 英 华 "
                                       "建 国 文 辉 玲 婷 宇 浩 鑫 欣 怡 子 涵 梓 轩 晨 雨 思 佳 嘉 俊 博 瑞 睿 "
                                       "晓 春 红 梅 兰 海 燕 志 宏 新 林 峰 斌 丹 蕾 琳 颖 慧 雪 倩 璐 悦 昊 天 "
                                       "一 诺 然 泽 铭 逸 航 凯 清 宁 安 和 振 东 鹏 飞 永 健");
    return s;
}

const QStringList& departments()
{
    static const QStringList s = split("校长办公室 党政办公室 教务处 德育处 总务处 信息中心 安全保卫处 财务室 "
                                       "语文教研组 数学教研组 英语教研组 物理教研组 化学教研组 生物教研组 "
                                       "政史地教研组 体育组 艺术组 信息技术组 图书馆 心理健康中心 校医室 团委");
    return s;
}

const QStringList& posts()
{
    static const QStringList s = split("教师 班主任 教研组长 年级主任 副校长 校长 主任 干事 网络管理员 "
                                       "会计 出纳 校医 图书管理员 实验员 保安 后勤");
    return s;
}

const QStringList& buildings()
{
    static const QStringList s = split("行政楼 教学楼A 教学楼B 教学楼C 实验楼 图书馆 体育馆 艺术楼 食堂 学生宿舍 "
                                       "教师公寓 报告厅");
    return s;
}

QString personName(QRandomGenerator& rng)
{
    QString name = pick(rng, surnames()) + pick(rng, givenNameChars());
    if (rng.bounded(100) < 65)
        name += pick(rng, givenNameChars());
    return name;
}

QString mobile(QRandomGenerator& rng)
{
    // Yangzhou's area code, then a local number that begins with 0: no subscriber number in China starts
    // with 0 (it is the trunk prefix), so the demo never prints a number that reaches a real person.
    return QStringLiteral("0514-0%1").arg(rng.bounded(10000000), 7, 10, QLatin1Char('0'));
}

} // namespace csl::demo
