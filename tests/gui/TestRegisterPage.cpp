// The kit's page for a register it was given only as a schema (the toy loans): filters, the form with each
// error under its field, status moves, child rows, import and print, in a real window.
#include "MessageBox.h"
#include "RecordDialog.h"
#include "RegisterChildPanel.h"
#include "RegisterPage.h"
#include "RegisterRepository.h"
#include "RegisterTableModel.h"
#include "TempStore.h"
#include "ToyRegister.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace csl;
using namespace csl::test;

class TestRegisterPage : public QObject
{
    Q_OBJECT

    template <typename T> static T* child(QObject* w, const char* name)
    {
        T* c = w->findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qWarning("no child %s", name);
        return c;
    }
    static QString shot(const char* name)
    {
        const QString dir =
            QDir(qEnvironmentVariable("CSL_BINARY_DIR", QDir::tempPath())).filePath(QStringLiteral("register-gui"));
        QDir().mkpath(dir);
        return QDir(dir).filePath(QString::fromLatin1(name));
    }
    static Record loan(const char* item, const char* department)
    {
        Record r = loans().newRecord();
        loans().setValue(r, QStringLiteral("item"), QString::fromUtf8(item));
        loans().setValue(r, QStringLiteral("department"), QString::fromUtf8(department));
        loans().setValue(r, QStringLiteral("lent_on"), QStringLiteral("2026-11-02"));
        return r;
    }

private Q_SLOTS:
    void initTestCase() { registerLoans(); }

    void pageFromTheSchemaAlone()
    {
        TempWorkspace tw;
        RegisterRepository repo(tw.store(), loans());
        QVERIFY(repo.add(loan("ThinkPad T14", "教务处")));
        QVERIFY(repo.add(loan("Projector A", "政教处")));
        QVERIFY(repo.add(loan("Dell XPS", "教务处")));
        RegisterPage page(tw.ws(), loans());
        RegisterChildPanel* checks = page.addChildPanel(loanChecks());
        page.resize(1040, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model()->rowCount(), 3);

        // Filters: one box per Filter field; a choice lists its choices, a text field the values held.
        auto* department = child<QComboBox>(&page, "filter_department");
        auto* status = child<QComboBox>(&page, "filter_status");
        QVERIFY(department && status && child<QComboBox>(&page, "filter_kind"));
        QCOMPARE(department->count(), 3); // all, 政教处 and 教务处
        department->setCurrentIndex(department->findData(QString::fromUtf8("教务处")));
        QCOMPARE(page.model()->rowCount(), 2);
        status->setCurrentIndex(status->findData(QStringLiteral("lent")));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(department->currentData().toString(), QString::fromUtf8("教务处")); // the other filter stays
        department->setCurrentIndex(0);
        status->setCurrentIndex(0);
        QCOMPARE(page.model()->rowCount(), 3);

        // The form: each error under its own field; the status is not on it.
        RecordDialog* form = page.editRecord();
        QVERIFY(form && form->isVisible());
        QVERIFY(!form->editor(QStringLiteral("status")));
        child<QLineEdit>(form, "edit_ip")->setText(QStringLiteral("10.0.0.300"));
        child<QLineEdit>(form, "edit_count")->setText(QStringLiteral("many"));
        QTest::mouseClick(child<QPushButton>(form, "recordDialogOk"), Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY(child<QLabel>(form, "error_item")->isVisible()); // required
        QVERIFY(child<QLabel>(form, "error_ip")->text().contains(u"10.0.0.300"));
        QVERIFY(child<QLabel>(form, "error_count")->text().contains(u"many"));
        QVERIFY(!child<QLabel>(form, "error_mac")->isVisible());
        QVERIFY(form->grab().save(shot("loan_form_errors.png")));
        child<QLineEdit>(form, "edit_item")->setText(QStringLiteral("Camera"));
        child<QLineEdit>(form, "edit_ip")->setText(QStringLiteral("10.0.0.12"));
        child<QLineEdit>(form, "edit_count")->setText(QStringLiteral("2"));
        QTest::mouseClick(child<QPushButton>(form, "recordDialogOk"), Qt::LeftButton);
        QTRY_COMPARE(page.model()->rowCount(), 4);

        // Status: the menu offers only the allowed moves, each journaled; the chosen record's checks below.
        const QString camera = page.currentRecordId();
        QCOMPARE(loans().value(*repo.find(camera), QStringLiteral("item")), QStringLiteral("Camera"));
        QCOMPARE(page.nextStatuses(), (QStringList{QStringLiteral("returned"), QStringLiteral("lost")}));
        auto* setStatus = child<QToolButton>(&page, "setStatus");
        QVERIFY(setStatus && setStatus->isVisible());
        QVERIFY(page.setStatus(QStringLiteral("returned")));
        QCOMPARE(loans().value(*repo.find(camera), QStringLiteral("status")), QStringLiteral("returned"));
        QVERIFY(page.nextStatuses().isEmpty());
        QVERIFY(!page.setStatus(QStringLiteral("lent")));

        QCOMPARE(checks->parentRecord(), camera);
        RecordDialog* check = checks->addChild();
        QVERIFY(check);
        child<QLineEdit>(check, "edit_finding")->setText(QStringLiteral("lens cap missing"));
        QTest::mouseClick(child<QPushButton>(check, "recordDialogOk"), Qt::LeftButton);
        QTRY_COMPARE(checks->model()->rowCount(), 1);
        QCOMPARE(RegisterReader(tw.store(), loanChecks()).children(camera).size(), 1);
        QCOMPARE(loanChecks().value(checks->model()->recordAt(0), QStringLiteral("loan_id")), camera);
        QVERIFY(page.grab().save(shot("loans_page.png")));
        // Another loan chosen: its (no) checks.
        page.openRecord(page.model()->recordAt(page.model()->rowOf(camera) == 0 ? 1 : 0).id);
        QCOMPARE(checks->model()->rowCount(), 0);

        // Print the rows shown: a PDF with the register's columns.
        const QString pdf = shot("loans.pdf");
        QVERIFY(page.printToPdf(pdf));
        QVERIFY(QFileInfo(pdf).size() > 2000);
        QVERIFY(tw.store().journal().verify().ok);
    }
};

QTEST_MAIN(TestRegisterPage)
#include "TestRegisterPage.moc"
