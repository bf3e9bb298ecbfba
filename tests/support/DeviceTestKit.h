// Typed views of the device register's kit objects for tests: DeviceRecord in, DeviceRecord out.
#pragma once

#include "DeviceRecord.h"
#include "DeviceSchema.h"
#include "RegisterTableModel.h"

namespace csl::test {

/// The kit's records of @p devices.
inline QList<Record> toRecords(const QList<DeviceRecord>& devices)
{
    QList<Record> out;
    for (const DeviceRecord& d : devices)
        out << d.toRecord();
    return out;
}

/// The device shown in @p row of a device table.
inline DeviceRecord deviceAt(const RegisterTableModel& model, int row)
{
    return DeviceRecord::fromRecord(model.recordAt(row));
}

/// Every device the table holds.
inline QList<DeviceRecord> devicesOf(const RegisterTableModel& model)
{
    QList<DeviceRecord> out;
    for (const Record& r : model.records())
        out << DeviceRecord::fromRecord(r);
    return out;
}

/// The table column of @p key ("ip", "vendor", "location" …) in the device register.
inline int deviceColumn(const char* key)
{
    const QList<ColumnRef> cols = DeviceSchema::devices().columns(Listed);
    for (int c = 0; c < cols.size(); ++c)
        if (DeviceSchema::devices().columnKey(cols.at(c)) == QLatin1String(key))
            return c;
    return -1;
}

} // namespace csl::test
