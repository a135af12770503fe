#include "samplingdetailview.h"

#include "duemarking.h"
#include "sampling/samplingrepository.h"
#include "sampling/samplingrules.h"

#include <QScrollBar>

namespace casedesk {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}

QString batchLink(qint64 id, const QString &number)
{
    return QStringLiteral("<a href='batch:%1'>%2</a>").arg(id).arg(esc(number));
}
} // namespace

SamplingDetailView::SamplingDetailView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Sampling batch"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("batch"))
            emit batchRequested(url.path().toLongLong());
    });
}

QDate SamplingDetailView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void SamplingDetailView::showPlaceholder(const QString &text)
{
    m_batch = SamplingBatch{};
    m_followers.clear();
    m_deadlines.clear();
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(text)));
}

bool SamplingDetailView::showBatch(qint64 batchId)
{
    if (!m_db || batchId == 0) {
        showPlaceholder({});
        return false;
    }
    const SamplingRepository batches(*m_db);
    const Result<SamplingBatch> found = batches.find(batchId);
    if (!found) {
        showPlaceholder(found.error().message);
        return false;
    }
    m_batch = *found;
    m_followers = batches.followers(batchId);
    m_deadlines = SamplingClock::deadlines(m_batch, m_followers);
    const int scroll = verticalScrollBar()->value();
    setHtml(html());
    verticalScrollBar()->setValue(scroll);
    return true;
}

QString SamplingDetailView::deadlinesHtml() const
{
    if (m_deadlines.isEmpty())
        return {};
    QString rows;
    for (const SamplingDeadline &d : m_deadlines) {
        QString state;
        QString colour = QStringLiteral("inherit");
        if (d.lapsed()) {
            state = tr("met late, on %1").arg(dateText(d.metOn));
            colour = DueMarking::warningText().name();
        } else if (!d.open()) {
            state = tr("met on %1").arg(dateText(d.metOn));
        } else if (!SamplingClock::pending(d, today())) {
            // An objection window that closed unused is over, not overdue.
            state = tr("closed, not used");
        } else {
            state = DueMarking::daysLeft(d.daysLeft(today()));
            if (d.overdue(today()))
                colour = DueMarking::warningText().name();
            else if (d.daysLeft(today()) <= 7)
                colour = DueMarking::soonText().name();
        }
        rows += QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td style='padding-right:12px'>%2</td>"
                               "<td style='color:%3'>%4</td></tr>")
                    .arg(esc(SamplingClock::name(d.kind)), dateText(d.due), colour, esc(state));
    }
    return QStringLiteral("<h4>%1</h4><table>%2</table>").arg(esc(tr("Deadlines")), rows);
}

QString SamplingDetailView::html() const
{
    const SamplingBatch &b = m_batch;
    QStringList samplers;
    for (const InspectionInspector &s : b.samplers)
        samplers << esc(s.certificateNumber.isEmpty() ? s.name
                                                      : tr("%1 (certificate %2)").arg(s.name, s.certificateNumber));
    const SamplingNextStep next = SamplingRules::nextStep(b, m_followers, today());
    QString result = esc(samplingResults().name(b.result));
    if (b.result == SamplingResult::Fail)
        result = QStringLiteral("<b style='color:%1'>%2</b>").arg(DueMarking::warningText().name(), result);

    QString out = QStringLiteral("<h3>%1 · %2</h3>").arg(esc(b.batchNumber), esc(samplingKinds().name(b.kind)));
    out += QStringLiteral("<p><b>%1</b>: %2</p>").arg(esc(tr("Next step")), esc(SamplingRules::nextStepName(next)));
    out += QStringLiteral("<table>");
    if (b.parentId != 0)
        out += row(tr("Follows"), batchLink(b.parentId, b.parentNumber));
    out += row(tr("Plan"), esc(b.planName));
    out += row(tr("Enterprise"),
               esc(b.unit.code.isEmpty() ? b.unit.name : b.unit.name + QStringLiteral("  ") + b.unit.code));
    out += row(tr("Address"), esc(b.unit.address));
    out += row(tr("Product"), esc(b.product));
    out += row(tr("Specification"), esc(b.specification));
    out += row(tr("Production batch"), esc(b.productionBatch));
    out += row(tr("Trademark"), esc(b.trademark));
    out += row(tr("Quantity"), esc(b.sampleQuantity));
    out += row(tr("Sampled from"), esc(b.sampledFrom));
    out += row(tr("Sampled on"), dateText(b.sampledOn));
    out += row(tr("Samplers"), samplers.join(QStringLiteral("、")));
    out += row(tr("Lab"), esc(b.lab));
    out += row(tr("Standard"), esc(b.standard));
    out += row(tr("Section"), esc(b.section));
    out += row(tr("Result"), result);
    out += row(tr("Report"),
               esc(b.reportNumber.isEmpty() ? QString() : tr("%1 of %2").arg(b.reportNumber, dateText(b.reportOn))));
    out += row(tr("Failed items"), esc(b.failedItems).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    out += row(tr("Delivered on"), dateText(b.deliveredOn));
    out += row(tr("Objected on"), dateText(b.objectionOn));
    out += row(tr("Rectified on"), dateText(b.rectifiedOn));
    out += row(tr("Re-check requested on"), dateText(b.recheckRequestedOn));
    out += row(tr("Case"), esc(b.caseNumber));
    out += row(tr("Notes"), esc(b.notes).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    out += QStringLiteral("</table>");
    out += deadlinesHtml();
    if (!m_followers.isEmpty()) {
        QString items;
        for (const SamplingBatch &f : m_followers)
            items += QStringLiteral("<li>%1 · %2 · %3 · %4</li>")
                         .arg(batchLink(f.id, f.batchNumber), esc(samplingKinds().name(f.kind)), dateText(f.sampledOn),
                              esc(samplingResults().name(f.result)));
        out += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(esc(tr("Batches that follow")), items);
    }
    return out;
}

} // namespace casedesk
