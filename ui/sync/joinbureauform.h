#pragma once
// JoinBureauForm: the set-up's Join page: this workstation's code and the
// full export of another workstation of the bureau (typed, or chosen with
// Browse… in the folder exchange files were last taken from), with a
// word on where that file comes from.

#include <QWidget>

class QLineEdit;

namespace casedesk {

class JoinBureauForm : public QWidget {
    Q_OBJECT

  public:
    explicit JoinBureauForm(QWidget *parent = nullptr);

    QLineEdit *siteField() const { return m_site; }
    QLineEdit *fileField() const { return m_file; }
    QString site() const;
    QString path() const;

  signals:
    void changed();

  private:
    void chooseFile();

    QLineEdit *m_site = nullptr;
    QLineEdit *m_file = nullptr;
};

} // namespace casedesk
