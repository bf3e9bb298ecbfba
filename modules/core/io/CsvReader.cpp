#include "CsvReader.h"

#include "CsvWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace csl {

namespace {

/// UTF-16 without a byte-order mark: zero bytes at the odd (LE) or even (BE) offsets of ASCII text.
std::optional<QStringDecoder::Encoding> bomlessUtf16(const QByteArray& bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096);
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (bytes.at(i) == 0)
            ++(i % 2 == 0 ? even : odd);
    }
    if (odd * 4 >= n && even == 0)
        return QStringDecoder::Utf16LE;
    if (even * 4 >= n && odd == 0)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

/// No unpaired surrogate: Qt's UTF-16 decoder passes them through, and they cannot be written back.
bool wellFormed(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return false;
    }
    return true;
}

QString tried()
{
    return CsvReader::tr("UTF-8, UTF-8 with BOM, GB18030 (GBK), UTF-16 LE and UTF-16 BE");
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    const auto strict = [&](QStringDecoder::Encoding enc, const char* name, qsizetype skip) -> Result<QString> {
        // The byte-order mark is skipped here; a second one is text (a cell may begin with U+FEFF).
        QStringDecoder d(enc, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        QString text = d.decode(QByteArrayView(bytes).sliced(skip));
        const bool oddUtf16 = enc != QStringDecoder::Utf8 && (bytes.size() - skip) % 2 != 0;
        if (d.hasError() || oddUtf16 || text.contains(QChar(0)) || !wellFormed(text))
            return Error{Error::InvalidInput, tr("The text is marked as %1 but is not valid %1; encodings tried: %2.")
                                                  .arg(QLatin1String(name), tried())};
        if (encoding)
            *encoding = QString::fromLatin1(name);
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return strict(QStringDecoder::Utf8, "UTF-8 (BOM)", 3);
    if (bytes.startsWith("\xFF\xFE"))
        return strict(QStringDecoder::Utf16LE, "UTF-16 LE", 2);
    if (bytes.startsWith("\xFE\xFF"))
        return strict(QStringDecoder::Utf16BE, "UTF-16 BE", 2);
    if (const auto utf16 = bomlessUtf16(bytes))
        return strict(*utf16, *utf16 == QStringDecoder::Utf16LE ? "UTF-16 LE" : "UTF-16 BE", 0);
    if (!bytes.contains('\0')) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            if (encoding)
                *encoding = QStringLiteral("UTF-8");
            return text;
        }
        // Not UTF-8: Excel in China saves "CSV" in the ANSI code page, GBK; GB18030 reads all of GBK.
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        if (gb.isValid()) {
            text = gb.decode(bytes);
            if (!gb.hasError() && !text.contains(QChar::ReplacementCharacter)) {
                if (encoding)
                    *encoding = QStringLiteral("GB18030");
                return text;
            }
        }
    }
    return Error{Error::InvalidInput,
                 tr("The text cannot be decoded; encodings tried: %1. Save it from the spreadsheet as \"CSV UTF-8\" "
                    "or \"Unicode text\".")
                     .arg(tried())};
}

QList<QStringList> CsvReader::split(const QString& text, QChar delimiter)
{
    if (delimiter.isNull()) {
        // Count the candidates on the first line outside quotes: a quoted "a;b;c" says nothing.
        qsizetype comma = 0, semicolon = 0, tab = 0;
        bool inQuotes = false;
        for (QChar c : QStringView(text)) {
            if (c == u'"')
                inQuotes = !inQuotes;
            else if (!inQuotes && (c == u'\n' || c == u'\r'))
                break;
            else if (!inQuotes && c == u',')
                ++comma;
            else if (!inQuotes && c == u';')
                ++semicolon;
            else if (!inQuotes && c == u'\t')
                ++tab;
        }
        delimiter = u',';
        if (semicolon > comma && semicolon >= tab)
            delimiter = u';';
        else if (tab > comma && tab > semicolon)
            delimiter = u'\t';
    }
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == delimiter) {
            row << cell;
            cell.clear();
            cellStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            cell.clear();
            cellStarted = false;
            rows << row;
            row.clear();
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    // Blank lines at the end are not rows; those between rows stay, so row numbers match the file.
    const auto blank = [](const QStringList& r) {
        return std::all_of(r.cbegin(), r.cend(), [](const QString& s) { return s.trimmed().isEmpty(); });
    };
    while (!rows.isEmpty() && blank(rows.last()))
        rows.removeLast();
    return rows;
}

bool CsvReader::readsSuffix(const QString& suffix)
{
    const QString s = suffix.toLower();
    return s == u"csv" || s == u"tsv" || s == u"txt";
}

Result<TableData> CsvReader::parse(const QByteArray& bytes, QChar delimiter)
{
    TableData t;
    auto text = decode(bytes, &t.encoding);
    if (!text)
        return text.error();
    QList<QStringList> rows = split(*text, delimiter);
    if (rows.isEmpty())
        return Error{Error::InvalidInput, tr("The file holds no rows.")};
    for (QString& h : rows.first())
        h = h.trimmed();
    // CsvWriter wrote '=… for a cell beginning with a formula character: the cell itself is =….
    for (QStringList& r : rows) {
        for (QString& c : r) {
            if (c.size() > 1 && c.front() == u'\'' && CsvWriter::startsFormula(QStringView(c).mid(1)))
                c.remove(0, 1);
        }
    }
    t.header = rows.takeFirst();
    t.rows = std::move(rows);
    return t;
}

Result<TableData> CsvReader::readFile(const QString& path, QChar delimiter)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Io, tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString())};
    // A register of 100,000 rows is about 20 MB; far larger is not a register and would exhaust memory.
    constexpr qint64 maxBytes = 256LL * 1024 * 1024;
    if (f.size() > maxBytes)
        return Error{Error::InvalidInput, tr("%1 is %2 MB; files over %3 MB are not read.")
                                              .arg(QFileInfo(path).fileName())
                                              .arg(f.size() / (1024 * 1024))
                                              .arg(maxBytes / (1024 * 1024))};
    auto t = parse(f.readAll(), delimiter);
    if (!t)
        return Error{t.error().code, tr("%1: %2").arg(QFileInfo(path).fileName(), t.error().message)};
    return t;
}

} // namespace csl
