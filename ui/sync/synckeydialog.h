#pragma once
// SyncKeyDialog: an administrator gives this workstation the bureau's new
// sync key (Tools → Sync Key…): the current key's fingerprint, the new key
// typed twice or loaded from a file, stored through SyncKey::change (which
// checks the permission and audits both fingerprints). Every workstation
// of the bureau needs the same key before the next exchange.

#include <QDialog>

class QLabel;
class QPushButton;

namespace casedesk {

class Database;
class InlineMessage;
class Session;
class SyncKeyField;

class SyncKeyDialog : public QDialog {
    Q_OBJECT

  public:
    SyncKeyDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    SyncKeyField *keyField() const { return m_key; }
    QLabel *currentLabel() const { return m_current; }
    QPushButton *okButton() const { return m_ok; }
    QString message() const;

    void accept() override;

  private:
    void updateButton();

    Database &m_db;
    const Session &m_session;
    QLabel *m_current = nullptr;
    SyncKeyField *m_key = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace casedesk
