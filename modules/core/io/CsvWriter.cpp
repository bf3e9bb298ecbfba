#include "CsvWriter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

namespace csl {

QString CsvWriter::quote(const QString& cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r')
        && !cell.contains(u';') && !cell.startsWith(u' ') && !cell.endsWith(u' '))
        return cell;
    QString q = cell;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QByteArray CsvWriter::toBytes(const TableData& table, Encoding encoding)
{
    QString text;
    const auto line = [&text](const QStringList& cells) {
        QStringList q;
        q.reserve(cells.size());
        for (const QString& c : cells)
            q << quote(c);
        text += q.join(u',');
        text += QStringLiteral("\r\n");
    };
    if (!table.header.isEmpty())
        line(table.header);
    for (const QStringList& r : table.rows)
        line(r);
    if (encoding == Encoding::Gb18030) {
        QStringEncoder gb("GB18030");
        if (gb.isValid())
            return gb.encode(text);
    }
    QByteArray out = encoding == Encoding::Utf8Bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return out + text.toUtf8();
}

Status CsvWriter::writeFile(const QString& path, const TableData& table, Encoding encoding)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toBytes(table, encoding)) < 0 || !f.commit())
        return Error{Error::Io, tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), f.errorString())};
    return {};
}

} // namespace csl
