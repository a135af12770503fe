#include "drawdialog.h"

#include "dutylist/dutylistqueries.h"
#include "dutylist/supervisiondomain.h"
#include "inlinemessage.h"
#include "inspections/inspectionqueries.h"
#include "recordtable.h"
#include "register/entity.h"
#include "register/entityqueries.h"
#include "register/entityrisk.h"
#include "supervisionpaperprinter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

namespace {
template <class W> W *named(W *widget, const QString &name)
{
    widget->setObjectName(name);
    return widget;
}

QString inspectorNames(const QList<InspectionInspector> &inspectors)
{
    QStringList names;
    for (const InspectionInspector &i : inspectors)
        names << (i.name.isEmpty() ? i.login : i.name);
    return names.join(QStringLiteral("、"));
}
} // namespace

DrawDialog::DrawDialog(Database &db, const Session &session, const QDate &today, const QString &domain, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_today(today)
{
    setWindowTitle(tr("Random Draw"));
    setObjectName(QStringLiteral("drawDialog"));

    m_result =
        named(new RecordTable({tr("Unit"), tr("Credit Code"), tr("Inspectors")}, this), QStringLiteral("drawResult"));
    m_result->setAccessibleName(tr("Units drawn"));
    m_result->setColumnWidth(UnitColumn, 220);
    m_result->setColumnWidth(CodeColumn, 170);
    m_pools = named(new QLabel(this), QStringLiteral("drawPools"));
    m_pools->setWordWrap(true);
    m_pools->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pools->setText(tr("Choose the pool and press Draw. The seed, the pools and their hashes are recorded so "
                        "anyone can re-run the draw and get the same result."));
    m_message = new InlineMessage(this);

    m_drawButton = named(new QPushButton(tr("&Draw"), this), QStringLiteral("drawButton"));
    // A draw is recorded for good: Enter in a field must not make one.
    m_drawButton->setAutoDefault(false);
    m_print = named(new QPushButton(tr("&Print Record…"), this), QStringLiteral("printDrawRecord"));
    m_savePdf = named(new QPushButton(tr("Save P&DF…"), this), QStringLiteral("saveDrawPdf"));
    m_print->setEnabled(false);
    m_savePdf->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_drawButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QAbstractButton *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);

    auto *form = new QVBoxLayout;
    form->addWidget(makePoolBox());
    form->addWidget(makeDrawBox());
    form->addStretch(1);
    auto *result = new QVBoxLayout;
    auto *resultLabel = new QLabel(tr("Result:"), this);
    resultLabel->setBuddy(m_result);
    result->addWidget(resultLabel);
    result->addWidget(m_result, 1);
    result->addWidget(m_pools);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 2);
    columns->addLayout(result, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1080, 680);

    if (const int index = m_domain->findData(domain); !domain.isEmpty() && index >= 0)
        m_domain->setCurrentIndex(index);
    connect(m_drawButton, &QPushButton::clicked, this, &DrawDialog::runDraw);
    connect(m_print, &QPushButton::clicked, this, [this] {
        SupervisionPaperPrinter(m_db, this).preview(InspectionDocumentKind::DrawRecord, m_draw.id, m_today);
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        SupervisionPaperPrinter(m_db, this).savePdf(InspectionDocumentKind::DrawRecord, m_draw.id, m_today);
    });
}

QWidget *DrawDialog::makePoolBox()
{
    auto *box = new QGroupBox(tr("Pool of units"), this);
    auto *kinds = new QGridLayout;
    const QList<EntityKind> &allKinds = allEntityKinds();
    for (int i = 0; i < allKinds.size(); ++i) {
        auto *check = named(new QCheckBox(entityKindName(allKinds.at(i)), box),
                            QStringLiteral("poolKind-") + entityKindCode(allKinds.at(i)));
        check->setProperty("bit", int(allKinds.at(i)));
        kinds->addWidget(check, i / 3, i % 3);
        m_kinds << check;
    }
    auto *risks = new QGridLayout;
    const QList<RiskFlag> &allRisks = EntityRisk::all();
    for (int i = 0; i < allRisks.size(); ++i) {
        auto *check = named(new QCheckBox(EntityRisk::name(allRisks.at(i)), box),
                            QStringLiteral("poolRisk-") + EntityRisk::code(allRisks.at(i)));
        check->setProperty("bit", int(allRisks.at(i)));
        risks->addWidget(check, i / 2, i % 2);
        m_risks << check;
    }
    m_township = named(new QComboBox(box), QStringLiteral("poolTownship"));
    m_township->addItem(tr("Any township"), QString());
    if (const auto townships = EntityQueries::townships(m_db))
        for (const QString &t : *townships)
            m_township->addItem(t, t);
    m_search = named(new QLineEdit(box), QStringLiteral("poolSearch"));
    m_search->setPlaceholderText(tr("Words in the name, code or address, e.g. 电梯"));
    m_dueOnly = named(new QCheckBox(tr("Only units the plan still shows as due in the domain"), box),
                      QStringLiteral("poolDueOnly"));

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Kinds (any):"), kinds);
    form->addRow(tr("Risks (any):"), risks);
    form->addRow(tr("&Township:"), m_township);
    form->addRow(tr("&Words:"), m_search);
    form->addRow(QString(), m_dueOnly);
    box->setToolTip(tr("No kind or risk ticked means every kind, every risk."));
    return box;
}

