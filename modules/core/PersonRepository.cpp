#include "PersonRepository.h"

#include "Migration.h"

#include "RecordWriter.h"
#include "Store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace csl {

namespace {

QVariantMap toFields(const PersonRecord& p)
{
    return {{QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("staff_no"), p.staffNo.trimmed()},
            {QStringLiteral("department"), p.department.trimmed()},
            {QStringLiteral("post"), p.post.trimmed()},
            {QStringLiteral("phone"), p.phone.trimmed()}};
}

PersonRecord fromQuery(const QSqlQuery& q)
{
    PersonRecord p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.staffNo = q.value(2).toString();
    p.department = q.value(3).toString();
    p.post = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.deleted = !q.value(6).isNull();
    return p;
}

const QString kSelect = QStringLiteral("SELECT id, name, staff_no, department, post, phone, deleted_at FROM people");

} // namespace

QStringList PersonRepository::schemaSql()
{
    QStringList sql = registerTableSql(QStringLiteral("people"), QString::fromLatin1(module),
                                       QStringLiteral("name TEXT NOT NULL, staff_no TEXT, department TEXT, "
                                                      "post TEXT, phone TEXT"));
    sql << QStringLiteral("CREATE INDEX people_name ON people (name)");
    return sql;
}

QString PersonRepository::validate(const PersonRecord& p)
{
    if (p.name.trimmed().isEmpty())
        return tr("Name: a person must be registered under their real name (R-DEV-5).");
    static const QRegularExpression phone(QStringLiteral("^[0-9+\\- ]{5,20}$"));
    if (!p.phone.trimmed().isEmpty() && !phone.match(p.phone.trimmed()).hasMatch())
        return tr("Phone: \"%1\" is not a phone number.").arg(p.phone);
    return {};
}

Result<QString> PersonRepository::add(const PersonRecord& p)
{
    if (const QString why = validate(p); !why.isEmpty())
        return Error{Error::InvalidInput, why};
    QVariantMap fields = toFields(p);
    if (!p.id.isEmpty())
        fields.insert(QStringLiteral("id"), p.id);
    return RecordWriter(m_store).insert(QString::fromLatin1(module), QString::fromLatin1(table), fields);
}

Status PersonRepository::update(const PersonRecord& p)
{
    if (const QString why = validate(p); !why.isEmpty())
        return Error{Error::InvalidInput, why};
    return RecordWriter(m_store).update(QString::fromLatin1(module), QString::fromLatin1(table), p.id, toFields(p));
}

Status PersonRepository::remove(const QString& id)
{
    return RecordWriter(m_store).softDelete(QString::fromLatin1(module), QString::fromLatin1(table), id);
}

Result<PersonRecord> PersonRepository::find(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return Error{Error::NotFound, tr("Person %1 does not exist.").arg(id)};
}

QList<PersonRecord> PersonRepository::all(bool includeDeleted) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.exec(kSelect + (includeDeleted ? QString() : QStringLiteral(" WHERE deleted_at IS NULL"))
           + QStringLiteral(" ORDER BY department, name"));
    QList<PersonRecord> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

int PersonRepository::count() const
{
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM people WHERE deleted_at IS NULL")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace csl
