// Test helper, killed at random points by TestCrashSafety:
//   crash_writer PATH BATCHES            writes people in small transactions
//   crash_writer --create DIR            creates databases DIR/N.cldb one after another
//   crash_writer --passwd PATH           changes the passphrase back and forth between two
//   crash_writer --restore PATH A B      restores backup A, then B, then A … over PATH
// Passphrases: CAMPUSLEDGER_PASSPHRASE, and CAMPUSLEDGER_NEW_PASSPHRASE for the second one.
#include "Backup.h"
#include "PersonRepository.h"
#include "Store.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

void ready()
{
    std::printf("ready\n");
    std::fflush(stdout);
}

int writePeople(const QString& path, int batches)
{
    auto store = csl::Store::open(path, qEnvironmentVariable("CAMPUSLEDGER_PASSPHRASE"));
    if (!store)
        return 3;
    (*store)->setActor(QStringLiteral("crash-writer"));
    csl::Workspace ws(std::move(*store));
    if (!ws.migrate())
        return 4;
    csl::PersonRepository people(ws.store());
    ready();
    for (int b = 0; b < batches; ++b) {
        const csl::Status st = ws.store().write([&]() -> csl::Status {
            for (int i = 0; i < 50; ++i) {
                csl::PersonRecord p;
                p.name = QStringLiteral("批次%1号%2").arg(b).arg(i);
                p.department = QStringLiteral("信息中心");
                auto id = people.add(p);
                if (!id)
                    return id.error();
                if (i % 5 == 0) {
                    p.id = *id;
                    p.phone = QStringLiteral("0514-0%1").arg(i, 7, 10, QLatin1Char('0'));
                    if (auto st = people.update(p); !st)
                        return st;
                }
            }
            return {};
        });
        if (!st)
            return 5;
    }
    return 0;
}

int createDatabases(const QString& dir)
{
    ready();
    for (int n = 0;; ++n) {
        auto store =
            csl::Store::create(QDir(dir).filePath(QStringLiteral("%1.cldb").arg(n)),
                               qEnvironmentVariable("CAMPUSLEDGER_PASSPHRASE"), csl::KdfParams::cheapForTests());
        if (!store)
            return 6;
    }
}

int changePassphrases(const QString& path)
{
    const QString passphrases[] = {qEnvironmentVariable("CAMPUSLEDGER_PASSPHRASE"),
                                   qEnvironmentVariable("CAMPUSLEDGER_NEW_PASSPHRASE")};
    bool announced = false;
    for (;;) {
        for (int current = 0; current < 2; ++current) {
            auto store = csl::Store::open(path, passphrases[current]);
            if (!store)
                continue;
            if (!announced) {
                ready();
                announced = true;
            }
            if (!(*store)->changePassphrase(passphrases[1 - current], csl::KdfParams::cheapForTests()))
                return 7;
        }
        if (!announced)
            return 3;
    }
}

int restoreBackups(const QString& path, const QString& a, const QString& b)
{
    const QString passphrases[] = {qEnvironmentVariable("CAMPUSLEDGER_PASSPHRASE"),
                                   qEnvironmentVariable("CAMPUSLEDGER_NEW_PASSPHRASE")};
    ready();
    for (int n = 0;; ++n) {
        const int which = n % 2;
        csl::Backup::Options options;
        options.confirmedSchool = QStringLiteral("扬州市育才实验学校");
        if (!csl::Backup::restore(which == 0 ? a : b, path, passphrases[which], options))
            return 8;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == u"--create")
        return createDatabases(args.at(2));
    if (args.size() >= 3 && args.at(1) == u"--passwd")
        return changePassphrases(args.at(2));
    if (args.size() >= 5 && args.at(1) == u"--restore")
        return restoreBackups(args.at(2), args.at(3), args.at(4));
    if (args.size() >= 3)
        return writePeople(args.at(1), args.at(2).toInt());
    return 2;
}
