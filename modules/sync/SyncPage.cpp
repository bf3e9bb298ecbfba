#include "SyncPage.h"

#include "SyncRepository.h"
#include "SyncScheduler.h"
#include "SyncSettings.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace csl {

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

ModulePage* SyncView::createPage(Workspace& workspace, QWidget* parent)
{
    return new SyncPage(workspace, parent);
}

QObject* SyncView::createService(Workspace& workspace, QObject* parent)
{
    auto* scheduler = new SyncScheduler(workspace, parent);
    scheduler->start();
    return scheduler;
}

SyncPage::SyncPage(Workspace& workspace, QWidget* parent) : ModulePage(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("syncPage"));
    // Share the shell's scheduler so two runs never overlap; standalone, own one.
    m_scheduler = SyncScheduler::find(workspace);
    if (!m_scheduler)
        m_scheduler = new SyncScheduler(workspace, this);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Bureau sync</h2>"), this);
    layout->addWidget(title);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("syncBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);
    auto* top = new QHBoxLayout;
    top->addWidget(buildSettings(), 3);
    top->addWidget(buildRun(), 2);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Notices from the bureau"), this));
    m_notices = makeTable({tr("Deadline"), tr("Kind"), tr("Title"), tr("Notice"), tr("Status")},
                          QStringLiteral("syncNotices"), this);
    layout->addWidget(m_notices, 1);
    layout->addWidget(new QLabel(tr("History of runs"), this));
    m_history = makeTable(
        {tr("Started"), tr("How"), tr("Result"), tr("Sent"), tr("Acknowledged up to"), tr("Bytes"), tr("Details")},
        QStringLiteral("syncHistory"), this);
    layout->addWidget(m_history, 2);

    connect(m_scheduler, &SyncScheduler::started, this, [this] {
        m_now->setEnabled(false);
        m_cancel->setEnabled(true);
        m_progress->setValue(0);
        m_banner->hide();
    });
    connect(m_scheduler, &SyncScheduler::progress, this,
            [this](qint64 acked, qint64 total) { m_progress->setValue(total > 0 ? int(acked * 100 / total) : 100); });
    connect(m_scheduler, &SyncScheduler::statusChanged, m_status, &QLabel::setText);
    connect(m_scheduler, &SyncScheduler::finished, this, &SyncPage::onFinished);
    connect(m_scheduler, &SyncScheduler::scheduleChanged, this, &SyncPage::updateNext);
    reload();
}

QWidget* SyncPage::buildSettings()
{
    auto* box = new QGroupBox(tr("Connection"), this);
    auto* form = new QFormLayout(box);
    m_endpoint = new QLineEdit(box);
    m_endpoint->setObjectName(QStringLiteral("syncEndpoint"));
    m_endpoint->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("Bureau address"), m_endpoint);
    m_code = new QLineEdit(box);
    m_code->setObjectName(QStringLiteral("syncSchoolCode"));
    form->addRow(tr("School code"), m_code);
    m_token = new QLineEdit(box);
    m_token->setObjectName(QStringLiteral("syncToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("kept in the system keychain; type to replace"));
    form->addRow(tr("Token"), m_token);
    auto* caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(box);
    m_caFile->setObjectName(QStringLiteral("syncCaFile"));
    m_caFile->setPlaceholderText(tr("optional: the bureau's CA certificate (PEM)"));
    auto* browse = new QPushButton(tr("Browse…"), box);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Bureau CA certificate"), QString(),
                                                       tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    form->addRow(tr("CA file"), caRow);
    m_pin = new QLineEdit(box);
    m_pin->setObjectName(QStringLiteral("syncPin"));
    m_pin->setPlaceholderText(tr("optional: sha256/… of the server's public key"));
    form->addRow(tr("Pinned key"), m_pin);
    auto* dailyRow = new QHBoxLayout;
    m_daily = new QCheckBox(tr("Every day at"), box);
    m_daily->setObjectName(QStringLiteral("syncDaily"));
    m_dailyAt = new QTimeEdit(box);
    m_dailyAt->setObjectName(QStringLiteral("syncDailyAt"));
    m_dailyAt->setDisplayFormat(QStringLiteral("HH:mm"));
    dailyRow->addWidget(m_daily);
    dailyRow->addWidget(m_dailyAt);
    dailyRow->addStretch();
    form->addRow(tr("Schedule"), dailyRow);
    auto* saveButton = new QPushButton(tr("Save"), box);
    saveButton->setObjectName(QStringLiteral("syncSave"));
    connect(saveButton, &QPushButton::clicked, this, &SyncPage::save);
    form->addRow(QString(), saveButton);
    return box;
}

QWidget* SyncPage::buildRun()
{
    auto* box = new QGroupBox(tr("Run"), this);
    auto* v = new QVBoxLayout(box);
    auto* buttons = new QHBoxLayout;
    m_now = new QPushButton(tr("Sync now"), box);
    m_now->setObjectName(QStringLiteral("syncNow"));
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setEnabled(false);
    connect(m_now, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_cancel, &QPushButton::clicked, m_scheduler, &SyncScheduler::cancel);
    buttons->addWidget(m_now);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    v->addLayout(buttons);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 100);
    v->addWidget(m_progress);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    m_next = new QLabel(box);
    m_next->setObjectName(QStringLiteral("syncNext"));
    v->addWidget(m_next);
    v->addStretch();
    return box;
}

