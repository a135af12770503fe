#pragma once
// PenaltyEditor: the penalties of a case in the case form: a table of them
// and Add, Edit and Remove, each penalty edited in a PenaltyDialog that
// assesses a fine as it is typed (FineAssessment: bounds, bands, tier). It
// asks the form for the case as it stands (the provisions a fine may apply
// and the party whose licences may be revoked) each time it opens the
// dialog, and keeps each fine's applied provision pointing at the same
// provision when one above it is removed.

#include "cases/enforcementcase.h"

#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace casedesk {

class Database;

class PenaltyEditor : public QWidget {
    Q_OBJECT

  public:
    explicit PenaltyEditor(Database &db, QWidget *parent = nullptr);

    // The case as the form holds it now.
    void setCaseSource(std::function<EnforcementCase()> current) { m_current = std::move(current); }

    void setPenalties(const QList<Penalty> &penalties);
    const QList<Penalty> &penalties() const { return m_penalties; }
    void setReadOnly(bool readOnly);
    // The provision at `index` left the case.
    void provisionRemoved(int index);

    void addPenalty();
    void editPenalty(int row);
    void removePenalty(int row);

  signals:
    void changed();

  private:
    bool editInDialog(Penalty &penalty, bool adding);
    void refresh();
    void updateButtons();

    Database &m_db;
    std::function<EnforcementCase()> m_current;
    QList<Penalty> m_penalties;
    bool m_readOnly = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace casedesk
