// A register declared as data: its table, fields, kinds, labels, import aliases, flags and hooks.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace csl {

struct Migration;
struct Record;
class RegisterSchema;

/// @brief What is wrong with one field: the field's key ("ip", "mac" …) and a translated reason.
struct FieldError
{
    QString field;
    QString message;
};

/// @brief The kinds of value a register field holds; each has its own normaliser, display and editor.
enum class FieldKind {
    Text,      ///< one line
    LongText,  ///< several lines (notes)
    Choice,    ///< one of FieldDef::choices, stored as its key
    Date,      ///< stored as yyyy-MM-dd
    DateTime,  ///< stored as yyyy-MM-ddTHH:mm (local time)
    Person,    ///< stored as a people.id; shown and imported by name
    Ip,        ///< an IPv4 or IPv6 host address, canonical text
    Mac,       ///< aa:bb:cc:dd:ee:ff
    Number,    ///< a whole number
    YesNo,     ///< stored as 1 or 0
    SecretRef, ///< the id of a row in the store's secret table; never exported, printed or searched
};

/// @brief Flags of a field (or a computed column).
enum FieldFlag {
    Required = 1 << 0,   ///< must not be empty
    Searchable = 1 << 1, ///< part of search-as-you-type
    Filter = 1 << 2,     ///< offered as a filter above the table (choices, departments …)
    Bulk = 1 << 3,       ///< may be set on many records at once
    Printed = 1 << 4,    ///< a column of the printed register form
    Private = 1 << 5,    ///< personal data (R-X-2): withheld from sync, warned about on export
    Listed = 1 << 6,     ///< a column of the page's table
    NotExported = 1 << 7,///< left out of CSV/XLSX (secrets are never exported)
    NotEdited = 1 << 8,  ///< not on the add/edit form (filled by the register's own code)
};

/// @brief One value a Choice field may take: its stored key, its label and the words spreadsheets use for it.
struct ChoiceDef
{
    QString key;
    const char* label = ""; ///< QT_TRANSLATE_NOOP(schema context, …)
    QStringList aliases;    ///< other spellings an import accepts (台式机, PC …)
};

/// @brief What a default or an import knows besides the row: the day and the school's officer.
struct FillContext
{
    QDate today;
    QString officer;
};

/// @brief One field of a register: a column of its table and a key of its journal entries.
struct FieldDef
{
    QString key;                ///< column name, e.g. "asset_tag"
    FieldKind kind = FieldKind::Text;
    const char* label = "";     ///< QT_TRANSLATE_NOOP(schema context, …)
    int flags = Listed | Searchable | Printed;
    QStringList aliases;        ///< import header names (Chinese and English; case and spaces ignored)
    QList<ChoiceDef> choices;   ///< for Choice
    QString defaultValue;       ///< stored value of a new record when empty
    /// Fills an empty value of a new or imported record (today's date, the officer …).
    std::function<QString(const FillContext&)> fill;
    /// Extra check after the kind's normaliser; returns a translated reason or an empty string.
    std::function<QString(const QString& value)> check;
    int maxLength = 0;          ///< 0: 200 for Text, 4000 for LongText
    int width = 0;              ///< column width hint in the table (pixels), 0 for the default
    int since = 1;              ///< the schema version that added it (ALTER TABLE ADD COLUMN in that migration)

    bool has(FieldFlag f) const { return (flags & f) != 0; }
};

/// @brief A column computed from a record (the MAC's vendor, "building room" …), shown after a field.
struct ComputedColumn
{
    QString key;
    const char* label = "";
    QString after;       ///< the field it follows in the table, export and print
    int flags = Listed;  ///< Listed, Searchable, Printed; exported unless NotExported
    std::function<QString(const RegisterSchema&, const Record&)> text;
    std::function<QString(const RegisterSchema&, const Record&)> toolTip; ///< optional
    int width = 0;
    bool has(FieldFlag f) const { return (flags & f) != 0; }
};

