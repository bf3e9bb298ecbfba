// Test support: a temporary encrypted database and a raw SQLCipher connection.
#pragma once

#include "Finding.h"
#include "Store.h"
#include "Workspace.h"

#include <QTemporaryDir>

#include <memory>

struct sqlite3;

namespace csl::test {

inline const QString kPassphrase = QStringLiteral("正确的口令 correct horse");

/// A fresh, migrated workspace in a temporary folder, keyed with the cheapest KDF.
class TempWorkspace
{
public:
    TempWorkspace();
    Workspace& ws() { return *m_ws; }
    Store& store() { return m_ws->store(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    /// Closes the workspace (the files stay until this object goes).
    void close() { m_ws.reset(); }
    bool isValid() const { return m_ws != nullptr; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
};

/// A connection that bypasses the application: libsqlcipher keyed by hand.
class RawConnection
{
public:
    RawConnection(const QString& path, const SecureBytes& key);
    ~RawConnection();
    Q_DISABLE_COPY_MOVE(RawConnection)
    /// Runs @p sql; returns SQLite's message on failure, an empty string on success.
    QString exec(const QString& sql);
    /// The first column of the first row of @p sql.
    QString scalar(const QString& sql);

private:
    sqlite3* m_db = nullptr;
};

/// All bytes of the database's files (main, -wal, -shm) concatenated.
QByteArray readAllFiles(const QString& dbPath);

/// Every field of every finding, one line each, in order: two lists are equal if these are.
QStringList findingLines(const QList<Finding>& findings);

} // namespace csl::test
