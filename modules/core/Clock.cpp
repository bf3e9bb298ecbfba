#include "Clock.h"

#include <atomic>
#include <limits>

namespace csl {

namespace {

constexpr qint64 kReal = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_fixed{kReal}; ///< milliseconds since the epoch, or kReal

} // namespace

QDateTime Clock::now()
{
    const qint64 fixed = g_fixed.load(std::memory_order_relaxed);
    return fixed == kReal ? QDateTime::currentDateTime() : QDateTime::fromMSecsSinceEpoch(fixed);
}

QDate Clock::today()
{
    return now().date();
}

void Clock::setFixed(const QDateTime& at)
{
    g_fixed.store(at.isValid() ? at.toMSecsSinceEpoch() : kReal, std::memory_order_relaxed);
}

bool Clock::isFixed()
{
    return g_fixed.load(std::memory_order_relaxed) != kReal;
}

} // namespace csl
