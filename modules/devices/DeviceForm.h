// The printed IP/MAC register form (IP/MAC 登记表): one row per device, signature lines.
#pragma once

#include <QCoreApplication>

#include "DeviceRecord.h"
#include "ReportDocument.h"

namespace csl {

/// @brief Builds the register form for a school's devices, ready for preview, printer or PDF.
class DeviceForm final
{
    Q_DECLARE_TR_FUNCTIONS(csl::DeviceForm)
public:
    static ReportDocument make(const QString& schoolName, const QList<DeviceRecord>& devices);
};

} // namespace csl
