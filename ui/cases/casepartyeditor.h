#pragma once
// CasePartyEditor: the party of a case in the case form: a registered
// entity, found by typing part of its name, code or address (the register
// searched as in the entity list, EntityQueries) and picked from the
// results showing name and code; or a person, with name, resident ID number
// (checked as it is typed: IdentityNumbers::check names the wrong
// character), address and phone. Its fields report to the form's
// FormProblems under the keys CaseWorkflow::problems uses (partyEntity,
// partyName, partyCode).

#include "cases/enforcementcase.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

namespace casedesk {

class Database;
class FormProblems;
class SearchField;

class CasePartyEditor : public QWidget {
    Q_OBJECT

  public:
    CasePartyEditor(Database &db, FormProblems *problems, QWidget *parent = nullptr);

    void setParty(const CaseParty &party);
    CaseParty party() const;
    void setReadOnly(bool readOnly);
    // The entities the search found, for the tests: name and code.
    QListWidget *results() const { return m_results; }
    // Picks the entity of the result row.
    void pick(int row);
    // The remark under the ID number when it is right ("check character correct").
    void updateRemark();

  signals:
    // A field changed; `key` is its problem key.
    void edited(const QString &key);

  private:
    void search(const QString &term);
    void showChosen();
    QLineEdit *personField(const char *name, const QString &key);

    Database &m_db;
    FormProblems *m_problems;
    CaseParty m_entity; // the entity picked, as copied from the register

    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    SearchField *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_chosen = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
};

} // namespace casedesk
