#pragma once
// PublishedListReader turns the plain text of a published responsibility
// list (责任清单) into a ResponsibilityList. It knows the text layouts the
// published documents come in (tab rows with <p> cells; one cell per line),
// finds the tables by their header cells and the prose parts by their part
// headings, so another bureau's list in either layout imports as well.

#include "responsibilitylist.h"
#include "result.h"

#include <QString>

namespace casedesk {

class PublishedListReader {
  public:
    // True when the text looks like a published list in one of the known text
    // layouts (it has a table of main duties).
    static bool recognises(const QString &text);
    // text: the whole decoded document; sourceName: the file name, used in
    // error messages. Leaves ResponsibilityList::label empty (the importer
    // fills it).
    static Result<ResponsibilityList> read(const QString &text, const QString &sourceName);
};

} // namespace casedesk
