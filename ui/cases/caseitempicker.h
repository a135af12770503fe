#pragma once
// CaseItemPicker: the responsibility items a case carries out, in the case
// form. Typing searches the responsibility list as its browser does
// (ResponsibilityListQueries::search: 1- and 2-character Chinese words
// too); ticking a result adds the item to the case, unticking or Remove
// takes it off. The items chosen are listed under the results.

#include "cases/enforcementcase.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace casedesk {

class Database;
class SearchField;

class CaseItemPicker : public QWidget {
    Q_OBJECT

  public:
    explicit CaseItemPicker(Database &db, QWidget *parent = nullptr);

    void setItems(const QList<CaseItem> &items);
    const QList<CaseItem> &items() const { return m_items; }
    QList<qint64> itemIds() const;
    void setReadOnly(bool readOnly);

    SearchField *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }

  signals:
    void changed();

  private:
    void search(const QString &term);
    void resultToggled(QListWidgetItem *result);
    void removeChosen();
    void refreshChosen();
    void tickResults();

    Database &m_db;
    QList<CaseItem> m_items;
    bool m_readOnly = false;
    SearchField *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QListWidget *m_chosen = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace casedesk
