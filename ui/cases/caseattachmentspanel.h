#pragma once
// CaseAttachmentsPanel: the case view's attachments (photos, scanned
// evidence): name, size, the start of the SHA-256 that proves the file
// unchanged, the note and who added it. Add only asks (CaseEditActions
// attaches through the core); Open saves a copy in a temporary folder and
// hands it to the desktop's viewer; Save As writes a copy where the person
// chooses. The content is read from the database only when asked for.

#include "cases/enforcementcase.h"

#include <QList>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

class QPushButton;

namespace casedesk {

class Database;
class RecordTable;

class CaseAttachmentsPanel : public QWidget {
    Q_OBJECT

  public:
    enum Column { NameColumn, SizeColumn, HashColumn, NoteColumn, AddedByColumn, ColumnCount };

    explicit CaseAttachmentsPanel(QWidget *parent = nullptr);
    ~CaseAttachmentsPanel() override;

    void setDatabase(Database *db) { m_db = db; }
    void setMayAdd(bool mayAdd);
    void showAttachments(const QList<CaseAttachment> &attachments);

    // The selected attachment's copy in the temporary folder (kept until the
    // program ends, so the viewer can read it); empty on failure (shown).
    QString writeTemporaryCopy(qint64 attachmentId);
    bool saveCopy(qint64 attachmentId, const QString &path);
    qint64 selectedId() const;

    RecordTable *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveAsButton() const { return m_saveAs; }

    // "1.2 MB", "830 KB", "512 bytes"
    static QString sizeText(qint64 bytes);

  signals:
    void addRequested();

  private:
    const CaseAttachment *find(qint64 attachmentId) const;
    void openSelected();
    void saveSelected();
    void updateButtons();

    Database *m_db = nullptr;
    QList<CaseAttachment> m_attachments;
    std::unique_ptr<QTemporaryDir> m_openedCopies;
    RecordTable *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_saveAs = nullptr;
};

} // namespace casedesk
