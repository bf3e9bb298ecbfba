// Help > User guide: the Chinese user guide rendered from the application's resources.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace csl {

/// @brief A modeless window showing docs/user-guide.zh_CN.md (embedded at :/docs).
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)
public:
    explicit UserGuideDialog(QWidget* parent);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace csl
