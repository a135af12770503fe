#pragma once
// RegisterImportDialog: loads entities, licences or special equipment from
// a clerk's CSV file. The person picks the file (the folder is remembered)
// and the table (preselected from the header row), maps each column to a
// field or ignores it (preselected from the headings), and checks: a dry
// run of RegisterImporter that lists every bad row with its line and
// reason, and the near duplicates, without writing anything. Only a plan
// with no problem can be imported; the import is all or nothing, shows its
// progress and can be cancelled (nothing is stored then).

#include "auth/session.h"
#include "register/registerimporter.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace casedesk {

class Database;
class InlineMessage;

class RegisterImportDialog : public QDialog {
    Q_OBJECT

  public:
    RegisterImportDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    // Reads the header row of a file, as if chosen with Choose…; false (and
    // the reason shown) when it cannot be read.
    bool openFile(const QString &path);
    // The dry run with the table and mapping shown; true when the plan may
    // be imported.
    bool check();
    // Writes the checked plan; true when it was stored.
    bool importPlan();

    RegisterTable table() const;
    // The field key chosen for each column ("" = ignored).
    QStringList mapping() const;
    // Records stored by the last import (0 before).
    int importedCount() const { return m_imported; }

  signals:
    void imported(int count);

  private:
    void chooseFile();
    void fillMapping(const QStringList &guessed);
    void tableChosen();
    void mappingChanged();
    void forgetPlan();
    void showPlan(const ImportPlan &plan);

    Database &m_db;
    const Session m_session;
    QString m_path;
    QStringList m_headings;
    QStringList m_examples; // the first data row, to recognise the columns by
    std::optional<ImportPlan> m_plan;
    int m_imported = 0;

    QLineEdit *m_file = nullptr;
    QLabel *m_fileInfo = nullptr;
    QComboBox *m_table = nullptr;
    QTableWidget *m_mapping = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_report = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace casedesk
