#pragma once
// PlanEntriesPanel: the year's special campaigns and key-period checks as a
// list on the plan page (title, kind, domain, the days, section, targets)
// with Add, Edit and Remove. Only those who plan (PlanInspections) see the
// buttons; the dialogs write through PlanRepository, and the panel reports
// each change so the page reads the plan again.

#include "inspections/inspectionplan.h"

#include <QWidget>

class QPushButton;

namespace casedesk {

class Database;
class RecordTable;
class Session;

class PlanEntriesPanel : public QWidget {
    Q_OBJECT

  public:
    enum Column { TitleColumn, KindColumn, DomainColumn, DaysColumn, SectionColumn, TargetsColumn };

    explicit PlanEntriesPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void showPermitted(const Session &session);
    void setYear(int year);
    void refresh();
    const QList<PlanEntry> &entries() const { return m_entries; }

    RecordTable *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

  public slots:
    void addEntry();
    void editEntry();
    void removeEntry();

  signals:
    void changed();

  private:
    void updateButtons();

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    int m_year = 0;
    bool m_mayPlan = false;
    QList<PlanEntry> m_entries;
    RecordTable *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace casedesk
