#include "sql/SqlCipherResult.h"

#include "sql/SqlCipherDriver.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

namespace csl {

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver) {}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
}

sqlite3* SqlCipherResult::db() const
{
    return static_cast<const SqlCipherDriver*>(driver())->connection();
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_cache.clear();
    m_current.clear();
    m_record.clear();
    m_done = false;
    m_firstStepped = false;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
}

namespace {

bool onlySeparators(const char* p, const char* end)
{
    for (; p < end; ++p) {
        if (*p != ';' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            return false;
    }
    return true;
}

} // namespace

bool SqlCipherResult::reset(const QString& query)
{
    // A plain query; a script of several statements runs each in turn and the
    // last one becomes the result.
    if (!driver() || !driver()->isOpen() || driver()->isOpenError())
        return false;
    const QByteArray utf8 = query.toUtf8();
    const char* p = utf8.constData();
    const char* const end = p + utf8.size();
    for (;;) {
        const char* tail = nullptr;
        if (!prepareRaw(p, int(end - p), &tail))
            return false;
        if (!m_stmt)
            return true; // nothing but separators was left
        const bool last = !tail || onlySeparators(tail, end);
        if (!exec())
            return false;
        if (last)
            return true;
        p = tail;
    }
}

bool SqlCipherResult::prepareRaw(const char* sql, int size, const char** tail)
{
    finalize();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    const int rc = sqlite3_prepare_v2(db(), sql, size, &m_stmt, tail);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(db(), QStringLiteral("Unable to prepare statement"), QSqlError::StatementError, rc));
        finalize();
        return false;
    }
    return true;
}

bool SqlCipherResult::prepare(const QString& query)
{
    if (!driver() || !driver()->isOpen() || driver()->isOpenError())
        return false;
    const QByteArray utf8 = query.toUtf8();
    if (!prepareRaw(utf8.constData(), int(utf8.size()), nullptr))
        return false;
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"), QStringLiteral("empty statement"),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QVariantList values = boundValues();
    const int count = sqlite3_bind_parameter_count(m_stmt);
    if (count != values.size()) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch"),
                               QStringLiteral("statement has %1 placeholders, %2 values bound")
                                   .arg(count)
                                   .arg(values.size()),
                               QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const QVariant& v = values.at(i);
        const int idx = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, idx);
        } else {
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
            case QMetaType::Long:
                rc = sqlite3_bind_int64(m_stmt, idx, v.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(m_stmt, idx, qint64(v.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, idx, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray ba = v.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, idx, ba.constData(), int(ba.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray s = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text(m_stmt, idx, s.constData(), int(s.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDate: {
                const QByteArray s = v.toDate().toString(Qt::ISODate).toUtf8();
                rc = sqlite3_bind_text(m_stmt, idx, s.constData(), int(s.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QTime: {
                const QByteArray s = v.toTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text(m_stmt, idx, s.constData(), int(s.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray s = v.toString().toUtf8();
                rc = sqlite3_bind_text(m_stmt, idx, s.constData(), int(s.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setLastError(sqliteError(db(), QStringLiteral("Unable to bind value %1").arg(idx),
                                     QSqlError::StatementError, rc));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (lastQuery().trimmed().isEmpty() || !prepare(lastQuery()))
            return false;
        if (!m_stmt)
            return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_cache.clear();
    m_current.clear();
    m_done = false;
    m_firstStepped = false;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!bindAll())
        return false;

    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_firstStepped = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
    } else {
        setLastError(sqliteError(db(), QStringLiteral("Unable to execute statement"), QSqlError::StatementError, rc));
        sqlite3_reset(m_stmt);
        return false;
    }
    const int cols = sqlite3_column_count(m_stmt);
    setSelect(cols > 0);
    m_rowsAffected = cols > 0 ? -1 : sqlite3_changes(db());
    buildRecord();
    if (m_firstStepped) {
        m_current.resize(cols);
        for (int c = 0; c < cols; ++c)
            m_current[c] = columnValue(c);
    }
    setActive(true);
    return true;
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    const int cols = sqlite3_column_count(m_stmt);
    for (int c = 0; c < cols; ++c) {
        const char* decl = sqlite3_column_decltype(m_stmt, c);
        QMetaType type(QMetaType::QString);
        const QString d = decl ? QString::fromUtf8(decl).toUpper() : QString();
        if (d.contains(u"INT"))
            type = QMetaType(QMetaType::LongLong);
        else if (d.contains(u"REAL") || d.contains(u"FLOA") || d.contains(u"DOUB"))
            type = QMetaType(QMetaType::Double);
        else if (d.contains(u"BLOB"))
            type = QMetaType(QMetaType::QByteArray);
        else if (d.isEmpty() && m_firstStepped) {
            switch (sqlite3_column_type(m_stmt, c)) {
            case SQLITE_INTEGER: type = QMetaType(QMetaType::LongLong); break;
            case SQLITE_FLOAT: type = QMetaType(QMetaType::Double); break;
            case SQLITE_BLOB: type = QMetaType(QMetaType::QByteArray); break;
            default: break;
            }
        }
        const char* table = sqlite3_column_table_name(m_stmt, c);
        QSqlField f(QString::fromUtf8(sqlite3_column_name(m_stmt, c)), type,
                    table ? QString::fromUtf8(table) : QString());
        m_record.append(f);
    }
}

QVariant SqlCipherResult::columnValue(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, col)));
    case SQLITE_FLOAT:
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt64)
            return QVariant(qlonglong(sqlite3_column_int64(m_stmt, col)));
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return QVariant(int(sqlite3_column_int(m_stmt, col)));
        return QVariant(sqlite3_column_double(m_stmt, col));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, col)),
                                   sqlite3_column_bytes(m_stmt, col)));
    case SQLITE_NULL:
        return QVariant(m_record.field(col).metaType());
    default:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col)),
                                          sqlite3_column_bytes(m_stmt, col)));
    }
}

