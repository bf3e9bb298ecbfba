#include "Finding.h"

#include <QJsonObject>

#include <algorithm>

namespace csl {

QString Finding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{{QStringLiteral("rule"), ruleId},
                       {QStringLiteral("module"), moduleId},
                       {QStringLiteral("record"), recordId},
                       {QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("deadline"), deadline.isValid() ? deadline.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString()},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("detail"), detail}};
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), QJsonObject::fromVariantMap(data));
    return o;
}

void sortFindings(QList<Finding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.deadline.isValid() != b.deadline.isValid())
            return a.deadline.isValid();
        if (a.deadline != b.deadline)
            return a.deadline < b.deadline;
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.title < b.title;
    });
}

} // namespace csl
