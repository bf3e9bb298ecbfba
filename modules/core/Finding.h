// A finding (发现/待办): something wrong or due, reported by a module.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace csl {

/// @brief What needs action, with the rule it comes from, a severity and a deadline.
struct Finding
{
    enum class Severity { Info = 0, Warning = 1, Critical = 2 };

    QString ruleId;   ///< e.g. "R-DEV-2"
    QString moduleId; ///< the module that reports it
    QString recordId; ///< the record it concerns, empty if none
    Severity severity = Severity::Warning;
    QDate deadline;   ///< invalid when none
    QString title;    ///< translated, one line
    QString detail;   ///< translated, what to do

    static QString severityName(Severity s);
    QJsonObject toJson() const;
};

/// Sorts by deadline (soonest first, none last), then severity (worst first), then title.
void sortFindings(QList<Finding>& findings);

} // namespace csl
