#pragma once
// EntitySearchPicker: finds a registered entity by typing part of its name,
// code or address (the register searched as in the entity list,
// EntityQueries) and offers the results, name and code, to pick from with
// the mouse or the keyboard (Down or Enter from the search box, Enter on a
// result). The campaign dialog adds each pick to its targets; the recusal
// and sampling forms keep one. The picker keeps nothing itself: it reports
// each pick.

#include "register/entityqueries.h"

#include <QWidget>

class QListWidget;

namespace casedesk {

class Database;
class SearchField;

class EntitySearchPicker : public QWidget {
    Q_OBJECT

  public:
    // Enough to pick from; a longer list means the search needs another word.
    static constexpr int kMostResults = 30;

    explicit EntitySearchPicker(Database &db, QWidget *parent = nullptr);

    SearchField *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    // Searches at once (the tests, and a form opened on a known name).
    void search(const QString &term);
    // Picks the result row (emits picked).
    void pick(int row);
    void setReadOnly(bool readOnly);
    // A form that keeps one entity hides the results once it is picked; a
    // list of targets keeps them for the next pick.
    void setHideResultsOnPick(bool hide) { m_hideOnPick = hide; }

  signals:
    void picked(const EntityRow &entity);

  protected:
    // Enter on a result picks it and goes no further: it must not also
    // press the dialog's default button.
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    Database &m_db;
    SearchField *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QList<EntityRow> m_rows;
    bool m_hideOnPick = false;
};

} // namespace casedesk
