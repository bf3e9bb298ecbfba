// 操作日志: the whole history, filterable, with the chain's status and exports.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace csl {

class JournalTableModel;
class MessageBanner;
class Workspace;

/// @brief The journal page of the shell (not a module: it shows every module's history).
class JournalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)
public:
    JournalPage(Workspace& workspace, QWidget* parent);

    JournalTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Walks the whole chain and shows the verdict.
    void verifyChain();
    /// Writes the filtered journal to @p path (.xlsx, .csv or .pdf by suffix); the banner tells the outcome.
    bool exportTo(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void exportAs();
    void updateCount();

    Workspace& m_workspace;
    JournalTableModel* m_model;
    MessageBanner* m_banner;
    QComboBox* m_module;
    QLineEdit* m_actor;
    QLineEdit* m_record;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QTableView* m_view;
    QLabel* m_count;
    QLabel* m_chain;
    QTimer* m_debounce;
    bool m_loaded = false;
};

} // namespace csl
