#include "TempStore.h"

#include "sql/CipherSettings.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <QFile>

namespace csl::test {

TempWorkspace::TempWorkspace() : m_path(m_dir.filePath(QStringLiteral("school.cldb")))
{
    auto store = Store::create(m_path, kPassphrase, KdfParams::cheapForTests());
    if (!store) {
        qWarning("TempWorkspace: %s", qPrintable(store.error().message));
        return;
    }
    (*store)->setActor(QStringLiteral("测试员"));
    m_ws = std::make_unique<Workspace>(std::move(*store));
    if (Status st = m_ws->migrate(); !st) {
        qWarning("TempWorkspace: %s", qPrintable(st.error().message));
        m_ws.reset();
    }
}

RawConnection::RawConnection(const QString& path, const SecureBytes& key)
{
    sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    const QByteArray k = "x'" + key.toHex().toLatin1() + "'";
    sqlite3_key(m_db, k.constData(), int(k.size()));
    cipher::apply(m_db);
}

RawConnection::~RawConnection()
{
    sqlite3_close_v2(m_db);
}

QString RawConnection::exec(const QString& sql)
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "error");
        sqlite3_free(err);
        return msg;
    }
    return {};
}

QString RawConnection::scalar(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return out;
}

QByteArray readAllFiles(const QString& dbPath)
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(dbPath + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QStringList findingLines(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                   .arg(f.ruleId, f.moduleId, f.recordId, Finding::severityName(f.severity),
                        f.deadline.toString(Qt::ISODate), f.title, f.detail);
    return out;
}

} // namespace csl::test
