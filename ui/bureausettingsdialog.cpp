#include "bureausettingsdialog.h"

#include "auth/permissions.h"
#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

namespace {

// QSpinBox announces a new text only once it is an acceptable value; the
// form must also see "0" or an empty box to say what is wrong, so it
// listens to the editor itself.
class MinutesSpinBox : public QSpinBox {
  public:
    using QSpinBox::lineEdit;
    using QSpinBox::QSpinBox;
};
} // namespace

BureauSettingsDialog::BureauSettingsDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_loaded(BureauSettings::load(db))
{
    setWindowTitle(tr("Bureau Settings"));
    setMinimumWidth(480);
    const Status mayEdit = Permissions::require(session, Action::EditBureauSettings);

    m_name = new QLineEdit(m_loaded.bureauName, this);
    m_name->setObjectName(QStringLiteral("bureauName"));
    m_abbreviation = new QLineEdit(m_loaded.abbreviation, this);
    m_abbreviation->setObjectName(QStringLiteral("abbreviation"));
    auto *minutes = new MinutesSpinBox(this);
    m_idleLock = minutes;
    m_idleLock->setObjectName(QStringLiteral("idleLock"));
    m_idleLock->setRange(1, BureauSettings::kLongestIdleLockMinutes);
    m_idleLock->setSuffix(tr(" minutes"));
    m_idleLock->setValue(m_loaded.idleLockMinutes);
    m_site = new QLineEdit(m_loaded.site, this);
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setReadOnly(true);
    for (QLineEdit *edit : {m_name, m_abbreviation})
        edit->setReadOnly(!mayEdit);
    m_idleLock->setReadOnly(!mayEdit);

    auto *form = new QFormLayout;
    form->addRow(tr("Bureau &name:"), m_name);
    form->addRow(tr("Case-number &abbreviation:"), m_abbreviation);
    form->addRow(tr("&Lock after idle:"), m_idleLock);
    form->addRow(tr("&Workstation code:"), m_site);
    auto *siteNote = new QLabel(tr("The workstation code was fixed at set-up: every record and the audit trail "
                                   "carry it, so it cannot change."),
                                this);
    siteNote->setWordWrap(true);

    m_message = new InlineMessage(this);
    m_buttons = new QDialogButtonBox(mayEdit ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             : QDialogButtonBox::StandardButtons(QDialogButtonBox::Close),
                                     this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BureauSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BureauSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(siteNote);
    if (!mayEdit) {
        // Say why nothing can be changed, in the core's words.
        auto *readOnly = new QLabel(mayEdit.error().message, this);
        readOnly->setObjectName(QStringLiteral("readOnlyNote"));
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    if (mayEdit) {
        connect(m_name, &QLineEdit::textChanged, this, &BureauSettingsDialog::revalidate);
        connect(m_abbreviation, &QLineEdit::textChanged, this, &BureauSettingsDialog::revalidate);
        connect(minutes->lineEdit(), &QLineEdit::textChanged, this, &BureauSettingsDialog::revalidate);
        revalidate();
    }
    m_name->setFocus();
}

BureauSettings BureauSettingsDialog::settings() const
{
    BureauSettings s = m_loaded;
    s.bureauName = m_name->text().trimmed();
    s.abbreviation = m_abbreviation->text().trimmed();
    // The spin box keeps its last acceptable value while the person types
    // "0" or clears it; the text is what they mean, so the rule judges that.
    bool ok = false;
    const int minutes = m_idleLock->cleanText().trimmed().toInt(&ok);
    s.idleLockMinutes = ok ? minutes : 0;
    return s;
}

void BureauSettingsDialog::revalidate()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_message->showOutcome(settings().validate()));
}

void BureauSettingsDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok))
        return;
    const BureauSettings wanted = settings();
    if (!m_message->showOutcome(BureauSettings::update(m_db, m_session, wanted)))
        return;
    m_loaded = BureauSettings::load(m_db);
    QDialog::accept();
}

} // namespace casedesk