QWidget *DrawDialog::makeDrawBox()
{
    auto *box = new QGroupBox(tr("The draw"), this);
    m_domain = named(new QComboBox(box), QStringLiteral("drawDomain"));
    for (const QString &code : SupervisionDomain::codes())
        m_domain->addItem(SupervisionDomain::displayName(code), code);
    m_domain->setToolTip(tr("Decides which certificate the inspectors need and, with “still due”, which plan counts"));
    m_count = named(new QSpinBox(box), QStringLiteral("drawCount"));
    m_count->setRange(1, 1000);
    m_count->setValue(5);
    m_perUnit = named(new QSpinBox(box), QStringLiteral("drawPerUnit"));
    m_perUnit->setRange(RandomDraw::kMinimumPerUnit, 10);
    m_date = named(new QDateEdit(m_today, box), QStringLiteral("drawDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_seed = named(new QLineEdit(RandomDraw::newSeed(), box), QStringLiteral("drawSeed"));
    m_seed->setToolTip(tr("The seed decides the draw. Keep the one offered, or type the seed of a draw to re-run it."));
    m_newSeed = named(new QPushButton(tr("New &Seed"), box), QStringLiteral("newSeed"));
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_newSeed);
    m_purpose = named(new QLineEdit(box), QStringLiteral("drawPurpose"));
    m_purpose->setPlaceholderText(tr("E.g. 2026年第一季度双随机抽查"));
    m_section = named(new QComboBox(box), QStringLiteral("drawSection"));
    m_section->setEditable(true);
    QStringList sections = ResponsibilityListQueries(m_db).sections() + InspectionQueries::sections(m_db);
    sections.removeDuplicates();
    sections.sort();
    m_section->addItems(sections);
    m_section->setCurrentText(QString());
    m_section->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_domain->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("D&omain:"), m_domain);
    form->addRow(tr("&Units to draw:"), m_count);
    form->addRow(tr("&Inspectors per unit:"), m_perUnit);
    form->addRow(tr("Dr&awn on:"), m_date);
    auto *seedLabel = new QLabel(tr("S&eed:"), box);
    seedLabel->setBuddy(m_seed);
    form->addRow(seedLabel, seedRow);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Se&ction:"), m_section);
    connect(m_newSeed, &QPushButton::clicked, this, [this] { m_seed->setText(RandomDraw::newSeed()); });
    return box;
}

DrawRequest DrawDialog::request() const
{
    DrawRequest r;
    for (const QCheckBox *check : m_kinds)
        if (check->isChecked())
            r.pool.kinds |= check->property("bit").toInt();
    for (const QCheckBox *check : m_risks)
        if (check->isChecked())
            r.pool.risks |= check->property("bit").toInt();
    r.pool.township = m_township->currentData().toString();
    r.pool.search = m_search->text().trimmed();
    r.pool.dueOnly = m_dueOnly->isChecked();
    r.domain = m_domain->currentData().toString();
    r.count = m_count->value();
    r.perUnit = m_perUnit->value();
    r.seed = m_seed->text().trimmed();
    r.drawnOn = m_date->date();
    r.section = m_section->currentText().trimmed();
    r.purpose = m_purpose->text().trimmed();
    return r;
}

bool DrawDialog::runDraw()
{
    if (m_draw.id != 0)
        return false;
    DrawRequest r = request();
    if (r.seed.isEmpty()) {
        r.seed = RandomDraw::newSeed();
        m_seed->setText(r.seed);
    }
    const Result<InspectionDraw> made = DrawRepository(m_db).draw(m_session, r, m_today);
    if (!m_message->showOutcome(made))
        return false;
    m_draw = *made;
    showResult();
    lockForm();
    emit drawMade(m_draw.id);
    return true;
}

void DrawDialog::showResult()
{
    m_result->resetRows(static_cast<int>(m_draw.picks.size()));
    for (int row = 0; row < m_draw.picks.size(); ++row) {
        const DrawPick &pick = m_draw.picks.at(row);
        m_result->setRecord(row, pick.entityId, {pick.entityName, pick.entityCode, inspectorNames(pick.inspectors)});
    }
    m_pools->setText(
        tr("Draw %1, seed %2.\nUnit pool: %n unit(s), SHA-256 %3", nullptr, static_cast<int>(m_draw.entityPool.size()))
            .arg(m_draw.drawNumber, m_draw.request.seed, m_draw.entityPoolHash) +
        QLatin1Char('\n') +
        tr("Inspector pool: %n inspector(s), SHA-256 %1", nullptr, static_cast<int>(m_draw.inspectorPool.size()))
            .arg(m_draw.inspectorPoolHash) +
        QLatin1Char('\n') + tr("Result hash: %1").arg(m_draw.resultHash));
    m_message->showNote(tr("Drawn and recorded as %1. Print the record for the file.").arg(m_draw.drawNumber));
}

void DrawDialog::lockForm()
{
    for (QWidget *w : findChildren<QGroupBox *>())
        w->setEnabled(false);
    m_drawButton->setEnabled(false);
    m_print->setEnabled(true);
    m_savePdf->setEnabled(true);
    m_print->setFocus();
}

} // namespace casedesk
