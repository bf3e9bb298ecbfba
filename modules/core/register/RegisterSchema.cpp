#include "RegisterSchema.h"

#include "Catalogues.h"
#include "FieldValues.h"
#include "Migration.h"

namespace csl {

RegisterSchema::RegisterSchema(QString id, const char* context)
    : m_id(std::move(id)), m_context(context), m_module(m_id), m_table(m_id)
{
}

void RegisterSchema::setForm(const char* title, const QList<const char*>& signatures, bool landscape)
{
    m_formTitle = title;
    m_signatures = signatures;
    m_landscape = landscape;
}

QStringList RegisterSchema::signatureLines() const
{
    QStringList out;
    for (const char* s : m_signatures)
        out << translate(s);
    return out;
}

void RegisterSchema::addField(FieldDef field)
{
    if (field.kind == FieldKind::SecretRef)
        field.flags = (field.flags | NotExported) & ~(Searchable | Printed | Listed | Bulk);
    if (field.kind == FieldKind::Person)
        m_personFields << int(m_fields.size());
    // The words a choice is known by, normalised once: an import matches 100,000 cells against them.
    QHash<QString, QString>& words = m_choiceWords[field.key];
    for (const ChoiceDef& c : field.choices) {
        words.insert(c.key.toLower().remove(u' '), c.key);
        words.insert(QString::fromUtf8(c.label).toLower().remove(u' '), c.key);
        for (const QString& a : c.aliases)
            words.insert(a.toLower().remove(u' '), c.key);
    }
    m_fields << std::move(field);
}

void RegisterSchema::addComputed(ComputedColumn column)
{
    m_computed << std::move(column);
}

void RegisterSchema::addImportExtra(ImportExtra extra)
{
    m_extras << std::move(extra);
}

void RegisterSchema::setStatus(const QString& field, const QList<QPair<QString, QString>>& transitions)
{
    m_statusField = field;
    m_transitions = transitions;
}

bool RegisterSchema::canTransition(const QString& from, const QString& to) const
{
    if (from == to)
        return true;
    for (const auto& [a, b] : m_transitions)
        if ((a.isEmpty() || a == from) && b == to)
            return true;
    return false;
}

void RegisterSchema::setParent(const QString& parent, const QString& parentField)
{
    m_parent = parent;
    m_parentField = parentField;
}

int RegisterSchema::fieldIndex(const QString& key) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i).key == key)
            return i;
    return -1;
}

const FieldDef* RegisterSchema::field(const QString& key) const
{
    const int i = fieldIndex(key);
    return i < 0 ? nullptr : &m_fields.at(i);
}

QString RegisterSchema::translate(const char* text) const
{
    return QCoreApplication::translate(m_context, text);
}

QString RegisterSchema::label(const QString& key) const
{
    if (const FieldDef* f = field(key))
        return translate(f->label);
    for (const ComputedColumn& c : m_computed)
        if (c.key == key)
            return translate(c.label);
    for (const ImportExtra& e : m_extras)
        if (e.key == key)
            return translate(e.label);
    return key;
}

QStringList RegisterSchema::spellings(const char* text) const
{
    QStringList out;
    for (const QString& t : allTranslations(m_context, text))
        out << t.toLower().remove(u' ');
    return out;
}

QString RegisterSchema::choiceLabel(const FieldDef& f, const QString& key) const
{
    for (const ChoiceDef& c : f.choices)
        if (c.key == key)
            return translate(c.label);
    return key;
}

QList<ColumnRef> RegisterSchema::columns(FieldFlag flag) const
{
    const auto wanted = [flag](int flags) {
        return flag == NotExported ? !(flags & NotExported) : (flags & flag) != 0;
    };
    QList<ColumnRef> out;
    const auto addComputedAfter = [&](const QString& key) {
        for (int c = 0; c < m_computed.size(); ++c)
            if (m_computed.at(c).after == key && wanted(m_computed.at(c).flags))
                out << ColumnRef{-1, c};
    };
    addComputedAfter(QString());
    for (int i = 0; i < m_fields.size(); ++i) {
        if (wanted(m_fields.at(i).flags))
            out << ColumnRef{i, -1};
        addComputedAfter(m_fields.at(i).key);
    }
    return out;
}

QString RegisterSchema::columnKey(const ColumnRef& c) const
{
    return c.field >= 0 ? m_fields.at(c.field).key : m_computed.at(c.computed).key;
}

QString RegisterSchema::columnLabel(const ColumnRef& c) const
{
    return translate(c.field >= 0 ? m_fields.at(c.field).label : m_computed.at(c.computed).label);
}

