// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace mailha {

/// Sizes a live table's columns to their text without
/// QHeaderView::ResizeToContents, which measures every row of every column on
/// each dataChanged: with 200 nodes that was most of a live tick. Columns fit
/// when rows come or go, at most every 2 s while cells change, and after a
/// scroll, measured on the rows on screen. Column `stretch` (-1: the last)
/// takes the room left over and is never fitted. Call after setModel().
void fitColumnsToContents(QTableView *view, int stretch = -1);

} // namespace mailha
