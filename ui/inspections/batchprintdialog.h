#pragma once
// BatchPrintDialog: a section chief's print run: every finished inspection
// record of a section inspected in a range of days (InspectionQueries::
// forPrinting: by day, then number), previewed or saved as one PDF in which
// each record starts on a new page. Opens on the person's own section and
// this month, and says how many records will print before anything is
// rendered.

#include <QDate>
#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace casedesk {

class Database;

class BatchPrintDialog : public QDialog {
    Q_OBJECT

  public:
    BatchPrintDialog(Database &db, const QString &section, const QDate &today, QWidget *parent = nullptr);

    QString section() const;
    QDate from() const;
    QDate to() const;
    // The records that will print, in print order.
    const QList<qint64> &ids() const { return m_ids; }
    // The PDF's title: the section and the days.
    QString title() const;

    bool preview();
    bool savePdf();
    bool savePdfTo(const QString &path);

    QComboBox *sectionCombo() const { return m_section; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *savePdfButton() const { return m_savePdf; }

  private:
    void recount();

    Database &m_db;
    QDate m_today;
    QList<qint64> m_ids;
    QComboBox *m_section = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_savePdf = nullptr;
};

} // namespace casedesk
