#pragma once
// SettingsDialog: the user's preferences (for now the interface language).
// Changes are stored when the dialog is accepted and take effect at the
// next start.

#include "uilanguage.h"

#include <QDialog>

class QComboBox;

namespace casedesk {

class SettingsDialog : public QDialog {
    Q_OBJECT

  public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    UiLanguage::Choice selectedLanguage() const;
    void accept() override;

  private:
    QComboBox *m_language = nullptr;
};

} // namespace casedesk
