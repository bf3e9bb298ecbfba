// campusledger-cli: the registers from the command line (scripts, schedulers, tests).
#include "CliContext.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("campusledger-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSL_VERSION));
    return csl::cli::run(app.arguments());
}
