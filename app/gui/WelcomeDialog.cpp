#include "WelcomeDialog.h"

#include "DemoSchool.h"
#include "MessageBanner.h"
#include "NewSchool.h"
#include "PassphraseMeter.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace csl {

namespace {
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};
} // namespace

WelcomeDialog::WelcomeDialog(ShellEnv& env, QWidget* parent)
    : QDialog(parent), m_env(env), m_stack(new QStackedWidget(this)), m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome — CampusSec Ledger"));
    m_banner->setObjectName(QStringLiteral("welcomeBanner"));
    auto* header = new QLabel(tr("CampusSec Ledger"), this);
    header->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: bold; color: #174ea6;"));
    auto* intro = new QLabel(tr("The school's network security registers, kept in one encrypted database on this "
                                "computer, ready for the bureau's inspection."),
                             this);
    intro->setWordWrap(true);
    m_stack->addWidget(makeChoicePage());
    m_stack->addWidget(makeCreatePage());
    auto* col = new QVBoxLayout(this);
    col->setContentsMargins(24, 20, 24, 16);
    col->addWidget(header);
    col->addWidget(intro);
    col->addSpacing(6);
    col->addWidget(m_banner);
    col->addWidget(m_stack, 1);
    setMinimumWidth(560);
}

QString WelcomeDialog::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("school.cldb"));
}

QWidget* WelcomeDialog::makeChoicePage()
{
    auto* page = new QWidget(this);
    auto* create = new QCommandLinkButton(tr("Create a new database"),
                                          tr("For your school: its name, code, the security officer and a "
                                             "passphrase that only you know."),
                                          page);
    create->setObjectName(QStringLiteral("welcomeCreate"));
    auto* open = new QCommandLinkButton(tr("Open an existing database"),
                                        tr("A ledger file (.cldb) made on this or another computer, or restored "
                                           "from a backup."),
                                        page);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    auto* demo = new QCommandLinkButton(tr("Open the demo school"),
                                        tr("A sample school with staff and devices to try things out. Its "
                                           "passphrase is \"%1\"; never keep real data in it.")
                                            .arg(ShellEnv::demoPassphrase()),
                                        page);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    auto* quit = new QPushButton(tr("Quit"), page);
    quit->setObjectName(QStringLiteral("welcomeQuit"));
    auto* col = new QVBoxLayout(page);
    col->setContentsMargins(0, 0, 0, 0);
    col->addWidget(create);
    col->addWidget(open);
    col->addWidget(demo);
    col->addStretch(1);
    col->addWidget(quit, 0, Qt::AlignRight);
    connect(create, &QAbstractButton::clicked, this, &WelcomeDialog::showCreateForm);
    connect(open, &QAbstractButton::clicked, this, &WelcomeDialog::openExisting);
    connect(demo, &QAbstractButton::clicked, this, &WelcomeDialog::openDemo);
    connect(quit, &QAbstractButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget* WelcomeDialog::makeCreatePage()
{
    auto* page = new QWidget(this);
    auto edit = [page](const char* name) {
        auto* e = new QLineEdit(page);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_school = edit("welcomeSchoolName");
    m_school->setPlaceholderText(tr("e.g. 江苏省扬州市育才实验学校"));
    m_code = edit("welcomeSchoolCode");
    m_code->setPlaceholderText(tr("10 digits, as the bureau assigned it"));
    m_code->setMaxLength(10);
    m_officer = edit("welcomeOfficer");
    m_path = edit("welcomePath");
    m_path->setText(QDir::toNativeSeparators(defaultDatabasePath()));
    m_passphrase = edit("welcomePassphrase");
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = edit("welcomeConfirm");
    m_confirm->setEchoMode(QLineEdit::Password);
    m_meter = new PassphraseMeter(page);
    auto* browse = new QToolButton(page);
    browse->setText(tr("Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* hint = new QLabel(tr("The passphrase cannot be recovered: if it is lost, so is the data. A few unrelated "
                               "words or a long sentence are easy to remember and hard to guess."),
                            page);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto* form = new QFormLayout;
    form->addRow(tr("School name:"), m_school);
    form->addRow(tr("School code:"), m_code);
    form->addRow(tr("Security officer:"), m_officer);
    form->addRow(tr("Database file:"), pathRow);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(QString(), m_meter);
    form->addRow(tr("Confirm passphrase:"), m_confirm);
    auto* buttons = new QDialogButtonBox(page);
    auto* createButton = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("welcomeCreateButton"));
    auto* back = buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    auto* col = new QVBoxLayout(page);
    col->setContentsMargins(0, 0, 0, 0);
    col->addLayout(form);
    col->addWidget(hint);
    col->addStretch(1);
    col->addWidget(buttons);
    connect(browse, &QToolButton::clicked, this, &WelcomeDialog::browse);
    connect(m_passphrase, &QLineEdit::textChanged, this, &WelcomeDialog::updateStrength);
    connect(createButton, &QPushButton::clicked, this, &WelcomeDialog::create);
    connect(back, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        m_stack->setCurrentIndex(0);
    });
    return page;
}

void WelcomeDialog::showCreateForm()
{
    m_banner->hide();
    m_stack->setCurrentIndex(1);
    m_school->setFocus(Qt::OtherFocusReason);
}

void WelcomeDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("New database file"), m_path->text(),
                                                      tr("Ledger databases (*.cldb)"));
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

