#pragma once
// SyncExportDialog: what an exchange file is for (Tools → Export Exchange
// File…): the changes another workstation does not hold yet, chosen among
// those this one has exchanged with or typed as a new code, or everything,
// for a workstation that joins the bureau. Export… then asks where to
// write it, suggesting a name that says from whom, to whom and when, in
// the folder used last.

#include "sync/syncexporter.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QRadioButton;

namespace casedesk {

class InlineMessage;

class SyncExportDialog : public QDialog {
    Q_OBJECT

  public:
    // site: this workstation; peers: the others it has exchanged with.
    SyncExportDialog(const QString &site, const QStringList &peers, QWidget *parent = nullptr);

    // The request once accepted (the file chosen).
    const ExportRequest &request() const { return m_request; }

    QRadioButton *changesChoice() const { return m_changes; }
    QRadioButton *everythingChoice() const { return m_everything; }
    QComboBox *peerField() const { return m_peer; }
    QPushButton *exportButton() const { return m_export; }
    QString message() const;

    // The file name suggested for the choice, e.g. Exchange_A_to_B_20261122.cdx.
    QString suggestedFileName() const;
    static QString exchangeFolder();
    static void rememberExchangeFolder(const QString &file);

    void accept() override;

  private:
    void updateButton();
    // The workstation chosen, or why it cannot be.
    Status checkTarget() const;

    QString m_site;
    QRadioButton *m_changes = nullptr;
    QRadioButton *m_everything = nullptr;
    QComboBox *m_peer = nullptr;
    InlineMessage *m_message = nullptr;
    QPushButton *m_export = nullptr;
    ExportRequest m_request;
};

} // namespace casedesk