void SyncPage::reload()
{
    const SyncSettings s = SyncSettings::load(m_ws.store());
    m_endpoint->setText(s.endpoint);
    m_code->setText(m_ws.schoolCode());
    m_caFile->setText(s.caFile);
    m_pin->setText(s.pin);
    m_daily->setChecked(s.dailyAt.isValid());
    m_dailyAt->setTime(s.dailyAt.isValid() ? s.dailyAt : QTime(18, 0));
    const SyncAck ack = SyncRepository(m_ws.store()).ack();
    const qint64 head = m_ws.store().journal().headSeq();
    m_progress->setValue(head > 0 ? int(ack.seq * 100 / head) : 100);
    m_status->setText(tr("The bureau holds %1 of %2 journal entries.").arg(ack.seq).arg(head));
    fillHistory();
    fillNotices();
    updateNext();
}

void SyncPage::save()
{
    SyncSettings s = SyncSettings::load(m_ws.store());
    s.endpoint = m_endpoint->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.pin = m_pin->text().trimmed();
    s.dailyAt = m_daily->isChecked() ? m_dailyAt->time() : QTime();
    if (const QString why = s.validate(); !why.isEmpty()) {
        showBanner(why, true);
        return;
    }
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        showBanner(tr("Enter the school code the bureau assigned."), true);
        return;
    }
    Status st = s.save(m_ws.store());
    if (st && code != m_ws.schoolCode())
        st = m_ws.store().setMeta(QStringLiteral("school.code"), code);
    if (st && !m_token->text().isEmpty()) {
        st = SyncSettings::saveToken(code, m_token->text().toUtf8());
        if (st)
            m_token->clear();
    }
    if (!st) {
        showBanner(tr("The settings were not saved: %1").arg(st.error().message), true);
        return;
    }
    m_scheduler->start();
    showBanner(tr("Saved."), false);
}

void SyncPage::syncNow()
{
    if (!m_scheduler->runNow(QStringLiteral("manual")))
        showBanner(tr("A sync is already running."), false);
}

void SyncPage::onFinished(const SyncOutcome& outcome)
{
    m_now->setEnabled(true);
    m_cancel->setEnabled(false);
    showBanner(outcome.message, !outcome.ok);
    if (outcome.ok)
        m_progress->setValue(100);
    m_status->setText(tr("The bureau holds %1 of %2 journal entries.")
                          .arg(SyncRepository(m_ws.store()).ack().seq)
                          .arg(m_ws.store().journal().headSeq()));
    fillHistory();
    fillNotices();
    if (outcome.notices > 0)
        Q_EMIT dataChanged(); // new findings
}

void SyncPage::showBanner(const QString& text, bool error)
{
    m_banner->setProperty("error", error);
    m_banner->setStyleSheet(
        error ? QStringLiteral("background:#fdecea;color:#8a1c12;border:1px solid #e0a39c;padding:6px;")
              : QStringLiteral("background:#e8f4ea;color:#1d5e2c;border:1px solid #a5cfad;padding:6px;"));
    m_banner->setText(text);
    m_banner->show();
}

void SyncPage::fillHistory()
{
    const QList<SyncRun> runs = SyncRepository(m_ws.store()).runs(100);
    m_history->setRowCount(int(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        const SyncRun& r = runs.at(i);
        const QString how = r.trigger == u"daily"   ? tr("daily")
                            : r.trigger == u"retry" ? tr("retry")
                            : r.trigger == u"cli"   ? tr("command line")
                                                    : tr("by hand");
        const QString result = r.outcome == u"ok"          ? tr("done")
                               : r.outcome == u"running"   ? tr("running")
                               : r.outcome == u"cancelled" ? tr("cancelled")
                                                           : tr("failed");
        const QStringList cells{when(r.started),
                                how,
                                result,
                                QString::number(r.sent),
                                QString::number(r.ackSeq),
                                QLocale().formattedDataSize(r.bytes),
                                r.message};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();
}

void SyncPage::fillNotices()
{
    const QList<SyncNotice> list = SyncRepository(m_ws.store()).notices();
    m_notices->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const SyncNotice& n = list.at(i);
        const QString kind = n.kind == u"threat" ? tr("threat") : n.kind == u"request" ? tr("request") : tr("notice");
        const QStringList cells{n.deadline.isValid() ? n.deadline.toString(Qt::ISODate) : QString(), kind, n.title,
                                n.id, n.closed ? tr("closed") : tr("open")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, n.id);
            m_notices->setItem(i, c, item);
        }
    }
    m_notices->resizeColumnsToContents();
    m_notices->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void SyncPage::updateNext()
{
    const QDateTime next = m_scheduler->nextRun();
    m_next->setText(next.isValid() ? tr("Next run: %1").arg(when(next)) : tr("No run is scheduled."));
}

bool SyncPage::openRecord(const QString& recordId)
{
    for (int i = 0; i < m_notices->rowCount(); ++i) {
        if (m_notices->item(i, 0)->data(Qt::UserRole).toString() == recordId) {
            m_notices->selectRow(i);
            m_notices->scrollToItem(m_notices->item(i, 0));
            return true;
        }
    }
    return false;
}

} // namespace csl
