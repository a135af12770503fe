#pragma once
// What a node of the responsibility-list tree stands for. The tree model
// hands these out; the detail pane turns one into HTML. Plain values, so a
// node can be re-found after the tree is rebuilt (search, import, reload).

#include <QtGlobal>

namespace casedesk {

enum class ListNodeKind {
    None,
    Edition,
    Duty,
    Item,
    // Group nodes under an edition, beside its duties.
    BoundaryGroup,
    SystemGroup,
    ServiceGroup,
    AccountabilityGroup,
    // Entries of the groups, addressed by their position in the edition.
    Boundary,
    System,
    Service,
    AccountabilityBody,
};

struct ListNodeRef {
    ListNodeKind kind = ListNodeKind::None;
    qint64 editionId = 0;
    qint64 dutyId = 0;   // duties and items
    qint64 itemId = 0;   // items
    int entryIndex = -1; // group entries: index into the edition's list of that kind

    bool isValid() const { return kind != ListNodeKind::None; }
    bool operator==(const ListNodeRef &) const = default;
};

} // namespace casedesk
