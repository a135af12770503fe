#pragma once
// Driving the case forms as a person would: typing into the lead form,
// picking the party and the items from their searches, answering the
// dialogs the form opens, and taking a case to its next stage through the
// transition dialog of one person's session.

#include "cases/caseworkflow.h"
#include "cases/enforcementcase.h"
#include "database.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>

class QListWidget;
class QPushButton;

namespace casedesk {
class CaseLeadDialog;
class Session;
class TransitionDialog;
} // namespace casedesk

namespace casedesk::test {

template <class T> T *childNamed(QWidget *parent, const char *name)
{
    T *found = parent->template findChild<T *>(QString::fromLatin1(name));
    if (!found)
        FAIL("no child " << name);
    return found;
}

// The OK button of a dialog's "buttons" box.
QPushButton *okButtonOf(QWidget *dialog);
// What the line under a field says, when it shows.
QString problemLine(QWidget *dialog, const char *key);
// Clicks the row of a list view as the mouse would.
void clickRow(QListWidget *list, int row);

// The lead form filled as a clerk would: source, detail, title, the party
// found by typing `partySearch` and picked from the results, the facts,
// the section, the handlers ticked (staff ids), the item found by typing
// `itemSearch` and ticked, and the provisions the item cites (all of them,
// as violated) taken "From the Items".
struct LeadTyping {
    QString sourceDetail = QStringLiteral("12345 投诉 第88号");
    QString title = QStringLiteral("涉嫌生产销售不合格电线电缆案");
    QString partySearch;
    QString facts = QStringLiteral("举报人反映当事人销售的电线导体电阻不合格。");
    QString section = QStringLiteral("稽查股");
    QList<qint64> handlers;
    QString itemSearch;
};
void typeLead(CaseLeadDialog &dialog, const LeadTyping &typing);

// The stages the person's transition dialog offers for the case.
QList<CaseStage> offeredInDialog(Database &db, const Session &who, qint64 caseId);
// Opens the person's transition dialog, chooses `to` (REQUIREd to be
// offered), lets `fill` type the stage's fields and records it; REQUIREs
// that the dialog accepted. Returns the case as stored.
EnforcementCase advanceInDialog(Database &db, const Session &who, qint64 caseId, CaseStage to,
                                const std::function<void(TransitionDialog &)> &fill);

// "filed, not-filed" for failure messages.
QString stageCodes(const QList<CaseStage> &stages);

} // namespace casedesk::test
