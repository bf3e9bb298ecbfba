// A finding (发现/待办): something wrong or due, reported by a module.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace csl {

/// @brief What needs action, with the rule it comes from, a severity and a deadline.
struct Finding
{
    enum class Severity { Info = 0, Warning = 1, Critical = 2 };

    QString ruleId;   ///< e.g. "R-DEV-2"
    QString moduleId; ///< the module that reports it
    QString recordId; ///< the record it concerns, empty if none
    Severity severity = Severity::Warning;
    QDateTime deadline; ///< local time; invalid when none (the incident clock counts minutes)
    QString title;    ///< translated, one line
    QString detail;   ///< translated, what to do
    QVariantMap data; ///< what the finding is about ({"ip": …, "mac": …}), so no one parses it back from the title

    static QString severityName(Severity s);
    /// The last minute of @p day: the deadline of something due "by" that day.
    static QDateTime endOfDay(const QDate& day) { return day.isValid() ? QDateTime(day, QTime(23, 59)) : QDateTime(); }
    QJsonObject toJson() const;
};

/// Sorts by deadline (soonest first, none last), then severity (worst first), then title.
void sortFindings(QList<Finding>& findings);

} // namespace csl
