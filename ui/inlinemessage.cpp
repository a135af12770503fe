#include "inlinemessage.h"

#include <QLayout>

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
    fitWindow();
}

void InlineMessage::showNote(const QString &text)
{
    setPalette(QPalette());
    setText(text);
    setVisible(!text.isEmpty());
    fitWindow();
}

void InlineMessage::clearMessage()
{
    clear();
    hide();
}

void InlineMessage::fitWindow()
{
    // A dialog of word-wrapped labels does not grow by itself when a line
    // appears: its other labels would be squeezed and cut off.
    QWidget *dialog = window();
    if (!dialog->isVisible() || !dialog->layout())
        return;
    dialog->layout()->activate();
    const int needed = dialog->heightForWidth(dialog->width());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace casedesk
