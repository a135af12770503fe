#pragma once
// FormProblems: shows what the core finds wrong with a form's record next
// to the field it concerns: a red frame around the editor and the reason on
// a line under it. The register's edit dialogs feed it the FieldProblems of
// EntityRegister::check and its kin on every keystroke.
//
// A field the user has not touched yet is not wrong yet: its problem waits
// in the form's general message as a note ("still needed"), so an empty new
// form does not open in red. Problems of fields the form does not show go
// to the general message as errors.

#include "register/fieldproblem.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QFormLayout;
class QLabel;
class QWidget;

namespace casedesk {

class InlineMessage;

class FormProblems : public QObject {
    Q_OBJECT

  public:
    FormProblems(QWidget *form, InlineMessage *general);

    // Adds a row to `layout`: `label` (its buddy `editor`), the editor and,
    // under it, the line for the field's problem. `field` is what is laid
    // out when it is not the editor itself (a box of check boxes).
    void addRow(QFormLayout *layout, const QString &label, QWidget *editor, const QString &key,
                QWidget *field = nullptr);
    // A field laid out by the caller; `line` is the label under it.
    void attach(const QString &key, QWidget *editor, QLabel *line);
    // The line under a field, for the tests and for remarks.
    QLabel *line(const QString &key) const;

    void markTouched(const QString &key);
    void markAllTouched();

    // A neutral remark shown under the field while it has no problem (the
    // kind of registration code typed); empty = none.
    void setRemark(const QString &key, const QString &text);

    // Shows the problems; true when there are none.
    bool show(const FieldProblems &problems);
    // Grows the dialog to fit its lines (show() does it; call it after
    // showing something else that wraps).
    void fitWindow();

  private:
    struct Field {
        QPointer<QWidget> editor;
        QPointer<QLabel> line;
        QString remark;
    };
    void showField(const Field &field, const QString &problem);

    QWidget *m_form;
    InlineMessage *m_general;
    QHash<QString, Field> m_fields;
    QSet<QString> m_touched;
    bool m_allTouched = false;
};

} // namespace casedesk
