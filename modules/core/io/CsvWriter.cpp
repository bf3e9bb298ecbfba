#include "CsvWriter.h"

#include <QFileInfo>
#include <QStringEncoder>

namespace csl {

namespace {

QByteArray encodeText(const QString& text, CsvWriter::Encoding encoding)
{
    if (encoding == CsvWriter::Encoding::Gb18030) {
        QStringEncoder gb("GB18030");
        if (gb.isValid())
            return gb.encode(text);
    }
    return text.toUtf8();
}

QByteArray bom(CsvWriter::Encoding encoding)
{
    return encoding == CsvWriter::Encoding::Utf8Bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

} // namespace

bool CsvWriter::startsFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CsvWriter::neutralise(const QString& cell)
{
    // A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(…), -2+cmd|…).
    return startsFormula(cell) ? u'\'' + cell : cell;
}

QString CsvWriter::quote(const QString& cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r') &&
        !cell.contains(u';') && !cell.contains(u'\t') && !cell.startsWith(u' ') && !cell.endsWith(u' '))
        return cell;
    QString q = cell;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString CsvWriter::line(const QStringList& cells)
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text += u',';
        text += quote(neutralise(cells.at(i)));
    }
    text += QStringLiteral("\r\n");
    return text;
}

QByteArray CsvWriter::toBytes(const TableData& table, Encoding encoding)
{
    QString text;
    if (!table.header.isEmpty())
        text += line(table.header);
    for (const QStringList& r : table.rows)
        text += line(r);
    return bom(encoding) + encodeText(text, encoding);
}

Status CsvWriter::writeFile(const QString& path, const TableData& table, Encoding encoding)
{
    CsvWriter w(path, encoding);
    if (!table.header.isEmpty()) {
        if (Status st = w.addRow(table.header); !st)
            return st;
    }
    for (const QStringList& r : table.rows) {
        if (Status st = w.addRow(r); !st)
            return st;
    }
    return w.commit();
}

CsvWriter::CsvWriter(const QString& path, Encoding encoding) : m_file(path), m_encoding(encoding)
{
    if (!m_file.open(QIODevice::WriteOnly) || m_file.write(bom(encoding)) < 0)
        m_status = Error{Error::Io, tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), m_file.errorString())};
}

CsvWriter::~CsvWriter() = default; // an uncommitted QSaveFile leaves the old file as it was

QByteArray CsvWriter::encode(const QString& text) const
{
    return encodeText(text, m_encoding);
}

Status CsvWriter::addRow(const QStringList& cells)
{
    if (m_status.ok() && m_file.write(encode(line(cells))) < 0)
        m_status = Error{Error::Io,
                         tr("Cannot write %1: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString())};
    return m_status;
}

Status CsvWriter::commit()
{
    if (!m_status)
        return m_status;
    if (!m_file.commit())
        return Error{Error::Io,
                     tr("Cannot write %1: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString())};
    return {};
}

} // namespace csl
