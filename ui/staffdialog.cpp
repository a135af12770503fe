#include "staffdialog.h"

#include "auth/permissions.h"
#include "auth/staffdirectory.h"
#include "historydialog.h"
#include "passwordresetdialog.h"
#include "staffeditdialog.h"
#include "stafftablemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

StaffDialog::StaffDialog(Database &db, const Session &session, QWidget *parent)
    : RefusableDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Staff"));
    resize(980, 480);

    m_model = new StaffTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_showInactive = new QCheckBox(tr("&Show deactivated accounts"), this);
    m_showInactive->setObjectName(QStringLiteral("showDeactivated"));

    auto makeButton = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        // Only the default button answers Enter (see below).
        b->setAutoDefault(false);
        return b;
    };
    m_add = makeButton(tr("&Add…"), QStringLiteral("addButton"));
    m_edit = makeButton(tr("&Edit…"), QStringLiteral("editButton"));
    m_active = makeButton(tr("&Deactivate"), QStringLiteral("activeButton"));
    m_reset = makeButton(tr("Reset &Password…"), QStringLiteral("resetPasswordButton"));
    m_history = makeButton(tr("&History…"), QStringLiteral("historyButton"));

    const bool manage = Permissions::allowed(session, Action::ManageStaff);
    for (QPushButton *b : {m_add, m_edit, m_active, m_reset})
        b->setVisible(manage);
    m_history->setVisible(Permissions::allowed(session, Action::ViewRecordHistory));
    // Enter on a person (the table passes it on) opens them: their record
    // for an administrator, their history for everybody else.
    (manage ? m_edit : m_history)->setDefault(true);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton *b : close->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &StaffDialog::reject);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_active, m_reset, m_history})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_showInactive);
    layout->addLayout(buttons);

    connect(m_showInactive, &QCheckBox::toggled, this, [this] {
        const StaffMember *current = selected();
        reload(current ? current->login : QString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isVisible())
            editMember();
        else if (m_history->isVisible())
            showHistory();
    });
    connect(m_add, &QPushButton::clicked, this, &StaffDialog::addMember);
    connect(m_edit, &QPushButton::clicked, this, &StaffDialog::editMember);
    connect(m_active, &QPushButton::clicked, this, &StaffDialog::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &StaffDialog::resetPassword);
    connect(m_history, &QPushButton::clicked, this, &StaffDialog::showHistory);

    reload();
    m_table->resizeColumnsToContents();
    m_table->setFocus();
}

void StaffDialog::reload(const QString &selectLogin)
{
    auto members = StaffDirectory(m_db).list(m_session, m_showInactive->isChecked());
    if (!members) {
        refuse(members.error().message);
        m_model->setMembers({});
    } else {
        m_model->setMembers(*members);
    }
    const int row = m_model->rowOf(selectLogin);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0 && selectLogin.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const StaffMember *StaffDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->member(rows.first().row());
}

void StaffDialog::updateButtons()
{
    const StaffMember *m = selected();
    for (QPushButton *b : {m_edit, m_active, m_reset, m_history})
        b->setEnabled(m != nullptr);
    // A deactivated person cannot sign in, so a new password would be of no
    // use until they are reactivated.
    m_reset->setEnabled(m && m->active);
    m_active->setText(m && !m->active ? tr("&Reactivate") : tr("&Deactivate"));
}

void StaffDialog::addMember()
{
    StaffEditDialog dialog(m_db, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.saved().login);
}

void StaffDialog::editMember()
{
    const StaffMember *m = selected();
    if (!m || !m_edit->isVisible())
        return;
    StaffEditDialog dialog(m_db, m_session, *m, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.saved().login);
}

void StaffDialog::toggleActive()
{
    const StaffMember *m = selected();
    if (!m)
        return;
    const QString login = m->login;
    const Status done = StaffDirectory(m_db).setActive(m_session, login, !m->active);
    if (!done)
        QMessageBox::warning(this, windowTitle(), done.error().message);
    reload(login);
}

void StaffDialog::resetPassword()
{
    const StaffMember *m = selected();
    if (!m)
        return;
    const QString login = m->login;
    PasswordResetDialog dialog(m_db, m_session, *m, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(login);
}

void StaffDialog::showHistory()
{
    const StaffMember *m = selected();
    if (!m)
        return;
    HistoryDialog(m_db, m_session, m->uuid, QStringLiteral("%1 (%2)").arg(m->name, m->login), this).exec();
}

} // namespace casedesk
