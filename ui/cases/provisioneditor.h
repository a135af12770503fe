#pragma once
// ProvisionEditor: the legal provisions of a case in the case form, as a
// table (role, law, article, text, fine range). "From the Items" offers the
// legal references of the responsibility items the case carries out
// (CaseQueries::provisionChoices) to tick; "Add by Hand" and "Edit" open a
// ProvisionDialog, where an applied provision gets its fine range.

#include "cases/enforcementcase.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace casedesk {

class Database;

class ProvisionEditor : public QWidget {
    Q_OBJECT

  public:
    explicit ProvisionEditor(Database &db, QWidget *parent = nullptr);

    // The responsibility items the form holds now.
    void setItemSource(std::function<QList<qint64>()> items) { m_items = std::move(items); }

    void setProvisions(const QList<CaseProvision> &provisions);
    const QList<CaseProvision> &provisions() const { return m_provisions; }
    void setReadOnly(bool readOnly);

    void chooseFromItems();
    void addByHand();
    void editProvision(int row);
    void removeProvision(int row);

  signals:
    void changed();
    // The provision at `index` was removed (the penalties' references move).
    void removed(int index);

  private:
    void refresh();
    void updateButtons();

    Database &m_db;
    std::function<QList<qint64>()> m_items;
    QList<CaseProvision> m_provisions;
    bool m_readOnly = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_fromItems = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace casedesk
