#include "DeviceForm.h"

namespace csl {

ReportDocument DeviceForm::make(const QString& schoolName, const QList<DeviceRecord>& devices)
{
    ReportDocument doc(tr("IP/MAC register form"));
    doc.setSchoolName(schoolName);
    doc.setLandscape(true);
    QString html = QStringLiteral("<p>%1</p>").arg(ReportDocument::escape(
        tr("School: %1    Devices: %2").arg(schoolName).arg(devices.size())));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString& h : {tr("No."), tr("IP address"), tr("MAC address"), tr("User"), tr("Department"),
                             tr("Location"), tr("Device type"), tr("Hostname"), tr("Asset tag"), tr("Registered by"),
                             tr("Registration date")})
        html += QStringLiteral("<th>%1</th>").arg(ReportDocument::escape(h));
    html += QStringLiteral("</tr>");
    int n = 0;
    for (const DeviceRecord& d : devices) {
        html += QStringLiteral("<tr><td>%1</td>").arg(++n);
        for (const QString& c : {d.ip, d.mac, d.userName, d.department, d.location(), DeviceTypes::label(d.type),
                                 d.hostname, d.assetTag, d.registeredBy, d.registeredOn.toString(Qt::ISODate)})
            html += QStringLiteral("<td>%1</td>").arg(ReportDocument::escape(c));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    doc.setBodyHtml(html);
    doc.setSignatureLines({tr("Registered by"), tr("Network administrator"), tr("Head of information security")});
    return doc;
}

} // namespace csl
