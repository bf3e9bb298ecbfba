// An inline message strip above a page or form: errors as values, shown without a modal box.
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace csl {

/// @brief A closable banner that shows one error, warning or note in place.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)
public:
    enum class Kind { Error, Warning, Information, Positive };

    explicit MessageBanner(QWidget* parent);

    void showMessage(const QString& text, Kind kind);
    void showError(const QString& text) { showMessage(text, Kind::Error); }
    void showInformation(const QString& text) { showMessage(text, Kind::Information); }
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};

} // namespace csl
