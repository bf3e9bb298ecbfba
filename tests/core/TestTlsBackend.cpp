// Every program prefers OpenSSL for TLS from its start, and says so under csl.tls.
#include "TlsBackend.h"

#include <QProcess>
#include <QSslSocket>
#include <QtTest>

namespace {

QStringList g_messages;

void keepMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_messages << QString::fromLatin1(context.category) + QStringLiteral(": ") + message;
}

} // namespace

class TestTlsBackend : public QObject
{
    Q_OBJECT

    /// What @p program writes on stderr when asked for @p args with csl.tls logging on.
    static QString tlsLog(const QString& program, const QStringList& args)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_qs, u"csl.tls.info=true"_qs);
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        child.setProcessEnvironment(env);
        child.start(program, args);
        if (!child.waitForFinished(60000))
            return u"did not finish"_qs;
        return QString::fromLocal8Bit(child.readAllStandardError());
    }

private Q_SLOTS:
    void chosenWhenTheApplicationStarts()
    {
        // The handler and the rule were installed before QCoreApplication existed (main below):
        // this is the message of the startup function, not of a call made by the test.
        QVERIFY(QSslSocket::availableBackends().contains(u"openssl"_qs));
        QCOMPARE(QSslSocket::activeBackend(), u"openssl"_qs);
        const QStringList logged = g_messages.filter(u"csl.tls: TLS backend: openssl"_qs);
        QVERIFY2(logged.size() == 1, qPrintable(g_messages.join(u'\n')));
        QVERIFY2(logged.first().contains(u"OpenSSL"_qs), qPrintable(logged.first())); // the library's version
    }

    void quietUnlessAskedFor()
    {
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!csl::lcTls().isInfoEnabled());
        QVERIFY(csl::lcTls().isWarningEnabled());
    }

    void everyProgramLogsItsBackend_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("app") << QStringLiteral(CSL_APP) << QStringList{u"--version"_qs};
        QTest::newRow("cli") << QStringLiteral(CSL_CLI) << QStringList{u"--version"_qs};
        QTest::newRow("receiver") << QStringLiteral(CSL_RECEIVER) << QStringList{u"--help"_qs};
    }

    void everyProgramLogsItsBackend()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        const QString log = tlsLog(program, args);
        QVERIFY2(log.contains(u"csl.tls: TLS backend: openssl"_qs), qPrintable(log));
    }
};

int main(int argc, char** argv)
{
    qInstallMessageHandler(keepMessage);
    QLoggingCategory::setFilterRules(u"csl.tls.info=true"_qs);
    QCoreApplication app(argc, argv);
    qInstallMessageHandler(nullptr);
    TestTlsBackend t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestTlsBackend.moc"
