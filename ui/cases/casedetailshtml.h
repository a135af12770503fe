#pragma once
// CaseDetailsHtml: the case view's "Details" tab as rich text: where the
// case came from, the party, the facts and findings, the handlers with
// their certificates, the responsibility items, the provisions violated and
// applied (with the fine range they allow), the penalties (amounts in yuan,
// the discretion tier and its reasons) and the sealings or seizures with
// their own deadline, overdue in red. Pure: the same case, the same text.

#include "cases/enforcementcase.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace casedesk {

class CaseDetailsHtml {
    Q_DECLARE_TR_FUNCTIONS(casedesk::CaseDetailsHtml)

  public:
    static QString render(const EnforcementCase &c, const QDate &today);
    // "30,000.00–100,000.00 元" or "1–3 倍违法所得"-style text; empty for no range.
    static QString fineRangeText(const FineRange &range);

  private:
    static QString party(const EnforcementCase &c);
    static QString handlers(const EnforcementCase &c);
    static QString provisions(const EnforcementCase &c);
    static QString penalties(const EnforcementCase &c);
    static QString seizures(const EnforcementCase &c, const QDate &today);
};

} // namespace casedesk