void WelcomeDialog::updateStrength()
{
    m_meter->setPassphrase(m_passphrase->text());
}

void WelcomeDialog::create()
{
    const QString school = m_school->text().trimmed();
    const QString code = m_code->text().trimmed();
    const QString officer = m_officer->text().trimmed();
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cldb");
    auto refuse = [this](QLineEdit* field, const QString& why) {
        m_banner->showError(why);
        field->setFocus(Qt::OtherFocusReason);
    };
    static const QRegularExpression tenDigits(QStringLiteral("^[0-9]{10}$"));
    if (school.isEmpty())
        return refuse(m_school, tr("School name: enter the school's full name as registered."));
    if (!tenDigits.match(code).hasMatch())
        return refuse(m_code, tr("School code: \"%1\" is not the 10-digit school identification code.").arg(code));
    if (officer.isEmpty())
        return refuse(m_officer, tr("Security officer: enter the name of the person responsible."));
    if (path.isEmpty())
        return refuse(m_path, tr("Database file: choose where to keep the database."));
    if (QFileInfo::exists(path))
        return refuse(m_path, tr("Database file: %1 already exists. Choose another name, or go back and open it.")
                                  .arg(QDir::toNativeSeparators(path)));
    if (PassphraseMeter::entropyBits(m_passphrase->text()) < PassphraseMeter::minimumBits)
        return refuse(m_passphrase, tr("Passphrase: too easy to guess. Make it longer, for example a few "
                                       "unrelated words."));
    if (m_confirm->text() != m_passphrase->text())
        return refuse(m_confirm, tr("Confirm passphrase: the two entries differ."));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return refuse(m_path, tr("Database file: cannot create the folder %1.")
                                  .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));

    WaitCursor wait;
    auto ws = NewSchool::create(path, m_passphrase->text(), m_env.newKdf(), {school, code, officer}, officer);
    if (!ws)
        return refuse(m_path, ws.error().message);
    m_passphrase->clear();
    m_confirm->clear();
    m_workspace = std::move(*ws);
    if (m_env.settings)
        m_env.settings->setValue(Settings::Key::LastDatabase, path);
    accept();
}

void WelcomeDialog::openExisting()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a database"),
                                                      QFileInfo(defaultDatabasePath()).absolutePath(),
                                                      tr("Ledger databases (*.cldb);;All files (*)"));
    if (file.isEmpty())
        return;
    if (Store::isPlaintextSqlite(file) || !QFileInfo::exists(KdfParams::headerPath(file))) {
        m_banner->showError(tr("%1 is not a CampusSec Ledger database: its key header (%2) is missing or the "
                               "file is not encrypted.")
                                .arg(QDir::toNativeSeparators(file),
                                     QFileInfo(KdfParams::headerPath(file)).fileName()));
        return;
    }
    m_openPath = file;
    accept();
}

void WelcomeDialog::openDemo()
{
    const QString dir = m_env.demoFolder.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : m_env.demoFolder;
    const QString path = QDir(dir).filePath(QStringLiteral("demo-school.cldb"));
    WaitCursor wait;
    if (QFileInfo::exists(path)) {
        auto store = Store::open(path, ShellEnv::demoPassphrase());
        if (!store) {
            m_banner->showError(tr("The demo database %1 does not open with the demo passphrase: %2")
                                    .arg(QDir::toNativeSeparators(path), store.error().message));
            return;
        }
        auto ws = makeWorkspace(std::move(*store));
        if (!ws)
            return m_banner->showError(ws.error().message);
        m_workspace = std::move(*ws);
    } else {
        QDir().mkpath(dir);
        auto store = Store::create(path, ShellEnv::demoPassphrase(), m_env.newKdf());
        if (!store)
            return m_banner->showError(store.error().message);
        auto ws = makeWorkspace(std::move(*store));
        if (!ws)
            return m_banner->showError(ws.error().message);
        // The demo's officer is the journal's actor from the first entry on.
        if (Status st = DemoSchool::writeSchoolInfo(**ws, {}); !st)
            return m_banner->showError(st.error().message);
        (*ws)->store().setActor((*ws)->store().meta(QStringLiteral("school.officer")));
        if (Status st = DemoSchool::build(**ws, {}); !st)
            return m_banner->showError(st.error().message);
        m_workspace = std::move(*ws);
    }
    if (m_env.settings)
        m_env.settings->setValue(Settings::Key::LastDatabase, path);
    accept();
}

} // namespace csl
