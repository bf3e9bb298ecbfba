#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace csl {

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/docs")});
    const QString guide = QStringLiteral(":/docs/user-guide.zh_CN.md");
    if (QFile::exists(guide))
        m_browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.zh_CN.md")), QTextDocument::MarkdownResource);
    else
        m_browser->setPlainText(tr("The user guide is not part of this build. It is the file "
                                   "docs/user-guide.zh_CN.md of the source distribution."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* col = new QVBoxLayout(this);
    col->addWidget(m_browser);
    col->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(820, 640);
}

} // namespace csl
