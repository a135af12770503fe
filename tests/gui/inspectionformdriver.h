#pragma once
// Driving the inspection form as an inspector would: the unit found by
// typing part of its name and picked with Down and Enter, a colleague ticked
// as second inspector, the checklist walked with the keys (1, Y, 2 with its
// note typed and Enter, 3, Space, then "all remaining conform"), the
// findings typed, an order to correct with its deadline, and the unit's
// signatory.

#include <QDate>
#include <QList>
#include <QString>

class QWidget;

namespace casedesk {
class InspectionFormDialog;
} // namespace casedesk

namespace casedesk::test {

struct InspectionTyping {
    QString unitSearch;
    qint64 secondInspector = 0; // staff id ticked besides the person entering
    QString failedNote = QStringLiteral("安全阀未按期校验");
    QString findings = QStringLiteral("该单位2号电梯安全阀超过校验有效期。");
    QDate correctBy; // the order to correct's deadline
    QString signatory = QStringLiteral("赵经理");
};

// Types the whole record; REQUIREs the checklist to have at least five points.
void typeInspection(InspectionFormDialog &form, const InspectionTyping &typing);
// The keys of the checklist walk: 1, Y, 2 + note + Enter, 3, Space.
void walkChecklist(InspectionFormDialog &form, const QString &failedNote);
// Sends one key to the widget that has the keyboard (the table or the note editor).
void pressKey(int key, const QString &text = {});

} // namespace casedesk::test
