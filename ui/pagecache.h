#pragma once
// PageCache: the rows of a long list read a page at a time, keeping the
// most recently used pages, for the lazy table models (entities, cases,
// inspections, sampling…). The model says how to read a page (`load`) and
// how many rows the list has (`setTotal`, after counting in SQL); rows are
// then asked for by index and read when their page is not in memory.
// Row must have an `id` member (the record's id), which indexOf() looks for.
// A loader that can fail returns a Result: a page that could not be read is
// reported once to `failed` and not asked for again until reset().

#include "result.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <algorithm>
#include <functional>
#include <utility>

namespace casedesk {

template <class Row> class PageCache {
  public:
    using Loader = std::function<QList<Row>(int offset, int limit)>;
    using FallibleLoader = std::function<Result<QList<Row>>(int offset, int limit)>;
    using FailureHandler = std::function<void(const QString &message)>;

    PageCache(int pageSize, int cachedPages, Loader load)
        : m_pageSize(pageSize), m_cachedPages(cachedPages),
          m_load([load = std::move(load)](int offset, int limit) { return Result<QList<Row>>(load(offset, limit)); })
    {
    }
    PageCache(int pageSize, int cachedPages, FallibleLoader load, FailureHandler failed)
        : m_pageSize(pageSize), m_cachedPages(cachedPages), m_load(std::move(load)), m_failed(std::move(failed))
    {
    }

    int pageSize() const { return m_pageSize; }
    int total() const { return m_total; }
    int cachedPages() const { return static_cast<int>(m_pages.size()); }

    // Forgets every page read so far; the list now has `total` rows.
    void reset(int total)
    {
        m_pages.clear();
        m_recentPages.clear();
        m_failedPages.clear();
        m_total = total;
    }

    // The row at `index`, read if its page is not in memory; nullptr out of
    // range (also when the list shrank since it was counted).
    const Row *at(int index) const
    {
        if (index < 0 || index >= m_total)
            return nullptr;
        const QList<Row> *rows = page(index / m_pageSize);
        const int offset = index % m_pageSize;
        return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
    }

    // The index of the row with `id`: in the pages in memory first, then in
    // the pages around `hintIndex`; -1 when not found. A change moves a row
    // a little; beyond a few pages, reading every page would cost more than
    // losing the selection.
    int indexOf(qint64 id, int hintIndex = 0) const
    {
        if (id == 0 || m_total == 0)
            return -1;
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
            if (const int i = find(&it.value(), id); i >= 0)
                return it.key() * m_pageSize + i;
        const int pages = (m_total + m_pageSize - 1) / m_pageSize;
        const int hintPage = std::clamp(hintIndex, 0, m_total - 1) / m_pageSize;
        constexpr int kSearchedPages = 10;
        QList<int> nearest{hintPage};
        for (int distance = 1; nearest.size() < std::min(pages, kSearchedPages); ++distance) {
            if (hintPage + distance < pages)
                nearest << hintPage + distance;
            if (hintPage - distance >= 0)
                nearest << hintPage - distance;
        }
        for (const int candidate : std::as_const(nearest))
            if (const int i = find(page(candidate), id); i >= 0)
                return candidate * m_pageSize + i;
        return -1;
    }

  private:
    static int find(const QList<Row> *rows, qint64 id)
    {
        for (int i = 0; rows && i < rows->size(); ++i)
            if (rows->at(i).id == id)
                return i;
        return -1;
    }

    // nullptr when the page could not be read.
    const QList<Row> *page(int pageIndex) const
    {
        if (auto it = m_pages.constFind(pageIndex); it != m_pages.constEnd()) {
            m_recentPages.removeOne(pageIndex);
            m_recentPages.append(pageIndex);
            return &it.value();
        }
        if (m_failedPages.contains(pageIndex))
            return nullptr;
        Result<QList<Row>> rows = m_load(pageIndex * m_pageSize, m_pageSize);
        if (!rows) {
            m_failedPages.insert(pageIndex);
            if (m_failed)
                m_failed(rows.error().message);
            return nullptr;
        }
        while (m_recentPages.size() >= m_cachedPages)
            m_pages.remove(m_recentPages.takeFirst());
        m_recentPages.append(pageIndex);
        return &m_pages.insert(pageIndex, std::move(*rows)).value();
    }

    int m_pageSize;
    int m_cachedPages;
    FallibleLoader m_load;
    FailureHandler m_failed;
    int m_total = 0;
    mutable QMap<int, QList<Row>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable QSet<int> m_failedPages;  // not asked for again until reset()
};

} // namespace casedesk