QString RegisterSchema::columnText(const ColumnRef& c, const Record& r) const
{
    if (c.field >= 0)
        return displayText(c.field, r);
    const ComputedColumn& col = m_computed.at(c.computed);
    return col.text ? col.text(*this, r) : QString();
}

QString RegisterSchema::displayText(int field, const Record& r) const
{
    const FieldDef& f = m_fields.at(field);
    const QString v = r.values.value(field);
    switch (f.kind) {
    case FieldKind::Choice: return v.isEmpty() ? v : choiceLabel(f, v);
    case FieldKind::Person: return personName(r, field);
    case FieldKind::YesNo: return v.isEmpty() ? v : (v == u"1" ? tr("Yes") : tr("No"));
    case FieldKind::DateTime: return QString(v).replace(u'T', u' ');
    case FieldKind::SecretRef: return v.isEmpty() ? QString() : tr("(set)");
    default: return v;
    }
}

QString RegisterSchema::value(const Record& r, const QString& key) const
{
    const int i = fieldIndex(key);
    return i < 0 ? QString() : r.values.value(i);
}

void RegisterSchema::setValue(Record& r, const QString& key, const QString& value) const
{
    if (const int i = fieldIndex(key); i >= 0 && i < r.values.size())
        r.values[i] = value;
}

QString RegisterSchema::personName(const Record& r, int field) const
{
    const int k = int(m_personFields.indexOf(field));
    return k < 0 ? QString() : r.values.value(m_fields.size() + k);
}

void RegisterSchema::setPersonName(Record& r, int field, const QString& name) const
{
    const int k = int(m_personFields.indexOf(field));
    if (k >= 0 && m_fields.size() + k < r.values.size())
        r.values[m_fields.size() + k] = name;
}

Record RegisterSchema::newRecord() const
{
    Record r;
    r.values.reserve(m_fields.size() + m_personFields.size());
    for (const FieldDef& f : m_fields)
        r.values << f.defaultValue;
    for (qsizetype k = 0; k < m_personFields.size(); ++k)
        r.values << QString();
    return r;
}

QString RegisterSchema::describe(const Record& r) const
{
    if (m_describe)
        return m_describe(*this, r);
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i).has(Required) && !r.values.value(i).isEmpty())
            return displayText(i, r);
    return r.id;
}

std::optional<QString> RegisterSchema::normalise(const FieldDef& f, const QString& text, QString* why) const
{
    // Trimmed, not simplified: spaces inside a value are the officer's, and an import trims 100,000 rows.
    const QString t = text.trimmed();
    const auto fail = [&](const QString& reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (t.isEmpty())
        return QString();
    switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::LongText: {
        const int max = f.maxLength > 0 ? f.maxLength : (f.kind == FieldKind::Text ? 200 : 4000);
        if (t.size() > max)
            return fail(tr("is longer than %n character(s).", nullptr, max));
        return t;
    }
    case FieldKind::Choice: {
        const auto words = m_choiceWords.constFind(f.key);
        if (words != m_choiceWords.cend()) // most cells are a key or an alias as written: no copy made
            if (const auto it = words->constFind(t); it != words->cend())
                return *it;
        const QString key = t.toLower().remove(u' ');
        if (words != m_choiceWords.cend())
            if (const auto it = words->constFind(key); it != words->cend())
                return *it;
        for (const ChoiceDef& c : f.choices) // the label in the user's language, or in another one (an export's)
            if (translate(c.label).toLower().remove(u' ') == key || spellings(c.label).contains(key))
                return c.key;
        QStringList names;
        for (const ChoiceDef& c : f.choices)
            names << translate(c.label);
        const QString separator = tr(", ");
        return fail(tr("\"%1\" is not one of: %2.").arg(t, names.join(separator)));
    }
    case FieldKind::Date: {
        const QDate d = FieldValues::parseDate(t);
        if (!d.isValid())
            return fail(tr("\"%1\" is not a date (write 2024-09-01).").arg(t));
        return d.toString(Qt::ISODate);
    }
    case FieldKind::DateTime: {
        const QDateTime d = FieldValues::parseDateTime(t);
        if (!d.isValid())
            return fail(tr("\"%1\" is not a date and time (write 2024-09-01 08:30).").arg(t));
        return d.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    }
    case FieldKind::Ip: {
        const QString ip = FieldValues::normaliseIp(t);
        if (ip.isEmpty())
            return fail(tr("\"%1\" is not an IPv4 or IPv6 host address.").arg(t));
        return ip;
    }
    case FieldKind::Mac: {
        const QString mac = FieldValues::normaliseMac(t);
        if (mac.isEmpty())
            return fail(tr("\"%1\" is not a MAC address (write it as aa:bb:cc:dd:ee:ff, AA-BB-CC-DD-EE-FF, "
                           "aabb.ccdd.eeff or aabbccddeeff).")
                            .arg(t));
        if (mac == u"00:00:00:00:00:00" || mac == u"ff:ff:ff:ff:ff:ff")
            return fail(tr("%1 is not the address of a device.").arg(mac));
        if (mac.left(2).toInt(nullptr, 16) & 0x01)
            return fail(tr("%1 is a multicast address, not the address of a device.").arg(mac));
        return mac;
    }
    case FieldKind::Number: {
        bool ok = false;
        const qlonglong n = t.toLongLong(&ok);
        if (!ok)
            return fail(tr("\"%1\" is not a whole number.").arg(t));
        return QString::number(n);
    }
    case FieldKind::YesNo: {
        const QString v = FieldValues::parseYesNo(t);
        if (v.isEmpty())
            return fail(tr("\"%1\" is neither yes nor no (write 是 or 否).").arg(t));
        return v;
    }
    case FieldKind::Person:
    case FieldKind::SecretRef: return t;
    }
    return t;
}

