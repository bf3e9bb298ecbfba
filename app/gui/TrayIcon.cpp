#include "TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace csl {

TrayIcon::TrayIcon(QObject* parent) : QObject(parent), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_menu->addAction(tr("Show CampusSec Ledger"), this, &TrayIcon::showRequested);
    m_menu->addAction(tr("To do and findings"), this, &TrayIcon::findingsRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(badgeIcon(0));
    m_tray->setToolTip(toolTip());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::findingsRequested);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QIcon TrayIcon::badgeIcon(int count)
{
    QPixmap pm(64, 64);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    // A shield, the application's mark, with the count on a red badge.
    QPainterPath shield;
    shield.moveTo(32, 4);
    shield.lineTo(56, 12);
    shield.cubicTo(56, 36, 48, 52, 32, 60);
    shield.cubicTo(16, 52, 8, 36, 8, 12);
    shield.closeSubpath();
    p.fillPath(shield, QColor(0x17, 0x4e, 0xa6));
    if (count > 0) {
        p.setBrush(QColor(0xd9, 0x30, 0x25));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRect(28, 28, 36, 36));
        QFont f = QApplication::font();
        f.setPixelSize(count > 99 ? 14 : 20);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRect(28, 28, 36, 36), Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
    }
    return QIcon(pm);
}

QString TrayIcon::toolTip() const
{
    if (m_locked)
        return tr("CampusSec Ledger (locked)");
    return tr("CampusSec Ledger: %n finding(s) to handle", nullptr, m_count);
}

QList<Finding> TrayIcon::setFindings(const QList<Finding>& findings, int noticeDays, QDate today)
{
    m_count = int(findings.size());
    m_tray->setIcon(badgeIcon(m_count));
    m_tray->setToolTip(toolTip());
    QList<Finding> due;
    for (const Finding& f : findings) {
        if (!f.deadline.isValid() || today.daysTo(f.deadline.date()) > noticeDays)
            continue;
        const QString key = f.ruleId + QLatin1Char('|') + f.moduleId + QLatin1Char('|') + f.recordId +
                            QLatin1Char('|') + f.deadline.toString(Qt::ISODate);
        if (m_notified.contains(key))
            continue;
        m_notified.insert(key);
        due << f;
    }
    if (!due.isEmpty() && m_tray->isVisible()) {
        const QString text = due.size() == 1
                                 ? tr("Due %1: %2").arg(QLocale().toString(due.first().deadline, QLocale::ShortFormat),
                                                        due.first().title)
                                 : tr("%n finding(s) are due within %1 days.", nullptr, int(due.size())).arg(noticeDays);
        m_tray->showMessage(tr("Deadline near"), text, QSystemTrayIcon::Warning, 10000);
    }
    return due;
}

void TrayIcon::setLocked(bool locked)
{
    m_locked = locked;
    m_tray->setToolTip(toolTip());
    // A locked ledger shows no count: the number itself says something about the registers.
    m_tray->setIcon(badgeIcon(locked ? 0 : m_count));
}

} // namespace csl
