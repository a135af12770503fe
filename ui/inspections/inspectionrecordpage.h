#pragma once
// InspectionRecordPage: the first page of the inspection form: the unit
// (found in the register by typing part of its name, code or address), the
// day, the kind (a campaign or key period names its plan entry or its name;
// a follow-up names the record whose order or directive it checks), the
// domain (by default from the unit's kinds) and the supervision system the
// checklist comes from, the section, the place, the inspectors (only those
// eligible for the domain on the day) and the responsibility items carried
// out. It asks the dialog to load a system's checklist (systemChosen) and
// reports each edit under the keys InspectionRules uses.

#include "auth/session.h"
#include "inspections/inspection.h"
#include "register/entityqueries.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace casedesk {

class CaseItemPicker;
class Database;
class EntitySearchPicker;
class FormProblems;
class InspectorPicker;

class InspectionRecordPage : public QWidget {
    Q_OBJECT

  public:
    InspectionRecordPage(Database &db, const Session &session, FormProblems *problems, QWidget *parent = nullptr);

    void load(const Inspection &record);
    // Writes the page's fields into the record.
    void apply(Inspection &record) const;
    // A correction keeps the unit: it cannot be picked again.
    void setUnitFixed(bool fixed);
    // Back to a system without asking for its checklist (the person kept the old one).
    void setSystem(qint64 systemId);
    qint64 systemId() const;
    QString domain() const;

    // The domain a unit of these kinds is inspected in by default.
    static QString defaultDomain(const EntityKinds &kinds);

    EntitySearchPicker *unitPicker() const { return m_units; }
    QLabel *unitLabel() const { return m_unitLabel; }
    QDateEdit *dayEdit() const { return m_day; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *campaignCombo() const { return m_campaign; }
    QComboBox *followUpCombo() const { return m_followUp; }
    QComboBox *domainCombo() const { return m_domain; }
    QComboBox *systemCombo() const { return m_system; }
    QComboBox *sectionCombo() const { return m_section; }
    QLineEdit *placeEdit() const { return m_place; }
    InspectorPicker *inspectorPicker() const { return m_inspectors; }
    CaseItemPicker *itemPicker() const { return m_items; }
    QWidget *firstField() const;
    QWidget *lastField() const;

  signals:
    void edited(const QString &key);
    // The person chose another supervision system (or the domain changed
    // it): its checklist should replace the one in the form.
    void systemChosen(qint64 systemId);
    void domainChanged(const QString &domain);

  private:
    void unitPicked(const EntityRow &row);
    void showUnit();
    void kindChosen();
    void domainChosen();
    void fillCampaigns();
    void fillFollowUps();
    void fillSystems();
    void fillInspectors();
    void touch(const QString &key);

    Database &m_db;
    const Session &m_session;
    FormProblems *m_problems;
    InspectedUnit m_unit;
    qint64 m_followUpOf = 0;
    bool m_loading = false;
    bool m_domainTouched = false;
    bool m_inspectorsTouched = false;

    EntitySearchPicker *m_units = nullptr;
    QLabel *m_unitLabel = nullptr;
    QDateEdit *m_day = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_campaign = nullptr;
    QComboBox *m_followUp = nullptr;
    QComboBox *m_domain = nullptr;
    QComboBox *m_system = nullptr;
    QComboBox *m_section = nullptr;
    QLineEdit *m_place = nullptr;
    InspectorPicker *m_inspectors = nullptr;
    CaseItemPicker *m_items = nullptr;
};

} // namespace casedesk
