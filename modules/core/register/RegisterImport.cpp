#include "RegisterImport.h"

#include "FieldValues.h"
#include "PeopleSchema.h"
#include "RecordWriter.h"
#include "RegisterRepository.h"
#include "Store.h"
#include "TableReader.h"

#include <QMultiHash>
#include <QSet>
#include <QSqlQuery>

namespace csl {

namespace {

QString headerKey(const QString& text)
{
    return text.trimmed().toLower().remove(u' ').remove(u'*').remove(u'＊');
}

struct Person
{
    QString id;
    QString department;
};

} // namespace

QStringList RegisterImport::targets() const
{
    QStringList out;
    for (const FieldDef& f : m_schema.fields())
        if (f.kind != FieldKind::SecretRef && !f.has(NotEdited))
            out << f.key;
    for (const ImportExtra& e : m_schema.importExtras())
        out << e.key;
    return out;
}

QString RegisterImport::targetForHeader(const QString& header) const
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return {};
    const auto matches = [&key, this](const QString& k, const char* label, const QStringList& aliases) {
        if (headerKey(k) == key || headerKey(m_schema.translate(label)) == key
            || m_schema.spellings(label).contains(key)) // a header in any language of ours
            return true;
        return std::any_of(aliases.cbegin(), aliases.cend(), [&key](const QString& a) { return headerKey(a) == key; });
    };
    for (const FieldDef& f : m_schema.fields())
        if (f.kind != FieldKind::SecretRef && !f.has(NotEdited) && matches(f.key, f.label, f.aliases))
            return f.key;
    for (const ImportExtra& e : m_schema.importExtras())
        if (matches(e.key, e.label, e.aliases))
            return e.key;
    return {};
}

RegisterImport::Mapping RegisterImport::guessMapping(const QStringList& header) const
{
    Mapping m;
    for (const QString& t : targets())
        m.insert(t, -1);
    for (int c = 0; c < header.size(); ++c) {
        const QString t = targetForHeader(header.at(c));
        if (!t.isEmpty() && m.value(t) < 0)
            m.insert(t, c);
    }
    return m;
}

QStringList RegisterImport::missingRequired(const Mapping& mapping) const
{
    QStringList out;
    for (const FieldDef& f : m_schema.fields())
        if (f.has(Required) && f.defaultValue.isEmpty() && !f.fill && mapping.value(f.key, -1) < 0)
            out << m_schema.translate(f.label);
    return out;
}

QString RegisterImport::RowError::format() const
{
    return tr("row %1, column %2: %3").arg(row).arg(column, message);
}

Result<TableData> RegisterImport::readFile(const QString& path)
{
    return TableReader::readFile(path);
}

