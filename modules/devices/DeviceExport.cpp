#include "DeviceExport.h"

#include "CsvWriter.h"
#include "DeviceRules.h"
#include "OuiTable.h"
#include "XlsxWriter.h"

#include <QFileInfo>

namespace csl {

QString DeviceExport::vendorHeader()
{
    return tr("Vendor (from MAC)");
}

TableData DeviceExport::toTable(const QList<DeviceRecord>& devices)
{
    TableData t;
    for (const char* f : {"ip", "mac", "vendor", "hostname", "type", "user", "department", "building", "room",
                          "asset_tag", "registered_by", "registered_on", "status", "notes"})
        t.header << (qstrcmp(f, "vendor") == 0 ? vendorHeader() : DeviceRules::fieldLabel(QString::fromLatin1(f)));
    t.rows.reserve(devices.size());
    for (const DeviceRecord& d : devices) {
        t.rows << QStringList{d.ip,
                              d.mac,
                              OuiTable::label(d.mac), // read-only: the importer maps no field to it
                              d.hostname,
                              DeviceTypes::label(d.type),
                              d.userName,
                              d.department,
                              d.building,
                              d.room,
                              d.assetTag,
                              d.registeredBy,
                              d.registeredOn.toString(Qt::ISODate),
                              DeviceStatuses::label(d.status),
                              d.notes};
    }
    return t;
}

DeviceExport::Format DeviceExport::formatFor(const QString& path)
{
    return QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0 ? Format::Xlsx : Format::Csv;
}

Status DeviceExport::write(const QString& path, Format format, const QList<DeviceRecord>& devices)
{
    const TableData t = toTable(devices);
    if (format == Format::Csv)
        return CsvWriter::writeFile(path, t);
    XlsxWriter w(path);
    if (Status st = w.addSheet(tr("IP-MAC register"), t.header); !st)
        return st;
    const QList<double> widths{16, 19, 28, 16, 10, 10, 14, 14, 8, 14, 10, 12, 8, 30};
    for (int c = 0; c < widths.size(); ++c)
        w.setColumnWidth(c, widths.at(c));
    for (const DeviceRecord& d : devices) {
        const QVariantList cells{d.ip,
                                 d.mac,
                                 OuiTable::label(d.mac),
                                 d.hostname,
                                 DeviceTypes::label(d.type),
                                 d.userName,
                                 d.department,
                                 d.building,
                                 d.room,
                                 d.assetTag,
                                 d.registeredBy,
                                 d.registeredOn.isValid() ? QVariant(d.registeredOn) : QVariant(),
                                 DeviceStatuses::label(d.status),
                                 d.notes};
        if (Status st = w.addRow(cells); !st)
            return st;
    }
    return w.close();
}

} // namespace csl
