# Precompiled headers: the Qt (and Catch) headers nearly every file of a
# target includes are parsed once per target instead of once per file,
# which roughly halves a clean build on a two-core machine (CI builds from a
# clean clone). Each source file still includes what it uses, so a build
# with -DCASEDESK_PRECOMPILED_HEADERS=OFF compiles the same code.
option(CASEDESK_PRECOMPILED_HEADERS "Precompile the common Qt and Catch headers" ON)

# What core/ includes everywhere: never a widget header (core must not use them).
set(CASEDESK_PCH_CORE
    <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QSet> <QSqlDatabase> <QSqlError> <QSqlQuery>
    <QString> <QStringList> <QVariant> <functional> <optional> <vector>)
# What ui/ and the GUI tests add.
set(CASEDESK_PCH_WIDGETS
    <QAction> <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMessageBox>
    <QTableView> <QVBoxLayout> <QWidget>)

function(casedesk_precompile target)
  if(CASEDESK_PRECOMPILED_HEADERS)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()
