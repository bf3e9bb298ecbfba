// CampusSec Ledger: parse the command line, then welcome (first run) or unlock, then the main window.
#include "MainWindow.h"
#include "Settings.h"
#include "ShellEnv.h"
#include "Translations.h"
#include "UnlockDialog.h"
#include "UnlockWidget.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QWindow>

#include <cstdio>

using namespace csl;

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CampusSecLedger"));
    QCoreApplication::setApplicationName(QStringLiteral("CampusSec Ledger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSL_VERSION));
}

// --version and --help answer without a display, so scripts and installers can ask.
bool onlyAsksForInformation(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h" || a == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (onlyAsksForInformation(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    nameApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CampusSec Ledger - the school's network security registers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Open the database file PATH."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("User interface language for this run: zh_CN or en."),
                                        QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(*app);

    Settings settings;
    ShellEnv env;
    env.settings = &settings;
    if (parser.isSet(langOption) && !Settings::languages().contains(parser.value(langOption))) {
        std::fprintf(stderr, "campusledger: unknown language \"%s\"; use zh_CN or en\n",
                     qPrintable(parser.value(langOption)));
        return 2;
    }
    installTranslations(parser.isSet(langOption) ? parser.value(langOption) : settings.language());
    QIcon icon(QStringLiteral(":/icons/campusledger.svg"));
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/campusledger-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : settings.lastDatabase();
    if (parser.isSet(dbOption) && !QFileInfo::exists(path)) {
        std::fprintf(stderr, "campusledger: %s does not exist\n", qPrintable(path));
        return 2;
    }

    std::unique_ptr<Workspace> workspace;
    while (!workspace) {
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            WelcomeDialog welcome(env);
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            workspace = welcome.takeWorkspace();
            path = welcome.openPath();
            continue;
        }
        UnlockDialog unlock(env, path);
        // "Remember on this computer": the keychain's key opens the database without a prompt.
        if (unlock.unlockWidget()->tryKeychain()) {
            workspace = unlock.takeWorkspace();
            break;
        }
        if (qEnvironmentVariableIsSet("CAMPUSLEDGER_STARTUP_PROBE")) {
            // tests/bench/bench_startup: report when the prompt is on screen, then leave. No secret is involved.
            unlock.show();
            while (!unlock.windowHandle() || !unlock.windowHandle()->isExposed())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            std::printf("unlock-dialog-shown\n");
            std::fflush(stdout);
            return 0;
        }
        if (unlock.exec() != QDialog::Accepted)
            return 0;
        workspace = unlock.takeWorkspace();
    }
    settings.setValue(Settings::Key::LastDatabase, workspace->store().path());

    MainWindow window(env);
    window.setWorkspace(std::move(workspace));
    window.show();
    return QApplication::exec();
}
