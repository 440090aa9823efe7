#pragma once

// Brings a table model's rows, sorted by key, to a new key-sorted snapshot with row
// removals, insertions and dataChanged for rows that differ (no reset, so views keep
// their selection and scroll position across periodic refreshes).

#include <QAbstractItemModel>
#include <QList>

namespace sg::ui {

template<typename T, typename KeyOf, typename Same, typename BeginRemove, typename EndRemove,
         typename BeginInsert, typename EndInsert, typename Changed>
void mergeSortedRows(QList<T> &current, const QList<T> &next, KeyOf keyOf, Same same, BeginRemove beginRemove,
                     EndRemove endRemove, BeginInsert beginInsert, EndInsert endInsert, Changed changed)
{
    qsizetype i = 0, j = 0;
    while (i < current.size() || j < next.size()) {
        const bool removeCurrent
            = j >= next.size() || (i < current.size() && keyOf(current.at(i)) < keyOf(next.at(j)));
        const bool insertNext
            = !removeCurrent && (i >= current.size() || keyOf(next.at(j)) < keyOf(current.at(i)));
        if (removeCurrent) {
            beginRemove(int(i));
            current.removeAt(i);
            endRemove();
        } else if (insertNext) {
            beginInsert(int(i));
            current.insert(i, next.at(j));
            endInsert();
            ++i;
            ++j;
        } else {
            if (!same(current.at(i), next.at(j))) {
                current[i] = next.at(j);
                changed(int(i));
            }
            ++i;
            ++j;
        }
    }
}

} // namespace sg::ui