QList<FieldError> RegisterSchema::validate(Record& r, const QDate& today) const
{
    QList<FieldError> errors;
    while (r.values.size() < m_fields.size() + m_personFields.size())
        r.values << QString();
    for (int i = 0; i < m_fields.size(); ++i) {
        const FieldDef& f = m_fields.at(i);
        QString why;
        const auto v = normalise(f, r.values.at(i), &why);
        if (!v) {
            errors << FieldError{f.key, why};
            continue;
        }
        r.values[i] = *v;
        if (v->isEmpty() && f.has(Required)) {
            errors << FieldError{f.key, tr("%1 is required.").arg(translate(f.label))};
            continue;
        }
        if (f.kind == FieldKind::Date && !v->isEmpty() && today.isValid()
            && QDate::fromString(*v, Qt::ISODate) > today.addDays(1) && f.check == nullptr)
            errors << FieldError{f.key, tr("The date %1 is in the future.").arg(*v)};
        else if (f.check && !v->isEmpty())
            if (const QString bad = f.check(*v); !bad.isEmpty())
                errors << FieldError{f.key, bad};
    }
    if (m_validator) {
        // The register's own rules see normalised values; a field already wrong is not reported twice.
        for (const FieldError& e : m_validator(*this, r)) {
            const bool known = std::any_of(errors.cbegin(), errors.cend(),
                                           [&e](const FieldError& x) { return x.field == e.field; });
            if (!known)
                errors << e;
        }
    }
    return errors;
}

QString RegisterSchema::format(const QList<FieldError>& errors) const
{
    QStringList parts;
    for (const FieldError& e : errors)
        parts << tr("%1: %2").arg(label(e.field), e.message);
    return parts.join(u'\n');
}

QStringList RegisterSchema::createSql() const
{
    QStringList cols;
    for (const FieldDef& f : m_fields) {
        if (f.since > 1)
            continue;
        const char* type = f.kind == FieldKind::Number || f.kind == FieldKind::YesNo ? "INTEGER" : "TEXT";
        cols << QStringLiteral("%1 %2%3").arg(f.key, QLatin1String(type),
                                                f.has(Required) ? QStringLiteral(" NOT NULL") : QString());
    }
    QStringList sql = registerTableSql(m_table, m_module, cols.join(QStringLiteral(", ")));
    if (!m_parentField.isEmpty())
        sql << QStringLiteral("CREATE INDEX %1_%2 ON %1 (%2)").arg(m_table, m_parentField);
    sql << m_extraSql;
    return sql;
}

QList<Migration> RegisterSchema::migrations() const
{
    Migration first;
    first.version = 1;
    first.name = QStringLiteral("%1 register").arg(m_id);
    first.statements = createSql();
    QList<Migration> out{first};
    int last = 1;
    for (const FieldDef& f : m_fields)
        last = std::max(last, f.since);
    for (int v = 2; v <= last; ++v) {
        Migration m;
        m.version = v;
        m.name = QStringLiteral("%1 register, version %2").arg(m_id).arg(v);
        for (const FieldDef& f : m_fields)
            if (f.since == v) // a column added later cannot be NOT NULL without a default: Required is the kit's check
                m.statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                                    .arg(m_table, f.key,
                                         QLatin1String(f.kind == FieldKind::Number || f.kind == FieldKind::YesNo
                                                           ? "INTEGER"
                                                           : "TEXT"));
        out << m;
    }
    return out;
}

} // namespace csl
