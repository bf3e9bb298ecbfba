// Test helper: opens a database and writes people in small transactions until killed.
#include "PersonRepository.h"
#include "Store.h"
#include "Workspace.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int batches = QString::fromLatin1(argv[2]).toInt();
    auto store = csl::Store::open(path, qEnvironmentVariable("CAMPUSLEDGER_PASSPHRASE"));
    if (!store)
        return 3;
    (*store)->setActor(QStringLiteral("crash-writer"));
    csl::Workspace ws(std::move(*store));
    if (!ws.migrate())
        return 4;
    csl::PersonRepository people(ws.store());
    std::printf("ready\n");
    std::fflush(stdout);
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
                    p.phone = QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'));
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
