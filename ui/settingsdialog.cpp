#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->addItem(tr("Follow the system"), static_cast<int>(UiLanguage::Choice::FollowSystem));
    // Each language is named in itself so that someone who cannot read the
    // current one still finds their own.
    m_language->addItem(QStringLiteral("中文"), static_cast<int>(UiLanguage::Choice::Chinese));
    m_language->addItem(QStringLiteral("English"), static_cast<int>(UiLanguage::Choice::English));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(UiLanguage::storedChoice())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    auto *note = new QLabel(tr("A new language takes effect when CaseDesk is restarted."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
}

UiLanguage::Choice SettingsDialog::selectedLanguage() const
{
    return static_cast<UiLanguage::Choice>(m_language->currentData().toInt());
}

void SettingsDialog::accept()
{
    UiLanguage::storeChoice(selectedLanguage());
    QDialog::accept();
}

} // namespace casedesk
