#pragma once
// SyncKeyField: where a person gives the bureau's sync key: typed (hidden
// as a password, optionally twice) or loaded from a key file, with the
// key's fingerprint shown as soon as it is long enough, so it can be
// compared with another workstation's. The key's text stays in the core's
// SyncKey; a loaded file's text never reaches a widget.

#include "sync/synckey.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {

class SyncKeyField : public QWidget {
    Q_OBJECT

  public:
    enum class Confirmation { None, Twice };

    explicit SyncKeyField(Confirmation confirmation, QWidget *parent = nullptr);

    // Nothing typed or loaded.
    bool isEmpty() const;
    // The key given, or why it cannot be used (too short, the two differ);
    // nothing when the field is empty.
    Result<std::optional<SyncKey>> key() const;
    // Uses the key file's first line (SyncKey::fromFile); false after
    // saying why it cannot be read.
    bool loadFile(const QString &path);

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *confirmationEdit() const { return m_confirmation; }
    QPushButton *loadButton() const { return m_load; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }

  signals:
    void changed();

  private:
    void chooseFile();
    void typed();
    void showState();

    QLineEdit *m_key = nullptr;
    QLineEdit *m_confirmation = nullptr; // only when asked twice
    QPushButton *m_load = nullptr;
    QLabel *m_fingerprint = nullptr;
    std::optional<SyncKey> m_fromFile;
    QString m_fileName;
    QString m_fileError;
};

} // namespace casedesk
