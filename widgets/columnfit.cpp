// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnfit.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace mailha {

void fitColumnsToContents(QTableView *view, int stretch)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(stretch < 0);
    header->setResizeContentsPrecision(0);  // the rows on screen
    const auto fit = [view, header, stretch] {
        const int count = header->count();
        const int stretched = stretch < 0 ? count - 1 : stretch;
        for (int c = 0; c < count; ++c)
            if (c != stretched)
                view->resizeColumnToContents(c);
        // A model reset forgets per-section modes.
        if (stretch >= 0 && stretch < count)
            header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    };
    auto *later = new QTimer(view);
    later->setSingleShot(true);
    later->setInterval(2000);
    QObject::connect(later, &QTimer::timeout, view, fit);
    const auto fitLater = [later] {
        if (!later->isActive())
            later->start();
    };
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, later, fitLater);
    QObject::connect(view->verticalScrollBar(), &QScrollBar::valueChanged, later, fitLater);
    fit();
}

} // namespace mailha