bool SqlCipherResult::stepRow()
{
    if (m_done || !m_stmt)
        return false;
    if (m_firstStepped) {
        m_firstStepped = false; // m_current already holds the first row
        return true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        const int cols = sqlite3_column_count(m_stmt);
        m_current.resize(cols);
        for (int c = 0; c < cols; ++c)
            m_current[c] = columnValue(c);
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE)
        setLastError(sqliteError(db(), QStringLiteral("Unable to fetch row"), QSqlError::StatementError, rc));
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlCipherResult::fetch(int i)
{
    if (!isActive() || !isSelect() || i < 0)
        return false;
    if (isForwardOnly()) {
        if (i < at())
            return false;
        while (at() < i) {
            if (!stepRow()) {
                setAt(QSql::AfterLastRow);
                return false;
            }
            setAt(at() < 0 ? 0 : at() + 1);
        }
        return true;
    }
    while (m_cache.size() <= i) {
        if (!stepRow())
            return false; // leave the position where it was, as QSqlQuery expects
        m_cache.append(m_current);
    }
    setAt(i);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        bool any = false;
        while (stepRow()) {
            any = true;
            setAt(at() < 0 ? 0 : at() + 1);
        }
        return any;
    }
    while (stepRow())
        m_cache.append(m_current);
    if (m_cache.isEmpty())
        return false;
    setAt(int(m_cache.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int i)
{
    const QVariantList& row = isForwardOnly() ? m_current : m_cache.value(at());
    if (at() < 0 || i < 0 || i >= row.size())
        return {};
    return row.at(i);
}

bool SqlCipherResult::isNull(int i)
{
    return data(i).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!db())
        return {};
    const qint64 id = sqlite3_last_insert_rowid(db());
    return id ? QVariant(qlonglong(id)) : QVariant();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue<void*>(m_stmt);
}

} // namespace csl
