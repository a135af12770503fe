#pragma once
// SamplerPicker: the samplers of a batch, ticked in a list of the staff who
// may sample on the day (InspectionRepository::eligibleInspectors: an
// enforcement certificate valid that day), each shown with the certificate
// and its validity. Space ticks the current one. People ticked before whose
// certificate has lapsed stay listed, so they can be taken off.

#include "inspections/inspection.h"

#include <QDate>
#include <QListWidget>

namespace casedesk {

class Database;

class SamplerPicker : public QListWidget {
    Q_OBJECT

  public:
    explicit SamplerPicker(Database &db, QWidget *parent = nullptr);

    // The staff eligible on `day`, keeping those ticked.
    void setDay(const QDate &day);
    void setSamplers(const QList<InspectionInspector> &samplers);
    QList<InspectionInspector> samplers() const;
    // Ticks the row of the staff member (the tests, and a sampler by login).
    bool tick(const QString &login, bool on = true);

  signals:
    void changed();

  private:
    void fill(const QList<InspectionInspector> &ticked);

    Database &m_db;
    QDate m_day;
    QList<InspectionInspector> m_choices;
};

} // namespace casedesk
