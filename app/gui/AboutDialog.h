// Help > About: version, components, licence notice.
#pragma once

#include <QDialog>

namespace csl {

class Store;

/// @brief Shows what this build is made of; @p store (may be null) gives the SQLCipher version in use.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    AboutDialog(const Store* store, QWidget* parent);
};

} // namespace csl
