#pragma once
// CaseQueries: the read side for lists and the start page, filtered, sorted
// and paged in SQL so the case list stays fast with 100,000 cases. "Due"
// filters use the stored due date that StatutoryClock computed.

#include "cases/enforcementcase.h"
#include "database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace casedesk {

struct CaseFilter {
    QString search;                   // number, lead number, title, party name/code, facts (instr, case-insensitive)
    QList<CaseStage> stages;          // empty: any
    QList<CaseSource> sources;        // empty: any
    QString section;                  // empty: any
    qint64 handlerId = 0;             // 0: any
    int year = 0;                     // year received (leads) or filed; 0: any
    bool overdueOnly = false;         // decision or a seizure past due
    std::optional<int> dueWithinDays; // decision or seizure due in 0..N days, or overdue
    QDate today;                      // for the due filters (default: current date)
};

enum class CaseSort { Number, Received, Stage, Party, Due, Modified };

struct CaseRow {
    qint64 id = 0;
    QString displayNumber; // case number or lead number
    QString title;
    QString partyName;
    CaseStage stage = CaseStage::Lead;
    CaseSource source = CaseSource::Complaint;
    QString section;
    QString handlers; // "张三、李四"
    QDate receivedOn;
    QDate filedOn;
    QDate dueOn;        // decision due (invalid when not running)
    QDate seizureDueOn; // earliest open seizure due (invalid when none)
    bool clockStopped = false;
    QString modifiedAt;
};

// What the start page lists: a deadline within the window or past.
struct CaseDeadline {
    qint64 caseId = 0;
    QString displayNumber;
    QString title;
    QString partyName;
    QString what; // "decision" or "seizure"
    QDate due;
    int daysLeft = 0;
};

class CaseQueries {
  public:
    explicit CaseQueries(const Database &db) : m_db(db) {}

    int count(const CaseFilter &filter) const;
    QList<CaseRow> page(const CaseFilter &filter, CaseSort sort, bool ascending, int offset, int limit) const;
    // Decisions and seizures due within `days` of `today` or overdue, most urgent first.
    QList<CaseDeadline> deadlines(const QDate &today, int days) const;
    // The legal references of these responsibility items (and of their
    // duties) as provisions to pick: legalReferenceId, law, article, and the
    // situations as text; role Violated, no fine range.
    QList<CaseProvision> provisionChoices(const QList<qint64> &itemIds) const;
    // Sections and years in use, for the filter combos.
    QStringList sections() const;
    QList<int> years() const;

  private:
    const Database &m_db;
};

} // namespace casedesk
