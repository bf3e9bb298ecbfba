#include "PeopleSchema.h"

#include <QRegularExpression>

namespace csl {

namespace {

RegisterSchema make()
{
    RegisterSchema s(QStringLiteral("people"), "csl::People");
    s.setTitle(QT_TRANSLATE_NOOP("csl::People", "People directory"));
    s.setNoun(QT_TRANSLATE_N_NOOP("csl::People", "%n person(s)"));
    s.setIntro(QT_TRANSLATE_NOOP("csl::People", "Staff who use the network: devices, duty shifts and responsibility letters name them. "
                      "Register everyone under their real name (R-DEV-5)."));
    s.setForm(QT_TRANSLATE_NOOP("csl::People", "People directory"), {QT_TRANSLATE_NOOP("csl::People", "Filled in by"), QT_TRANSLATE_NOOP("csl::People", "Head of information security")});
    const int common = Listed | Searchable | Printed;
    s.addField({QStringLiteral("name"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::People", "Name"), common | Required | Private,
                {QStringLiteral("姓名"), QStringLiteral("名字"), QStringLiteral("教师姓名"), QStringLiteral("人员"),
                 QStringLiteral("full name")}});
    s.addField({QStringLiteral("staff_no"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::People", "Staff no."), common,
                {QStringLiteral("工号"), QStringLiteral("职工号"), QStringLiteral("教工号"), QStringLiteral("编号"),
                 QStringLiteral("staff no"), QStringLiteral("staff number"), QStringLiteral("employee id")}});
    s.addField({QStringLiteral("department"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::People", "Department"), common | Filter | Bulk,
                {QStringLiteral("部门"), QStringLiteral("科室"), QStringLiteral("处室"), QStringLiteral("所属部门"),
                 QStringLiteral("单位")}});
    s.addField({QStringLiteral("post"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::People", "Post"), common | Bulk,
                {QStringLiteral("岗位"), QStringLiteral("职务"), QStringLiteral("岗位/职务"), QStringLiteral("职位"),
                 QStringLiteral("岗位职务"), QStringLiteral("position"), QStringLiteral("title")}});
    FieldDef phone{QStringLiteral("phone"), FieldKind::Text, QT_TRANSLATE_NOOP("csl::People", "Phone"), common | Private,
                   {QStringLiteral("手机"), QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("手机号"),
                    QStringLiteral("手机号码"), QStringLiteral("mobile"), QStringLiteral("telephone")}};
    phone.check = [](const QString& v) {
        static const QRegularExpression re(QStringLiteral("^[0-9+\\- ]{5,20}$"));
        return re.match(v).hasMatch() ? QString()
                                      : QCoreApplication::translate("csl::People", "\"%1\" is not a phone number.")
                                            .arg(v);
    };
    s.addField(std::move(phone));
    s.addSql(QStringLiteral("CREATE INDEX people_name ON people (name)"));
    s.setDefaultSort(QStringLiteral("name"));
    return s;
}

} // namespace

const RegisterSchema& PeopleSchema::schema()
{
    static const RegisterSchema s = make();
    return s;
}

} // namespace csl
