#include "FieldEditor.h"

#include "RegisterRepository.h"
#include "PeopleSchema.h"
#include "Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace csl {

namespace {

/// The date an optional date box shows as empty ("—").
const QDate kNoDate(1900, 1, 1);

} // namespace

QWidget* FieldEditor::create(const RegisterSchema& schema, const FieldDef& f, const Store& store, QWidget* parent)
{
    QWidget* w = nullptr;
    switch (f.kind) {
    case FieldKind::Choice:
    case FieldKind::YesNo: {
        auto* c = new QComboBox(parent);
        if (!f.has(Required))
            c->addItem(QCoreApplication::translate("csl::FieldEditor", "(none)"), QString());
        if (f.kind == FieldKind::YesNo) {
            c->addItem(QCoreApplication::translate("csl::FieldEditor", "Yes"), QStringLiteral("1"));
            c->addItem(QCoreApplication::translate("csl::FieldEditor", "No"), QStringLiteral("0"));
        }
        for (const ChoiceDef& ch : f.choices)
            c->addItem(schema.translate(ch.label), ch.key);
        w = c;
        break;
    }
    case FieldKind::Person: {
        auto* c = new QComboBox(parent);
        c->addItem(QCoreApplication::translate("csl::FieldEditor", "(nobody)"), QString());
        const RegisterSchema& people = PeopleSchema::schema();
        const int dept = people.fieldIndex(QStringLiteral("department"));
        const int name = people.fieldIndex(QStringLiteral("name"));
        for (const Record& p : RegisterReader(store, people).read({QStringLiteral("name"), QStringLiteral("department")})) {
            const QString n = p.values.at(name);
            const QString d = p.values.at(dept);
            c->addItem(d.isEmpty() ? n : QStringLiteral("%1 (%2)").arg(n, d), p.id);
            c->setItemData(c->count() - 1, n, Qt::UserRole + 1);
        }
        c->setEditable(false);
        w = c;
        break;
    }
    case FieldKind::Date: {
        auto* d = new QDateEdit(parent);
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        if (!f.has(Required)) {
            d->setMinimumDate(kNoDate);
            d->setSpecialValueText(QStringLiteral("—"));
            d->setDate(kNoDate);
        }
        w = d;
        break;
    }
    case FieldKind::DateTime: {
        auto* d = new QDateTimeEdit(parent);
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!f.has(Required)) {
            d->setMinimumDate(kNoDate);
            d->setSpecialValueText(QStringLiteral("—"));
            d->setDateTime(QDateTime(kNoDate, QTime(0, 0)));
        }
        w = d;
        break;
    }
    case FieldKind::LongText: {
        auto* t = new QPlainTextEdit(parent);
        t->setMaximumHeight(70);
        w = t;
        break;
    }
    default: {
        auto* e = new QLineEdit(parent);
        if (f.kind == FieldKind::Mac)
            e->setPlaceholderText(QStringLiteral("aa:bb:cc:dd:ee:ff"));
        w = e;
    }
    }
    w->setObjectName(QStringLiteral("edit_") + f.key);
    return w;
}

QString FieldEditor::value(const FieldDef& f, const QWidget* editor)
{
    Q_UNUSED(f);
    if (auto* c = qobject_cast<const QComboBox*>(editor))
        return c->currentData().toString();
    if (auto* d = qobject_cast<const QDateEdit*>(editor))
        return d->date() == kNoDate ? QString() : d->date().toString(Qt::ISODate);
    if (auto* d = qobject_cast<const QDateTimeEdit*>(editor))
        return d->date() == kNoDate ? QString() : d->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (auto* t = qobject_cast<const QPlainTextEdit*>(editor))
        return t->toPlainText();
    if (auto* e = qobject_cast<const QLineEdit*>(editor))
        return e->text();
    return {};
}

void FieldEditor::setValue(const FieldDef& f, QWidget* editor, const QString& value)
{
    Q_UNUSED(f);
    if (auto* c = qobject_cast<QComboBox*>(editor)) {
        c->setCurrentIndex(std::max(0, c->findData(value)));
    } else if (auto* d = qobject_cast<QDateEdit*>(editor)) {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        d->setDate(day.isValid() ? day : (d->minimumDate() == kNoDate ? kNoDate : QDate::currentDate()));
    } else if (auto* d = qobject_cast<QDateTimeEdit*>(editor)) {
        const QDateTime at = QDateTime::fromString(value, Qt::ISODate);
        d->setDateTime(at.isValid() ? at
                                    : (d->minimumDate() == kNoDate ? QDateTime(kNoDate, QTime(0, 0))
                                                                   : QDateTime::currentDateTime()));
    } else if (auto* t = qobject_cast<QPlainTextEdit*>(editor)) {
        t->setPlainText(value);
    } else if (auto* e = qobject_cast<QLineEdit*>(editor)) {
        e->setText(value);
    }
}

QString FieldEditor::shownName(const QWidget* editor)
{
    if (auto* c = qobject_cast<const QComboBox*>(editor))
        return c->currentData(Qt::UserRole + 1).toString();
    return {};
}

void FieldEditor::onChange(QWidget* editor, QObject* context, const std::function<void()>& changed)
{
    if (auto* c = qobject_cast<QComboBox*>(editor))
        QObject::connect(c, &QComboBox::currentIndexChanged, context, changed);
    else if (auto* d = qobject_cast<QDateTimeEdit*>(editor)) // QDateEdit too
        QObject::connect(d, &QDateTimeEdit::dateTimeChanged, context, changed);
    else if (auto* t = qobject_cast<QPlainTextEdit*>(editor))
        QObject::connect(t, &QPlainTextEdit::textChanged, context, changed);
    else if (auto* e = qobject_cast<QLineEdit*>(editor))
        QObject::connect(e, &QLineEdit::textChanged, context, changed);
}

} // namespace csl