RegisterImport::Plan RegisterImport::prepare(const TableData& table, const Mapping& mapping) const
{
    Plan plan;
    const QList<FieldDef>& fields = m_schema.fields();
    const FillContext context{FieldValues::cachedToday(),
                              m_store.meta(QStringLiteral("school.officer"), m_store.actor())};
    // People by name (R-DEV-5); a name twice in the directory is matched within the row's department.
    QMultiHash<QString, Person> people;
    if (!m_schema.personFields().isEmpty()) {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, name, department FROM people WHERE deleted_at IS NULL")))
            while (q.next())
                people.insert(q.value(1).toString(), Person{q.value(0).toString(), q.value(2).toString()});
    }
    const int department = m_schema.fieldIndex(QStringLiteral("department"));
    QHash<QString, QString> added; // name|department → new person id
    // Column of each field and extra, looked up once rather than per cell.
    QList<int> fieldColumn;
    for (const FieldDef& f : fields)
        fieldColumn << mapping.value(f.key, -1);
    QList<int> extraColumn;
    for (const ImportExtra& e : m_schema.importExtras())
        extraColumn << mapping.value(e.key, -1);
    const auto header = [&](const QString& key) {
        int c = mapping.value(key, -1);
        // A field filled by an extra ("building" from "location") is named by that column.
        for (int x = 0; c < 0 && x < extraColumn.size(); ++x)
            if (m_schema.importExtras().at(x).fills.contains(key))
                c = extraColumn.at(x);
        if (c >= 0 && c < table.header.size() && !table.header.at(c).isEmpty())
            return table.header.at(c);
        return m_schema.label(key);
    };
    plan.records.reserve(table.rows.size());
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& cells = table.rows.at(i);
        if (std::all_of(cells.cbegin(), cells.cend(), [](const QString& s) { return s.trimmed().isEmpty(); })) {
            ++plan.blankRows;
            continue;
        }
        const int rowNo = TableData::fileRow(i);
        Record r = m_schema.newRecord();
        for (int x = 0; x < extraColumn.size(); ++x)
            if (extraColumn.at(x) >= 0)
                m_schema.importExtras().at(x).apply(m_schema, r, table.cell(i, extraColumn.at(x)).trimmed());
        for (int f = 0; f < fields.size(); ++f) {
            if (fieldColumn.at(f) < 0)
                continue;
            const QString cell = table.cell(i, fieldColumn.at(f)).trimmed();
            if (!cell.isEmpty() || fields.at(f).defaultValue.isEmpty())
                r.values[f] = cell;
        }
        for (int f = 0; f < fields.size(); ++f)
            if (r.values.at(f).isEmpty() && fields.at(f).fill)
                r.values[f] = fields.at(f).fill(context);
        // Person fields hold a name in the file: matched or created after the other fields are read.
        QStringList personNames;
        for (int f : m_schema.personFields()) {
            personNames << r.values.at(f);
            r.values[f].clear();
        }
        QList<RowError> rowErrors;
        for (const FieldError& e : m_schema.validate(r, context.today))
            rowErrors << RowError{rowNo, header(e.field), e.message};
        for (int k = 0; k < m_schema.personFields().size(); ++k) {
            const int f = m_schema.personFields().at(k);
            const QString name = personNames.at(k);
            if (name.isEmpty())
                continue;
            const QString dept = department >= 0 ? r.values.at(department) : QString();
            const QList<Person> same = people.values(name);
            const Person* match = nullptr;
            for (const Person& p : same)
                if (!match || (p.department == dept && match->department != dept))
                    match = &p;
            if (match) {
                r.values[f] = match->id;
            } else {
                QString& id = added[name + u'|' + dept];
                if (id.isEmpty()) {
                    id = RecordWriter::newId();
                    plan.newPeople << NewPerson{id, name, dept};
                }
                r.values[f] = id;
            }
            m_schema.setPersonName(r, f, name);
        }
        if (!rowErrors.isEmpty()) {
            plan.errors << rowErrors;
            ++plan.badRows;
            continue;
        }
        r.id = RecordWriter::newId();
        plan.records << std::move(r);
        plan.recordRows << rowNo;
    }
    return plan;
}

Status RegisterImport::commit(const Plan& plan, bool skipBadRows, const Progress& progress) const
{
    if (plan.badRows > 0 && !skipBadRows)
        return Error{Error::InvalidInput,
                     tr("%n row(s) have errors; nothing was imported. Fix them or choose to skip bad rows.", nullptr,
                        plan.badRows)};
    // Only people that a written record points at are added.
    QSet<QString> used;
    for (const Record& r : plan.records)
        for (int f : m_schema.personFields())
            used.insert(r.values.value(f));
    return m_store.write([&]() -> Status {
        const RegisterSchema& peopleSchema = PeopleSchema::schema();
        RegisterRepository people(m_store, peopleSchema);
        for (const NewPerson& p : plan.newPeople) {
            if (!used.contains(p.id))
                continue;
            Record person = peopleSchema.newRecord();
            person.id = p.id;
            peopleSchema.setValue(person, QStringLiteral("name"), p.name);
            peopleSchema.setValue(person, QStringLiteral("department"), p.department);
            if (auto id = people.add(person); !id)
                return id.error();
        }
        return RegisterRepository(m_store, m_schema).addMany(plan.records, progress);
    });
}

} // namespace csl
