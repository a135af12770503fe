#pragma once
// InspectorPicker: the inspectors of an inspection form: only the staff who
// may inspect in the record's domain on its day (InspectionRepository::
// eligibleInspectors: an enforcement certificate, or a special-equipment
// one for special equipment, valid on the day), each shown with the
// certificate that counts, ticked with the mouse or Space. Someone ticked
// before who is no longer eligible (the domain or the day changed) stays in
// the list, marked, so they can be taken off.

#include "inspections/inspection.h"

#include <QListWidget>

namespace casedesk {

class InspectorPicker : public QListWidget {
    Q_OBJECT

  public:
    explicit InspectorPicker(QWidget *parent = nullptr);

    // The eligible staff, keeping who was ticked (`chosen` first, in order).
    void setChoices(const QList<InspectionInspector> &eligible, const QList<InspectionInspector> &chosen);
    // The ticked inspectors: those chosen before in their order, then the new ones.
    QList<InspectionInspector> inspectors() const;
    void setChecked(qint64 staffId, bool checked);
    void setReadOnly(bool readOnly);
    // What the list says while nobody is eligible.
    void setEmptyText(const QString &text) { m_emptyText = text; }

  signals:
    void changed();

  private:
    QList<InspectionInspector> m_choices;
    QList<qint64> m_order; // ticked, in the order they were ticked
    QList<qint64> m_ineligible;
    bool m_filling = false;
    QString m_emptyText;
};

} // namespace casedesk