/// @brief A column as the table, the export and the form show it: a field or a computed column.
struct ColumnRef
{
    int field = -1;    ///< index into fields(), or -1
    int computed = -1; ///< index into computed(), or -1
};

/// @brief An import column that is not a field but fills fields ("location" → building and room).
struct ImportExtra
{
    QString key;
    const char* label = "";
    QStringList aliases;
    QStringList fills; ///< the fields it sets, so an error in them names this column
    std::function<void(const RegisterSchema&, Record&, const QString& cell)> apply;
};

/**
 * @brief A register as data. Everything generic about a register — the table
 * with its journaled triggers, the repository, search, filters, the form, bulk
 * edit, undo, import, export, printing and the command line — is driven by it.
 *
 * @code
 * RegisterSchema s(QStringLiteral("people"), "csl::People");
 * s.setTitle(QT_TRANSLATE_NOOP("csl::People", "People"));
 * s.addField({QStringLiteral("name"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::People", "Name"),
 *             Required | Searchable | Listed | Printed | Private, {QStringLiteral("姓名")}});
 * @endcode
 */
class RegisterSchema final
{
    Q_DECLARE_TR_FUNCTIONS(csl::RegisterSchema)
public:
    /// @p id names the register (CLI, module, journal) and its table; @p context is the translation context of labels.
    RegisterSchema(QString id, const char* context);

    QString id() const { return m_id; }
    QString module() const { return m_module; }
    QString table() const { return m_table; }
    void setModule(const QString& module) { m_module = module; }
    void setTable(const QString& table) { m_table = table; }

    void setTitle(const char* title) { m_title = title; }
    QString title() const { return translate(m_title); }
    /// How a number of records is said: QT_TRANSLATE_N_NOOP(context, "%n device(s)").
    void setNoun(const char* noun) { m_noun = noun; }
    QString count(int n) const
    {
        return QCoreApplication::translate(m_context, m_noun ? m_noun : "%n record(s)", nullptr, n);
    }
    /// One or two sentences under the page's title: what the register is for, which rule it serves.
    void setIntro(const char* intro) { m_intro = intro; }
    QString intro() const { return m_intro ? translate(m_intro) : QString(); }
    /// The printed form's title and signature lines.
    void setForm(const char* title, const QList<const char*>& signatures, bool landscape = false);
    QString formTitle() const { return translate(m_formTitle ? m_formTitle : m_title); }
    QStringList signatureLines() const;
    bool landscape() const { return m_landscape; }

    void addField(FieldDef field);
    void addComputed(ComputedColumn column);
    void addImportExtra(ImportExtra extra);
    /// Indexes and other statements created with the table.
    void addSql(const QString& statement) { m_extraSql << statement; }
    /// Checks across fields after each field passed its own (R-DEV-1 …); may normalise.
    void setValidator(std::function<QList<FieldError>(const RegisterSchema&, Record&)> validator)
    {
        m_validator = std::move(validator);
    }
    /// The field the table is sorted by when the page opens.
    void setDefaultSort(const QString& key) { m_defaultSort = key; }
    QString defaultSort() const { return m_defaultSort; }
    /// How a record is named in messages ("192.168.1.2 (aa:bb:…)"); the first Required field's value by default.
    void setDescriber(std::function<QString(const RegisterSchema&, const Record&)> describe)
    {
        m_describe = std::move(describe);
    }
    /// A status field and the transitions allowed between its choices (empty from: any).
    void setStatus(const QString& field, const QList<QPair<QString, QString>>& transitions);
    QString statusField() const { return m_statusField; }
    bool canTransition(const QString& from, const QString& to) const;
    /// A child register: its rows belong to a record of @p parent through the field @p parentField.
    void setParent(const QString& parent, const QString& parentField);
    QString parentRegister() const { return m_parent; }
    QString parentField() const { return m_parentField; }

