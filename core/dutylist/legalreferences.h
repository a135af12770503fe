#pragma once
// Splits the published 追责依据及追责情形 text of a duty into LegalReference
// values: one per law and article, so a case can cite "产品质量法 第六十五条"
// rather than a paragraph of prose.
//
// Rules: numbered segments ("1.《标准化法》…", "2、…") start new references;
// after the law name and its bracketed edition, 第…条 starts an article, and
// a further 第…条 right after a sentence end (。；) outside quotes starts the
// next one under the same law. A segment naming no law keeps its text as
// situations; a sentence naming several laws and no article gives one
// reference per law. Nothing of the text is dropped.

#include "responsibilitylist.h"

#include <QList>
#include <QString>

namespace casedesk {

// text: the column's text, paragraphs separated by '\n' (<p> markup is also
// accepted). References get itemIndex -1.
QList<LegalReference> splitAccountabilityBasis(const QString &text);

} // namespace casedesk
