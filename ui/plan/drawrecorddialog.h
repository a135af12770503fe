#pragma once
// DrawRecordDialog: a stored random draw as its record prints (随机抽查记录:
// the seed, both pools with their hashes, the recusals that applied, the
// units and their inspectors, and how to re-run it), read on screen, with
// Print and Save PDF.

#include <QDate>
#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace casedesk {

class Database;

class DrawRecordDialog : public QDialog {
    Q_OBJECT

  public:
    DrawRecordDialog(Database &db, qint64 drawId, const QDate &today, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *savePdfButton() const { return m_savePdf; }

  private:
    Database &m_db;
    const qint64 m_drawId;
    const QDate m_today;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
};

} // namespace casedesk
