// The data maker: a realistic demo school, or a district-sized database.
#pragma once

#include "Result.h"

#include <QString>

namespace csl {

class Workspace;

/**
 * @brief Fills a migrated workspace with a demo school in Chinese: staff in
 * departments and posts, buildings, subnets and devices. Deterministic for a
 * given seed, so tests and benchmarks see the same data each run.
 */
class DemoSchool final
{
public:
    struct Options
    {
        QString schoolName;   ///< default: 江苏省扬州市育才实验学校
        QString schoolCode;   ///< default: 3210000001
        QString officer;      ///< default: a generated name
        int devices = 300;    ///< district size: 100000
        quint32 seed = 20241128;
    };

    /// Writes the school's name, code and officer into the store's meta table.
    static Status writeSchoolInfo(Workspace& ws, const Options& options);
    /// Writes the school info, then people, subnets per building and devices, in one transaction.
    static Status build(Workspace& ws, const Options& options);
    /// People for a school of @p devices devices: about one per two devices, at least 40.
    static int peopleFor(int devices);
};

} // namespace csl
