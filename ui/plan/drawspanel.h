#pragma once
// DrawsPanel: the random draws of the year on the plan page (number, day,
// domain, purpose, units, who drew), newest first, with New Draw (the
// DrawDialog, for those who plan), View (the record as it prints), Verify
// (re-runs the stored draw: the pools give their hashes and the result is
// the same, or what differs) and Print.

#include "inspections/drawrepository.h"

#include <QDate>
#include <QWidget>

class QPushButton;

namespace casedesk {

class Database;
class RecordTable;
class Session;

class DrawsPanel : public QWidget {
    Q_OBJECT

  public:
    enum Column { NumberColumn, DateColumn, DomainColumn, PurposeColumn, UnitsColumn, DrawnByColumn };

    explicit DrawsPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void showPermitted(const Session &session);
    void setYear(int year);
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    // The domain the next draw starts with (the plan page's filter).
    void setDomain(const QString &domain) { m_domain = domain; }
    void refresh();
    const QList<InspectionDraw> &draws() const { return m_draws; }

    RecordTable *table() const { return m_table; }
    QPushButton *newDrawButton() const { return m_new; }
    QPushButton *viewButton() const { return m_view; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *printButton() const { return m_print; }

    // The selected draw's check, as the message box shows it (empty when none is selected).
    QString verifySelected();

  public slots:
    void newDraw();
    void viewSelected();
    void printSelected();

  signals:
    void drawMade(qint64 drawId);

  private:
    void updateButtons();

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QDate m_today;
    int m_year = 0;
    QString m_domain;
    bool m_mayPlan = false;
    QList<InspectionDraw> m_draws;
    RecordTable *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_view = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace casedesk
