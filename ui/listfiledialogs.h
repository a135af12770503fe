#pragma once
// ListFileDialogs: the file dialogs of File → Import… and Export CSV…, each
// starting in the folder the user chose last time for the same purpose.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace casedesk {

class ListFileDialogs {
    Q_DECLARE_TR_FUNCTIONS(casedesk::ListFileDialogs)

  public:
    // A responsibility list to import; empty when cancelled.
    static QString importPath(QWidget *parent);
    // Where to save the edition's CSV, suggesting a name from its label;
    // empty when cancelled.
    static QString exportPath(QWidget *parent, const QString &editionLabel);
};

} // namespace casedesk
