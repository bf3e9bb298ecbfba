// Printed forms and reports: HTML body, header with the school's name and date, page numbers, signature lines, CJK fonts.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace csl {

/**
 * @brief A printable document for every register (device form, journal, letters).
 *
 * Usage: ReportDocument doc(tr("IP/MAC register")); doc.setSchoolName(ws.schoolName());
 * doc.setBodyHtml(html); doc.setSignatureLines({tr("Registered by"), tr("Reviewed by")});
 * then writePdf(path), or render(printer) from a QPrintPreviewDialog. Each page carries
 * the school's name, the title and the date at the top and "page N of M" at the foot;
 * the signature lines follow the body. Fonts are named explicitly, because fallback
 * picks Japanese glyphs for Chinese: Noto Serif/Sans CJK SC on Linux, SimSun/FangSong/
 * Microsoft YaHei on Windows.
 */
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(csl::ReportDocument)
public:
    explicit ReportDocument(QString title);

    void setSchoolName(const QString& name) { m_school = name; }
    void setDate(const QDate& date) { m_date = date; }
    /// The body: an HTML subset QTextDocument understands (tables, headings, paragraphs).
    void setBodyHtml(const QString& html) { m_body = html; }
    /// Labels of the signature lines printed after the body ("Registered by" …).
    void setSignatureLines(const QStringList& labels) { m_signatures = labels; }
    void setLandscape(bool landscape) { m_landscape = landscape; }
    bool landscape() const { return m_landscape; }

    /// The serif family for official forms (first installed of the platform's list).
    static QString serifFamily();
    /// The sans family for tables and headers.
    static QString sansFamily();

    /// Paints every page on @p device (a QPdfWriter or a QPrinter); returns the page count.
    int render(QPagedPaintDevice* device) const;
    /// Writes an A4 PDF at @p path.
    Status writePdf(const QString& path) const;
    /// The full HTML (body and signature lines) as laid out.
    QString html() const;

    /// Escapes @p text for the body HTML.
    static QString escape(const QString& text);

private:
    QString m_title;
    QString m_school;
    QDate m_date = QDate::currentDate();
    QString m_body;
    QStringList m_signatures;
    bool m_landscape = false;
};

} // namespace csl
