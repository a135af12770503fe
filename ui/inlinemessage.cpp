#include "inlinemessage.h"

namespace casedesk {

InlineMessage::InlineMessage(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("message"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void InlineMessage::showError(const QString &text)
{
    // Dark red reads on light and dark window colours alike.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(p);
    setText(text);
    setVisible(!text.isEmpty());
}

void InlineMessage::showNote(const QString &text)
{
    setPalette(QPalette());
    setText(text);
    setVisible(!text.isEmpty());
}

void InlineMessage::clearMessage()
{
    clear();
    hide();
}

} // namespace casedesk