    const QList<FieldDef>& fields() const { return m_fields; }
    const QList<ComputedColumn>& computed() const { return m_computed; }
    const QList<ImportExtra>& importExtras() const { return m_extras; }
    /// Index of the field @p key, or -1.
    int fieldIndex(const QString& key) const;
    const FieldDef* field(const QString& key) const;
    /// The Person fields' indexes, in order; a record carries each one's name after its values.
    const QList<int>& personFields() const { return m_personFields; }

    /// Translated label of a field, computed column or import extra.
    QString label(const QString& key) const;
    QString translate(const char* text) const;
    QString choiceLabel(const FieldDef& f, const QString& key) const;
    /// @p text in every language with a catalogue (the source first), lower-cased without spaces: what an
    /// import compares headers and choices with, so a file exported in Chinese reads on an English system.
    QStringList spellings(const char* text) const;

    /// Table columns (Listed), export columns (not NotExported, no secrets) and printed columns, in order.
    QList<ColumnRef> columns(FieldFlag flag) const;
    QString columnKey(const ColumnRef& c) const;
    QString columnLabel(const ColumnRef& c) const;
    /// The text of a column for @p r as people see it (choice labels, person names, 是/否).
    QString columnText(const ColumnRef& c, const Record& r) const;

    /// A field's value of @p r as shown (choice label, person name, 是/否 …).
    QString displayText(int field, const Record& r) const;
    /// A stored value of @p r by field key (empty for an unknown key).
    QString value(const Record& r, const QString& key) const;
    void setValue(Record& r, const QString& key, const QString& value) const;
    /// The name of the person a Person field of @p r points at.
    QString personName(const Record& r, int field) const;
    void setPersonName(Record& r, int field, const QString& name) const;
    /// A new empty record with the fields' default values.
    Record newRecord() const;
    /// A short description of @p r for messages.
    QString describe(const Record& r) const;

    /**
     * @brief Normalises one field's text to its stored form; std::nullopt (and @p why set) when it is not a
     * valid value of its kind. Empty text stays empty (Required is checked by validate()).
     */
    std::optional<QString> normalise(const FieldDef& f, const QString& text, QString* why) const;
    /// Normalises and checks every field of @p r, then the register's own validator; one error per bad field.
    QList<FieldError> validate(Record& r, const QDate& today) const;
    /// "Label: reason" lines for @p errors.
    QString format(const QList<FieldError>& errors) const;

    /// CREATE TABLE with the journal triggers (the fields of version 1), and the register's indexes.
    QStringList createSql() const;
    /// The register's migrations: version 1 creates the table, each later version adds the fields of that
    /// version (FieldDef::since). A module returns them from Module::migrations().
    QList<Migration> migrations() const;

private:
    QString m_id;
    const char* m_context;
    QString m_module;
    QString m_table;
    const char* m_title = "";
    const char* m_formTitle = nullptr;
    const char* m_intro = nullptr;
    const char* m_noun = nullptr;
    QList<const char*> m_signatures;
    bool m_landscape = false;
    QList<FieldDef> m_fields;
    QList<ComputedColumn> m_computed;
    QList<ImportExtra> m_extras;
    QList<int> m_personFields;
    QHash<QString, QHash<QString, QString>> m_choiceWords; ///< field key → its keys, English labels and aliases → key
    QStringList m_extraSql;
    QString m_defaultSort;
    QString m_statusField;
    QList<QPair<QString, QString>> m_transitions;
    QString m_parent;
    QString m_parentField;
    std::function<QList<FieldError>(const RegisterSchema&, Record&)> m_validator;
    std::function<QString(const RegisterSchema&, const Record&)> m_describe;
};

/// @brief One row of a register: its id, the stored value of each field, then the name of each Person field.
struct Record
{
    QString id;
    QStringList values;
    QString updatedAt;
    bool deleted = false;
};

} // namespace csl
