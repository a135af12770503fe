#pragma once
// AccountabilityParser reads the 责任追究机制 part: an introduction, then
// bodies headed "一、行政机关" … whose "（一）职责分工。" and "（二）追责程序。"
// paragraphs say what each body answers for and how it proceeds.

#include "proselines.h"
#include "responsibilitylist.h"

#include <QList>
#include <QString>

namespace casedesk {

struct AccountabilityMechanism {
    QString intro;
    QList<AccountabilityBody> bodies;
};

class AccountabilityParser {
  public:
    static AccountabilityMechanism parse(const QList<ProseLine> &lines);
};

} // namespace casedesk
