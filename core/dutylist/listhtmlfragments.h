#pragma once
// The building blocks ListHtmlRenderer's documents are made of: the page
// with its style sheet, escaped headings and paragraphs, key/value tables
// and the few names (an edition, a numbered duty) every page writes the
// same way. Internal to the renderer.

#include "dutylist/dutylistqueries.h"

#include <QString>
#include <QStringList>

namespace casedesk::ListHtml {

QString esc(const QString &text);
// A whole document: the style sheet and the body.
QString document(const QString &body);
QString heading(int level, const QString &text);
// Published text keeps its paragraphs as '\n'-separated lines: one <p> each.
QString paragraphs(const QString &text, const QString &cssClass = {});
// A note in grey: "the list gives no …".
QString muted(const QString &text);

// A two-column key/value table; rows whose value is empty are left out.
class FactTable {
  public:
    FactTable &add(const QString &key, const QString &value);
    QString html() const;

  private:
    QStringList m_rows;
};

// Section names and similar lists joined the way the language writes them.
QString joinSections(const QStringList &sections);
// department (label), or the label alone when it already names the department.
QString editionName(const EditionRow &edition);
// "3. text" for a numbered duty, matter or service.
QString dutyName(const QString &number, const QString &text);
// "(一) title" for a supervision system.
QString numbered(const QString &number, const QString &title);
// An ISO UTC timestamp in local time, to the minute.
QString localTime(const QString &isoUtc);
// The one-row table naming the edition a page belongs to.
QString editionLine(const EditionRow &edition);

} // namespace casedesk::ListHtml
