// 待办与发现: every module's findings in one list, each opening the record it concerns.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace csl {

class FindingsModel;

/// @brief The findings page of the shell: a table by deadline and severity.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)
public:
    FindingsPanel(FindingsModel* model, QWidget* parent);

    QTableView* view() const { return m_view; }
    /// Opens the finding in @p row (as a double-click does).
    void openRow(int row);

Q_SIGNALS:
    void openRequested(const QString& moduleId, const QString& recordId);

private:
    void updateSummary();

    FindingsModel* m_model;
    QLabel* m_summary;
    QTableView* m_view;
};

} // namespace csl
