#pragma once
// BureauSettingsDialog: the bureau's name, its case-number abbreviation and
// the idle lock, checked with BureauSettings::validate as they are typed and
// saved through BureauSettings::update (audited). The workstation code is
// shown but fixed. Anyone may look; only those allowed may change them.

#include "auth/session.h"
#include "bureausettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace casedesk {

class Database;
class InlineMessage;

class BureauSettingsDialog : public QDialog {
    Q_OBJECT

  public:
    BureauSettingsDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    // The settings as the form holds them now (after OK: as saved).
    BureauSettings settings() const;

    void accept() override;

  private:
    void revalidate();

    Database &m_db;
    const Session m_session;
    BureauSettings m_loaded;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_abbreviation = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QLineEdit *m_site = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
