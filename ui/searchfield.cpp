#include "searchfield.h"

#include <QKeyEvent>

namespace casedesk {

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Search responsibility items (Ctrl+F), e.g. 电梯 or 计量"));
    setToolTip(tr("Shows only the items whose text, duty, sections, legal basis or supervision system contain "
                  "every word typed. Escape clears the search."));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchField::emitSearch);
    connect(this, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
}

void SearchField::flush()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        emitSearch();
    }
}

void SearchField::emitSearch()
{
    const QString current = term();
    // Typing a space or undoing back to the same words needs no new search.
    if (current == m_lastRequested)
        return;
    m_lastRequested = current;
    emit searchRequested(current);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            flush();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        flush();
        emit resultsFocusRequested();
        event->accept();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace casedesk
