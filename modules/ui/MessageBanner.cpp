#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace csl {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("messageBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 6, 6);
    row->addWidget(m_label, 1);
    row->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    static const char* const colours[][2] = {
        {"#fdecea", "#b3261e"}, // error
        {"#fff4e5", "#8a5300"}, // warning
        {"#e8f0fe", "#174ea6"}, // information
        {"#e6f4ea", "#137333"}, // positive
    };
    const auto& c = colours[int(kind)];
    setStyleSheet(QStringLiteral("csl--MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "QLabel { color: %2; }")
                      .arg(QLatin1StringView(c[0]), QLatin1StringView(c[1])));
    m_label->setText(text);
    show();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace csl
