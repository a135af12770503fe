#pragma once
// DutiesTableParser reads the rows of the main-duties table (部门主要职责 /
// 部门职责登记表) into MainDuty values. It copes with what page breaks and
// cell merges do to a converted table: continuation rows with empty leading
// cells, a duty row repeated on the next page, stray rows whose text sits in
// the first column, heading text copied into the number column, a table note
// (注) as a row, and the accountability basis cut mid-word between pages.

#include "responsibilitylist.h"
#include "tablecolumns.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace casedesk {

class DutiesTableParser {
  public:
    // One data row; returns what is wrong with it (translated, without the
    // file and line, which the caller adds) or nothing.
    std::optional<QString> addRow(const TableColumns &columns, const QStringList &cells);

    // The duties with their references split out of the basis column.
    QList<MainDuty> duties() const;
    QStringList notes() const { return m_notes; }

  private:
    struct Pending {
        MainDuty duty;
        QString unit;  // the unit a duty's text names as in charge (…稽查队承担)
        QString basis; // the 追责依据 column, page-break pieces rejoined
    };

    Pending *dutyNumbered(const QString &number, const QString &text);
    void addItems(Pending &duty, const QStringList &texts, const QString &sectionsCell, const QString &remarks,
                  const QString &heading);
    static void appendBasis(Pending &duty, const QString &cell);
    static QString unitInCharge(const QString &dutyText);

    QList<Pending> m_duties;
    qsizetype m_current = -1;
    QStringList m_notes;
};

} // namespace casedesk
