#include "formproblems.h"

#include "inlinemessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// The red of InlineMessage: it reads on light and dark window colours alike.
const QColor kProblemColour(0xb0, 0x00, 0x20);

// The style sheet that frames an editor in red. Only text fields: a styled
// border makes combo and spin boxes lose their native arrows, and group or
// check boxes have no frame; their line under the field says it.
QString frameSheet(const QWidget *editor)
{
    const char *type = qobject_cast<const QLineEdit *>(editor)        ? "QLineEdit"
                       : qobject_cast<const QPlainTextEdit *>(editor) ? "QPlainTextEdit"
                                                                      : nullptr;
    if (!type)
        return {};
    return QStringLiteral("%1 { border: 1px solid %2; border-radius: 2px; }")
        .arg(QLatin1String(type), kProblemColour.name());
}
} // namespace

FormProblems::FormProblems(QWidget *form, InlineMessage *general) : QObject(form), m_form(form), m_general(general) {}

void FormProblems::addRow(QFormLayout *layout, const QString &label, QWidget *editor, const QString &key,
                          QWidget *field)
{
    auto *buddyLabel = new QLabel(label, m_form);
    buddyLabel->setBuddy(editor);
    // The editor and its line in one widget: QFormLayout gives a widget the
    // height its word-wrapped line needs, a nested layout not always.
    auto *box = new QWidget(m_form);
    auto *line = new QLabel(box);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field ? field : editor);
    column->addWidget(line);
    layout->addRow(buddyLabel, box);
    attach(key, editor, line);
}

void FormProblems::attach(const QString &key, QWidget *editor, QLabel *line)
{
    line->setObjectName(QStringLiteral("problem-") + key);
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    line->hide();
    // A styled frame has no native padding: keep the field's height.
    if (qobject_cast<QLineEdit *>(editor))
        editor->setMinimumHeight(editor->sizeHint().height());
    m_fields.insert(key, Field{editor, line, {}});
}

QLabel *FormProblems::line(const QString &key) const
{
    return m_fields.value(key).line;
}

void FormProblems::markTouched(const QString &key)
{
    m_touched.insert(key);
}

void FormProblems::markAllTouched()
{
    m_allTouched = true;
}

void FormProblems::setRemark(const QString &key, const QString &text)
{
    auto it = m_fields.find(key);
    if (it != m_fields.end())
        it->remark = text;
}

bool FormProblems::show(const FieldProblems &problems)
{
    QHash<QString, QStringList> byField;
    QStringList waiting;   // untouched fields: a note
    QStringList elsewhere; // fields the form does not show: an error
    for (const FieldProblem &p : problems) {
        if (!m_fields.contains(p.field))
            elsewhere << p.message;
        else if (m_allTouched || m_touched.contains(p.field))
            byField[p.field] << p.message;
        else
            waiting << p.message;
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        showField(it.value(), byField.value(it.key()).join(QLatin1Char('\n')));

    if (!elsewhere.isEmpty())
        m_general->showError((elsewhere + waiting).join(QLatin1Char('\n')));
    else if (!waiting.isEmpty() && (m_allTouched || !m_touched.isEmpty()))
        m_general->showNote(tr("Still needed:") + QLatin1Char('\n') + waiting.join(QLatin1Char('\n')));
    else
        m_general->clearMessage();
    fitWindow();
    return problems.isEmpty();
}

void FormProblems::fitWindow()
{
    // Lines appearing under the fields need room: a dialog of word-wrapped
    // labels does not grow by itself, and would squeeze them.
    QWidget *dialog = m_form->window();
    if (!dialog->isVisible() || !dialog->layout())
        return;
    // The boxes around the lines would pass their new heights up only from
    // the event loop; asked now, from the inside out, the dialog knows them.
    for (const Field &field : std::as_const(m_fields))
        for (QWidget *w = field.line ? field.line->parentWidget() : nullptr; w && w != dialog; w = w->parentWidget())
            if (w->layout())
                w->layout()->activate();
    dialog->layout()->activate();
    const int needed = dialog->heightForWidth(dialog->width());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

void FormProblems::showField(const Field &field, const QString &problem)
{
    if (!field.line || !field.editor)
        return;
    QPalette palette;
    if (!problem.isEmpty())
        palette.setColor(QPalette::WindowText, kProblemColour);
    field.line->setPalette(palette);
    const QString text = problem.isEmpty() ? field.remark : problem;
    field.line->setText(text);
    field.line->setVisible(!text.isEmpty());

    const QString frame = problem.isEmpty() ? QString() : frameSheet(field.editor);
    if (field.editor->styleSheet() != frame)
        field.editor->setStyleSheet(frame);
    // Screen readers read the reason with the field.
    field.editor->setAccessibleDescription(problem);
}

} // namespace casedesk
