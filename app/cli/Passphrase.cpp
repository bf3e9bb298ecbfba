#include "Passphrase.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace csl::cli {

namespace {

void prompt(const QString& text)
{
#ifdef Q_OS_WIN
    HANDLE err = GetStdHandle(STD_ERROR_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(err, &mode)) {
        DWORD written = 0;
        WriteConsoleW(err, reinterpret_cast<const wchar_t*>(text.utf16()), DWORD(text.size()), &written, nullptr);
        return;
    }
#endif
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode);
#else
    return isatty(STDIN_FILENO);
#endif
}

/// One line from stdin. A Windows console is read as UTF-16 (ReadConsoleW), so a Chinese passphrase arrives
/// whatever the console's code page; piped input is UTF-8; a POSIX terminal speaks the locale's encoding.
QString readLine(bool echo)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (GetConsoleMode(in, &mode)) {
        SetConsoleMode(in, echo ? mode : (mode & ~ENABLE_ECHO_INPUT));
        QString out;
        wchar_t buf[256];
        for (;;) {
            DWORD got = 0;
            if (!ReadConsoleW(in, buf, DWORD(std::size(buf)), &got, nullptr) || got == 0)
                break;
            out += QString::fromWCharArray(buf, int(got));
            SecureZeroMemory(buf, sizeof buf);
            if (out.endsWith(u'\n'))
                break;
        }
        SetConsoleMode(in, mode);
        while (out.endsWith(u'\n') || out.endsWith(u'\r'))
            out.chop(1);
        return out;
    }
    std::string line;
    std::getline(std::cin, line);
    QString out = QString::fromUtf8(line);
#else
    termios old{};
    const bool tty = !echo && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    QString out = isatty(STDIN_FILENO) ? QString::fromLocal8Bit(line) : QString::fromUtf8(line);
#endif
    std::fill(line.begin(), line.end(), '\0');
    if (out.endsWith(u'\r'))
        out.chop(1);
    return out;
}

QString promptNoEcho(const QString& text)
{
    prompt(text);
    QString out = readLine(false);
    prompt(QStringLiteral("\n"));
    return out;
}

QString askTwice(const QString& first)
{
    const QString a = promptNoEcho(first);
    const QString b = promptNoEcho(QStringLiteral("Repeat the passphrase: "));
    return a == b ? a : QString();
}

} // namespace

bool passphraseInEnvironment()
{
    return !qEnvironmentVariableIsEmpty("CAMPUSLEDGER_PASSPHRASE");
}

QString readPassphrase(const QString& text, bool confirm)
{
    // qEnvironmentVariable reads the environment as Unicode on Windows (not the ANSI code page).
    if (passphraseInEnvironment())
        return qEnvironmentVariable("CAMPUSLEDGER_PASSPHRASE");
    return confirm ? askTwice(text) : promptNoEcho(text);
}

QString readNewPassphrase()
{
    if (!qEnvironmentVariableIsEmpty("CAMPUSLEDGER_NEW_PASSPHRASE"))
        return qEnvironmentVariable("CAMPUSLEDGER_NEW_PASSPHRASE");
    return askTwice(QStringLiteral("New passphrase: "));
}

QString askLine(const QString& text)
{
    if (!stdinIsTerminal())
        return {};
    prompt(text);
    return readLine(true).trimmed();
}

} // namespace csl::cli
