#pragma once
// ProblemLabel: the line under a form that says, in the core's own words,
// why the form cannot be saved yet (or why the core refused it). Empty
// while everything typed is acceptable.

#include "result.h"

#include <QLabel>

namespace casedesk {

class ProblemLabel : public QLabel {
  public:
    explicit ProblemLabel(QWidget *parent = nullptr) : QLabel(parent)
    {
        setWordWrap(true);
        // The message may be long (it names the field and the rule) and
        // people copy it into a question to a colleague.
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette p = palette();
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        setPalette(p);
    }

    // Shows the refusal of s, or nothing; returns whether s was fine.
    template <class T> bool showStatus(const Result<T> &s)
    {
        setText(s ? QString() : s.error().message);
        return s.ok();
    }
};

} // namespace casedesk
