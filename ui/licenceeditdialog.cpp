#include "licenceeditdialog.h"

#include "formproblems.h"
#include "inlinemessage.h"
#include "optionaldateedit.h"
#include "register/entityregister.h"
#include "register/licenceregister.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

LicenceEditDialog::LicenceEditDialog(Database &db, const Session &session, qint64 entityId, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(true)
{
    m_original.entityId = entityId;
    setWindowTitle(tr("New Licence"));
    build();
    revalidate();
}

LicenceEditDialog::LicenceEditDialog(Database &db, const Session &session, const Licence &licence, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_adding(false), m_original(licence)
{
    setWindowTitle(tr("Edit Licence: %1").arg(licence.label()));
    build();
    load(licence);
    m_problems->markAllTouched();
    revalidate();
}

void LicenceEditDialog::touched(const QString &key)
{
    m_problems->markTouched(key);
    revalidate();
}

void LicenceEditDialog::build()
{
    m_message = new InlineMessage(this);
    m_problems = new FormProblems(this, m_message);

    // Whose licence it is, for the record: it does not move to another entity.
    const Result<Entity> holder = EntityRegister(m_db).find(m_original.entityId);
    auto *holderLabel = new QLabel(holder ? holder->name : QString(), this);
    holderLabel->setObjectName(QStringLiteral("holder"));
    holderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (LicenceKind kind : allLicenceKinds())
        m_kind->addItem(licenceKindName(kind), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { touched(QStringLiteral("kind")); });

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("number"));
    connect(m_number, &QLineEdit::textEdited, this, [this] { touched(QStringLiteral("number")); });
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setPlaceholderText(tr("Products or activities the licence covers"));
    connect(m_scope, &QLineEdit::textEdited, this, [this] { touched(QStringLiteral("scope")); });

    m_issuedOn = new OptionalDateEdit(this);
    m_issuedOn->setObjectName(QStringLiteral("issuedOn"));
    connect(m_issuedOn, &QDateEdit::dateChanged, this, [this] { touched(QStringLiteral("issuedOn")); });
    m_expiresOn = new OptionalDateEdit(this);
    m_expiresOn->setObjectName(QStringLiteral("expiresOn"));
    m_expiresOn->setSpecialValueText(tr("no expiry"));
    m_expiresOn->setToolTip(tr("Leave empty for a licence that does not expire (a use registration); Delete "
                               "empties it."));
    connect(m_expiresOn, &QDateEdit::dateChanged, this, [this] { touched(QStringLiteral("expiresOn")); });

    auto *status = new QLabel(this);
    status->setObjectName(QStringLiteral("status"));
    status->setText(m_original.status == LicenceStatus::Valid
                        ? licenceStatusName(m_original.status)
                        : tr("%1 since %2: %3")
                              .arg(licenceStatusName(m_original.status),
                                   m_original.statusOn.toString(QStringLiteral("yyyy-MM-dd")),
                                   m_original.statusReason));
    status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Holder:"), holderLabel);
    m_problems->addRow(form, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_problems->addRow(form, tr("&Number:"), m_number, QStringLiteral("number"));
    m_problems->addRow(form, tr("&Scope:"), m_scope, QStringLiteral("scope"));
    m_problems->addRow(form, tr("&Issued on:"), m_issuedOn, QStringLiteral("issuedOn"));
    m_problems->addRow(form, tr("&Expires on:"), m_expiresOn, QStringLiteral("expiresOn"));
    form->addRow(tr("Status:"), status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Add") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LicenceEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LicenceEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_kind->setFocus();
}

void LicenceEditDialog::load(const Licence &l)
{
    m_kind->setCurrentIndex(m_kind->findData(int(l.kind)));
    m_number->setText(l.number);
    m_scope->setText(l.scope);
    m_issuedOn->setOptionalDate(l.issuedOn);
    m_expiresOn->setOptionalDate(l.expiresOn);
}

Licence LicenceEditDialog::licence() const
{
    Licence l = m_original;
    l.kind = LicenceKind(m_kind->currentData().toInt());
    l.number = m_number->text().trimmed();
    l.scope = m_scope->text().trimmed();
    l.issuedOn = m_issuedOn->optionalDate();
    l.expiresOn = m_expiresOn->optionalDate();
    return l;
}

void LicenceEditDialog::revalidate()
{
    if (!m_buttons)
        return;
    const FieldProblems problems = LicenceRegister(m_db).check(licence(), QDate::currentDate());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems->show(problems));
}

void LicenceEditDialog::accept()
{
    revalidate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Licence edited = licence();
    Result<Licence> stored = m_save     ? m_save(m_original, edited)
                             : m_adding ? LicenceRegister(m_db).add(m_session, edited)
                                        : LicenceRegister(m_db).update(m_session, edited);
    if (!m_message->showOutcome(stored))
        return;
    m_saved = stored.value();
    QDialog::accept();
}

} // namespace casedesk
