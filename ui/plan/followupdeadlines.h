#pragma once
// FollowUpDeadlines: the start page's table of supervision follow-ups:
// orders to correct and directives awaiting their follow-up check
// (InspectionQueries::followUps) and the sampling deadlines (objection,
// rectification, re-check sampling; SamplingQueries::deadlines), due within
// the page's window or overdue, soonest first, each saying how many days
// are left or overdue (overdue in red). Double-click or Enter on a row asks
// for its inspection record or its sampling batch.

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;

namespace casedesk {

class Database;
class RecordTable;

class FollowUpDeadlines : public QWidget {
    Q_OBJECT

  public:
    enum Column { NumberColumn, UnitColumn, WhatColumn, DueColumn, DaysColumn };
    enum class Source { Inspection, Sampling };
    struct Line {
        Source source = Source::Inspection;
        qint64 id = 0; // the inspection's or the batch's
        QString number;
        QString unit;
        QString what;
        QDate due;
        int daysLeft = 0;
    };

    explicit FollowUpDeadlines(QWidget *parent = nullptr);

    // Reads both lists again: due on or before today + windowDays; at most `limit` rows shown.
    void refresh(const Database *db, const QDate &today, int windowDays, int limit);
    const QList<Line> &lines() const { return m_lines; }
    int overdueCount() const { return m_overdue; }
    // All the follow-ups the window holds (the heading's count; the table may show fewer).
    int totalCount() const { return m_total; }

    RecordTable *table() const { return m_table; }
    QLabel *heading() const { return m_heading; }

  signals:
    void inspectionRequested(qint64 inspectionId);
    void samplingRequested(qint64 batchId);
    void loadFailed(const QString &message);

  private:
    QLabel *m_heading = nullptr;
    RecordTable *m_table = nullptr;
    QList<Line> m_lines;
    int m_overdue = 0;
    int m_total = 0;
};

} // namespace casedesk
