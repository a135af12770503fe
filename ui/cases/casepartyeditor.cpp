#include "casepartyeditor.h"

#include "cases/caseworkflow.h"
#include "formproblems.h"
#include "register/entityqueries.h"
#include "searchfield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// Enough to pick from; a longer list means the search needs another word.
constexpr int kMostResults = 30;
} // namespace

CasePartyEditor::CasePartyEditor(Database &db, FormProblems *problems, QWidget *parent)
    : QWidget(parent), m_db(db), m_problems(problems)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("partyKind"));
    m_kind->addItem(tr("A registered entity"), int(PartyKind::Entity));
    m_kind->addItem(tr("A person"), int(PartyKind::Person));

    // The entity: search, results, the one chosen.
    auto *entityPage = new QWidget(this);
    m_search = new SearchField(entityPage);
    m_search->setObjectName(QStringLiteral("partySearch"));
    m_search->setPlaceholderText(tr("Type part of the entity's name, code or address"));
    m_search->setToolTip(tr("Searches the register of entities; pick the party from the list below."));
    m_results = new QListWidget(entityPage);
    m_results->setObjectName(QStringLiteral("partyResults"));
    m_results->setMaximumHeight(m_results->fontMetrics().lineSpacing() * 6);
    m_results->hide();
    m_chosen = new QLabel(entityPage);
    m_chosen->setObjectName(QStringLiteral("partyChosen"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);
    auto *entityLine = new QLabel(entityPage);
    auto *entityColumn = new QVBoxLayout(entityPage);
    entityColumn->setContentsMargins(0, 0, 0, 0);
    entityColumn->setSpacing(2);
    entityColumn->addWidget(m_search);
    entityColumn->addWidget(m_results);
    entityColumn->addWidget(m_chosen);
    entityColumn->addWidget(entityLine);
    m_problems->attach(QStringLiteral("partyEntity"), m_search, entityLine);

    // The person.
    auto *personPage = new QWidget(this);
    auto *personForm = new QFormLayout(personPage);
    personForm->setContentsMargins(0, 0, 0, 0);
    personForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = personField("partyName", QStringLiteral("partyName"));
    m_code = personField("partyCode", QStringLiteral("partyCode"));
    m_code->setPlaceholderText(tr("18-character resident ID number"));
    m_address = personField("partyAddress", QStringLiteral("partyAddress"));
    m_phone = personField("partyPhone", QStringLiteral("partyPhone"));
    m_problems->addRow(personForm, tr("&Name:"), m_name, QStringLiteral("partyName"));
    m_problems->addRow(personForm, tr("&ID number:"), m_code, QStringLiteral("partyCode"));
    m_problems->addRow(personForm, tr("A&ddress:"), m_address, QStringLiteral("partyAddress"));
    m_problems->addRow(personForm, tr("&Phone:"), m_phone, QStringLiteral("partyPhone"));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(entityPage);
    m_pages->addWidget(personPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_pages);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        emit edited(QStringLiteral("partyKind"));
    });
    connect(m_search, &SearchField::searchRequested, this, &CasePartyEditor::search);
    connect(m_search, &SearchField::resultsFocusRequested, this, [this] {
        if (m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
        }
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pick(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { pick(m_results->row(item)); });
    showChosen();
}

QLineEdit *CasePartyEditor::personField(const char *name, const QString &key)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    connect(edit, &QLineEdit::textEdited, this, [this, key] {
        m_problems->markTouched(key);
        emit edited(key);
    });
    return edit;
}

void CasePartyEditor::search(const QString &term)
{
    m_results->clear();
    if (!term.isEmpty()) {
        EntityFilter filter;
        filter.search = term;
        const Result<QList<EntityRow>> rows = EntityQueries::page(m_db, filter, EntitySort{}, 0, kMostResults);
        if (rows) {
            for (const EntityRow &row : rows.value()) {
                auto *item = new QListWidgetItem(
                    row.code.isEmpty() ? row.name : tr("%1  %2", "entity name and code").arg(row.name, row.code),
                    m_results);
                item->setToolTip(row.address);
                item->setData(Qt::UserRole, row.id);
                item->setData(Qt::UserRole + 1,
                              QStringList{row.name, row.code, row.address, row.legalRepresentative, row.phone});
            }
        }
    }
    m_results->setVisible(m_results->count() > 0);
}

void CasePartyEditor::pick(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item)
        return;
    const QStringList values = item->data(Qt::UserRole + 1).toStringList();
    m_entity = CaseParty{};
    m_entity.kind = PartyKind::Entity;
    m_entity.entityId = item->data(Qt::UserRole).toLongLong();
    m_entity.name = values.value(0);
    m_entity.code = values.value(1);
    m_entity.address = values.value(2);
    m_entity.representative = values.value(3);
    m_entity.phone = values.value(4);
    m_problems->markTouched(QStringLiteral("partyEntity"));
    showChosen();
    emit edited(QStringLiteral("partyEntity"));
}

void CasePartyEditor::showChosen()
{
    if (m_entity.entityId == 0) {
        m_chosen->setText(tr("No entity chosen yet."));
        return;
    }
    QStringList lines{m_entity.code.isEmpty() ? m_entity.name
                                              : tr("%1  %2", "entity name and code").arg(m_entity.name, m_entity.code)};
    if (!m_entity.address.isEmpty())
        lines << m_entity.address;
    if (!m_entity.representative.isEmpty())
        lines << tr("Legal representative: %1").arg(m_entity.representative);
    m_chosen->setText(tr("Chosen: %1").arg(lines.join(QLatin1Char('\n'))));
}

void CasePartyEditor::setParty(const CaseParty &party)
{
    const QSignalBlocker quiet(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(party.kind)));
    m_pages->setCurrentIndex(m_kind->currentIndex());
    if (party.kind == PartyKind::Entity) {
        m_entity = party;
    } else {
        m_name->setText(party.name);
        m_code->setText(party.code);
        m_address->setText(party.address);
        m_phone->setText(party.phone);
    }
    showChosen();
}

CaseParty CasePartyEditor::party() const
{
    if (PartyKind(m_kind->currentData().toInt()) == PartyKind::Entity)
        return m_entity;
    CaseParty p;
    p.kind = PartyKind::Person;
    p.name = m_name->text().trimmed();
    p.code = m_code->text().trimmed();
    p.address = m_address->text().trimmed();
    p.phone = m_phone->text().trimmed();
    return p;
}

void CasePartyEditor::setReadOnly(bool readOnly)
{
    m_kind->setEnabled(!readOnly);
    m_search->setVisible(!readOnly);
    m_results->setVisible(!readOnly && m_results->count() > 0);
    for (QLineEdit *edit : {m_name, m_code, m_address, m_phone})
        edit->setReadOnly(readOnly);
}

void CasePartyEditor::updateRemark()
{
    QString remark;
    if (!m_code->text().trimmed().isEmpty() && IdentityNumbers::check(m_code->text()))
        remark = tr("Resident ID number, check character correct");
    m_problems->setRemark(QStringLiteral("partyCode"), remark);
}

} // namespace casedesk
