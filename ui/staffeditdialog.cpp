#include "staffeditdialog.h"

#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "inlinemessage.h"
#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

StaffEditDialog::StaffEditDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(true)
{
    setWindowTitle(tr("Add Staff Account"));
    build();
    revalidate();
    // An empty form is not wrong yet: OK waits, and the reason shows from
    // the first thing typed.
    m_message->clearMessage();
}

StaffEditDialog::StaffEditDialog(Database &db, const Session &session, const StaffMember &member, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(false), m_original(member)
{
    setWindowTitle(tr("Edit Staff Account"));
    build();
    load(member);
    revalidate();
}

void StaffEditDialog::build()
{
    auto lineEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        connect(edit, &QLineEdit::textChanged, this, &StaffEditDialog::revalidate);
        return edit;
    };
    m_login = lineEdit(QStringLiteral("login"));
    m_login->setReadOnly(!m_adding);
    m_name = lineEdit(QStringLiteral("name"));
    m_section = lineEdit(QStringLiteral("section"));
    m_phone = lineEdit(QStringLiteral("phone"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("P&hone:"), m_phone);

    auto *roleBox = new QGroupBox(tr("Roles"), this);
    auto *roleLayout = new QHBoxLayout(roleBox);
    for (Role role : kAllRoles) {
        auto *check = new QCheckBox(roleName(role), roleBox);
        check->setObjectName(QStringLiteral("role-") + roleCode(role));
        connect(check, &QCheckBox::toggled, this, &StaffEditDialog::revalidate);
        roleLayout->addWidget(check);
        m_roles.insert(role, check);
    }
    roleLayout->addStretch();

    auto *certificates = new QGroupBox(tr("Certificates"), this);
    auto *grid = new QGridLayout(certificates);
    addCertificateRow(grid, 0, tr("&Enforcement certificate no.:"), tr("valid &from"), tr("valid &until"),
                      QStringLiteral("enforcement"), m_enforcement);
    addCertificateRow(grid, 1, tr("Special-e&quipment certificate no.:"), tr("valid fro&m"), tr("valid un&til"),
                      QStringLiteral("equipment"), m_equipment);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(roleBox);
    layout->addWidget(certificates);

    if (m_adding) {
        m_password = lineEdit(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_confirmation = lineEdit(QStringLiteral("confirmation"));
        m_confirmation->setEchoMode(QLineEdit::Password);
        auto *passwords = new QFormLayout;
        passwords->addRow(tr("First &password:"), m_password);
        passwords->addRow(tr("&Confirm password:"), m_confirmation);
        auto *note = new QLabel(tr("The person must choose their own password when they first sign in."), this);
        note->setWordWrap(true);
        layout->addLayout(passwords);
        layout->addWidget(note);
    }

    m_message = new InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Add") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StaffEditDialog::reject);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    (m_adding ? m_login : m_name)->setFocus();
}

void StaffEditDialog::addCertificateRow(QGridLayout *grid, int row, const QString &label, const QString &fromLabel,
                                        const QString &untilLabel, const QString &name, CertificateFields &fields)
{
    QWidget *box = grid->parentWidget();
    fields.number = new QLineEdit(box);
    fields.number->setObjectName(name + QStringLiteral("Number"));
    // Room for a whole certificate number (they run to 10–20 characters).
    fields.number->setMinimumWidth(fields.number->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    fields.from = new OptionalDateEdit(box);
    fields.from->setObjectName(name + QStringLiteral("From"));
    fields.until = new OptionalDateEdit(box);
    fields.until->setObjectName(name + QStringLiteral("Until"));

    const QString labels[] = {label, fromLabel, untilLabel};
    QWidget *editors[] = {fields.number, fields.from, fields.until};
    for (int i = 0; i < 3; ++i) {
        auto *l = new QLabel(labels[i], box);
        l->setBuddy(editors[i]);
        grid->addWidget(l, row, 2 * i);
        grid->addWidget(editors[i], row, 2 * i + 1);
    }

    // Dates belong to a certificate: without a number there is nothing for
    // them to describe, so they wait (keeping what was typed) until it is.
    auto follow = [this, fields] {
        const bool present = !fields.number->text().trimmed().isEmpty();
        fields.from->setEnabled(present);
        fields.until->setEnabled(present);
        revalidate();
    };
    connect(fields.number, &QLineEdit::textChanged, this, follow);
    connect(fields.from, &QDateEdit::dateChanged, this, &StaffEditDialog::revalidate);
    connect(fields.until, &QDateEdit::dateChanged, this, &StaffEditDialog::revalidate);
    fields.from->setEnabled(false);
    fields.until->setEnabled(false);
}

void StaffEditDialog::load(const StaffMember &m)
{
    m_login->setText(m.login);
    m_name->setText(m.name);
    m_section->setText(m.section);
    m_phone->setText(m.phone);
    for (auto it = m_roles.begin(); it != m_roles.end(); ++it)
        it.value()->setChecked(m.roles.has(it.key()));
    const std::pair<const Certificate &, CertificateFields &> certificates[] = {{m.enforcement, m_enforcement},
                                                                                {m.specialEquipment, m_equipment}};
    for (const auto &[c, fields] : certificates) {
        fields.number->setText(c.number);
        fields.from->setOptionalDate(c.validFrom);
        fields.until->setOptionalDate(c.validUntil);
    }
}

Certificate StaffEditDialog::certificate(const CertificateFields &fields) const
{
    Certificate c;
    c.number = fields.number->text().trimmed();
    if (c.present()) {
        c.validFrom = fields.from->optionalDate();
        c.validUntil = fields.until->optionalDate();
    }
    return c;
}

StaffMember StaffEditDialog::member() const
{
    StaffMember m = m_original;
    m.login = m_login->text().trimmed();
    m.name = m_name->text().trimmed();
    m.section = m_section->text().trimmed();
    m.phone = m_phone->text().trimmed();
    m.roles = {};
    for (auto it = m_roles.begin(); it != m_roles.end(); ++it)
        if (it.value()->isChecked())
            m.roles.add(it.key());
    m.enforcement = certificate(m_enforcement);
    m.specialEquipment = certificate(m_equipment);
    return m;
}

void StaffEditDialog::revalidate()
{
    // Building the widgets fires their signals before the form is complete.
    if (!m_buttons)
        return;
    const StaffMember m = member();
    Status status = m.validate();
    if (status && m_adding)
        status = PasswordHasher::checkNewPassword(m_password->text(), m_confirmation->text(), m.login);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_message->showOutcome(status));
}

void StaffEditDialog::accept()
{
    StaffDirectory directory(m_db);
    // Hashing a new password (Argon2id) takes a moment on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<StaffMember> result =
        m_adding ? directory.add(m_session, member(), m_password->text()) : directory.update(m_session, member());
    QGuiApplication::restoreOverrideCursor();
    if (!m_message->showOutcome(result))
        return;
    m_saved = result.value();
    QDialog::accept();
}

} // namespace casedesk
