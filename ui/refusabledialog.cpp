#include "refusabledialog.h"

#include <QMessageBox>

namespace casedesk {

int RefusableDialog::exec()
{
    if (m_refusal.isEmpty())
        return QDialog::exec();
    QMessageBox::warning(parentWidget(), windowTitle(), m_refusal);
    return Rejected;
}

} // namespace casedesk
