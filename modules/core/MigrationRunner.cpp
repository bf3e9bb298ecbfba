#include "MigrationRunner.h"

#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace csl {

QList<std::pair<QString, QString>> registerTriggerSql(const QString& table, const QString& module)
{
    const QString t = table;
    const QString m = module;
    return {
        // Every insert must point at the journal entry just written for it.
        {t + QStringLiteral("_journal_insert"),
         QStringLiteral("CREATE TRIGGER %1_journal_insert BEFORE INSERT ON %1 "
                        "WHEN NEW.journal_seq IS NOT (SELECT max(seq) FROM journal) "
                        "OR NOT EXISTS (SELECT 1 FROM journal WHERE seq = NEW.journal_seq AND module = '%2' "
                        "AND record_id = NEW.id AND op = 'insert') "
                        "BEGIN SELECT RAISE(FAIL, 'journal: a change to %1 without its journal entry'); END")
             .arg(t, m)},
        // Every update must point at a newer entry for the same record.
        {t + QStringLiteral("_journal_update"),
         QStringLiteral("CREATE TRIGGER %1_journal_update BEFORE UPDATE ON %1 "
                        "WHEN NEW.id IS NOT OLD.id OR NEW.journal_seq IS NOT (SELECT max(seq) FROM journal) "
                        "OR NEW.journal_seq <= OLD.journal_seq "
                        "OR NOT EXISTS (SELECT 1 FROM journal WHERE seq = NEW.journal_seq AND module = '%2' "
                        "AND record_id = NEW.id AND op IN ('update', 'delete', 'restore')) "
                        "BEGIN SELECT RAISE(FAIL, 'journal: a change to %1 without its journal entry'); END")
             .arg(t, m)},
        {t + QStringLiteral("_no_delete"),
         QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                        "BEGIN SELECT RAISE(FAIL, 'journal: rows of %1 are soft-deleted, never removed'); END")
             .arg(t)},
    };
}

QStringList registerTableSql(const QString& table, const QString& module, const QString& columns)
{
    QStringList sql{QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY NOT NULL, %2, created_at TEXT NOT NULL, "
                                   "updated_at TEXT NOT NULL, deleted_at TEXT, journal_seq INTEGER NOT NULL)")
                        .arg(table, columns)};
    for (const auto& [name, trigger] : registerTriggerSql(table, module))
        sql << trigger;
    sql << QStringLiteral("INSERT INTO register_tables (name, module) VALUES ('%1', '%2')").arg(table, module);
    return sql;
}

int MigrationRunner::appliedVersion(const QString& module) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations WHERE module = ?"));
    q.addBindValue(module);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status MigrationRunner::run(const QString& module, const QList<Migration>& migrations)
{
    QSqlDatabase db = m_store.database();
    QSqlQuery bootstrap(db);
    if (!bootstrap.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT NOT NULL, "
                                       "version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, "
                                       "PRIMARY KEY (module, version))")))
        return Error{Error::Migration, tr("Cannot record migrations: %1").arg(bootstrap.lastError().text())};

    const int applied = appliedVersion(module);
    for (const Migration& m : migrations) {
        if (m.version <= applied)
            continue;
        const auto fail = [&](const QString& why) {
            db.rollback();
            return Error{Error::Migration,
                         tr("Migration %1/%2 \"%3\" failed and was rolled back: %4").arg(module).arg(m.version).arg(m.name, why)};
        };
        if (!db.transaction())
            return Error{Error::Migration, tr("Migration %1/%2 \"%3\" could not start: %4")
                                               .arg(module)
                                               .arg(m.version)
                                               .arg(m.name, db.lastError().text())};
        QSqlQuery q(db);
        for (const QString& sql : m.statements) {
            if (!q.exec(sql))
                return fail(q.lastError().text());
        }
        if (m.apply) {
            const Status st = m.apply(db);
            if (!st)
                return fail(st.error().message);
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (module, version, name, applied_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(module);
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return fail(q.lastError().text());
        // user_version counts every migration applied, across modules.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) || !q.next())
            return fail(q.lastError().text());
        const int total = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(total)))
            return fail(q.lastError().text());
        if (!db.commit())
            return fail(db.lastError().text());
        m_store.schemaChanged();
    }
    return {};
}

} // namespace csl
