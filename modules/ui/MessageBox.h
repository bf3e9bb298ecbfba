// Modal questions behind one wrapper, so tests can answer them without a human.
#pragma once

#include <QMessageBox>

#include <optional>

namespace csl {

/**
 * @brief QMessageBox for the few questions that must be modal (delete,
 * restore, quit). A test sets the next answer and no box is shown.
 */
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static void information(QWidget* parent, const QString& title, const QString& text);

    /// Answers every following box with @p answer (tests); std::nullopt shows real boxes again.
    static void setNextAnswer(std::optional<QMessageBox::StandardButton> answer);
    /// The text of the last box asked, shown or answered (tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace csl
