#pragma once
// SupervisionSystemParser reads the 事中事后监管制度 part: systems headed
// "（一）title", each written in parts ("一、监督检查对象", "二、监督检查内容"…)
// that are classified by keyword, since bureaus number and name them
// differently. The numbered points of the content part become ContentPoints,
// the checklist an inspection record starts from.

#include "proselines.h"
#include "responsibilitylist.h"

#include <QList>
#include <QStringList>

namespace casedesk {

class SupervisionSystemParser {
  public:
    static QList<SupervisionSystem> parse(const QList<ProseLine> &lines);
    static SystemPartKind partKind(const QString &heading);
    static QList<ContentPoint> contentPoints(const QStringList &lines);
};

} // namespace casedesk
