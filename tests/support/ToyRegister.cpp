// A toy register declared only here, for the tests of the register kit: equipment lent to staff.
#include "ToyRegister.h"

#include "Clock.h"
#include "RegisterModule.h"
#include "RegisterRepository.h"
#include "Workspace.h"

namespace csl::test {

int& ruleRuns()
{
    static int runs = 0;
    return runs;
}

const RegisterSchema& loans()
{
    static const RegisterSchema s = [] {
        RegisterSchema s(QStringLiteral("loans"), "TestLoans");
        s.setTitle("Equipment loans");
        s.setNoun("%n loan(s)");
        s.setForm("Equipment loan register", {"Lent by", "Head of information security"});
        const int shown = Listed | Searchable | Printed;
        s.addField({QStringLiteral("item"), FieldKind::Text, "Item", shown | Required, {QStringLiteral("物品")}});
        s.addField({QStringLiteral("kind"), FieldKind::Choice, "Kind", Listed | Filter | Bulk | Required,
                    {QStringLiteral("类别")},
                    {{QStringLiteral("laptop"), "Laptop", {QStringLiteral("笔记本")}},
                     {QStringLiteral("projector"), "Projector", {QStringLiteral("投影仪")}}},
                    QStringLiteral("laptop")});
        s.addField({QStringLiteral("borrower"), FieldKind::Person, "Borrower", shown | Bulk, {QStringLiteral("借用人")}});
        s.addField({QStringLiteral("department"), FieldKind::Text, "Department", shown | Filter,
                    {QStringLiteral("部门")}});
        s.addField({QStringLiteral("ip"), FieldKind::Ip, "IP", shown, {QStringLiteral("IP地址")}});
        s.addField({QStringLiteral("mac"), FieldKind::Mac, "MAC", shown, {QStringLiteral("MAC地址")}});
        FieldDef lent{QStringLiteral("lent_on"), FieldKind::Date, "Lent on", Listed | Printed, {QStringLiteral("借出日期")}};
        lent.fill = [](const FillContext& c) { return c.today.toString(Qt::ISODate); };
        s.addField(lent);
        s.addField({QStringLiteral("due"), FieldKind::DateTime, "Due", Listed | Printed, {QStringLiteral("归还期限")}});
        s.addField({QStringLiteral("count"), FieldKind::Number, "Count", Listed, {QStringLiteral("数量")}});
        s.addField({QStringLiteral("checked"), FieldKind::YesNo, "Checked", Listed | Bulk, {QStringLiteral("已检查")}});
        s.addField({QStringLiteral("status"), FieldKind::Choice, "Status", Listed | Filter, {QStringLiteral("状态")},
                    {{QStringLiteral("lent"), "Lent", {QStringLiteral("借出")}},
                     {QStringLiteral("returned"), "Returned", {QStringLiteral("已归还")}},
                     {QStringLiteral("lost"), "Lost", {}}},
                    QStringLiteral("lent")});
        s.addField({QStringLiteral("notes"), FieldKind::LongText, "Notes", Bulk, {QStringLiteral("备注")}});
        FieldDef room{QStringLiteral("room"), FieldKind::Text, "Room", shown, {QStringLiteral("房间")}};
        room.since = 2; // added by the register's second version
        s.addField(room);
        s.setStatus(QStringLiteral("status"), {{QStringLiteral("lent"), QStringLiteral("returned")},
                                               {QStringLiteral("lent"), QStringLiteral("lost")}});
        s.setDefaultSort(QStringLiteral("ip"));
        return s;
    }();
    return s;
}

/// A child register: the checks made on a loan.
const RegisterSchema& loanChecks()
{
    static const RegisterSchema s = [] {
        RegisterSchema s(QStringLiteral("loan_checks"), "TestLoans");
        s.setModule(QStringLiteral("loans"));
        s.setTitle("Loan checks");
        s.addField({QStringLiteral("loan_id"), FieldKind::Text, "Loan", Required | NotEdited});
        s.addField({QStringLiteral("finding"), FieldKind::Text, "Finding", Listed | Searchable | Required});
        s.setParent(QStringLiteral("loans"), QStringLiteral("loan_id"));
        return s;
    }();
    return s;
}

/// The toy register's own rule: a loan past its due time and not returned.
QList<Finding> overdueLoans(const Workspace& ws)
{
    ++ruleRuns();
    QList<Finding> out;
    const RegisterSchema& s = loans();
    for (const Record& r : RegisterReader(ws.store(), s).read({QStringLiteral("item"), QStringLiteral("due"),
                                                               QStringLiteral("status")})) {
        const QDateTime due = QDateTime::fromString(s.value(r, QStringLiteral("due")), Qt::ISODate);
        if (!due.isValid() || s.value(r, QStringLiteral("status")) != u"lent" || due > Clock::now())
            continue;
        Finding f;
        f.ruleId = QStringLiteral("R-TEST-1");
        f.moduleId = QStringLiteral("loans");
        f.recordId = r.id;
        f.deadline = due;
        f.title = QStringLiteral("%1 is overdue").arg(s.value(r, QStringLiteral("item")));
        out << f;
    }
    return out;
}

void registerLoans()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    registerModule([] {
        return std::make_unique<RegisterModule>(QStringLiteral("loans"),
                                                QList<const RegisterSchema*>{&loans(), &loanChecks()}, overdueLoans);
    });
}

} // namespace csl::test
