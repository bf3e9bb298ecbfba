// "Now" for every rule: the system clock, or a fixed moment (tests, `findings --at`).
#pragma once

#include <QDate>
#include <QDateTime>

namespace csl {

/**
 * @brief The one source of the current time for findings and rules, so a test or the command line can ask
 * what is due or overdue at any moment. Set a fixed moment before any worker thread reads it.
 */
class Clock final
{
public:
    /// The current local date and time, or the fixed moment.
    static QDateTime now();
    /// now()'s date.
    static QDate today();
    /// From now on, now() answers @p at (local time); an invalid @p at returns to the system clock.
    static void setFixed(const QDateTime& at);
    static bool isFixed();
};

} // namespace csl
