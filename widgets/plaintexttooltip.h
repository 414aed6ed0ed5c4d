// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolTip>

namespace mailha {

/// A tooltip that shows `text` literally. QToolTip renders anything that
/// merely looks like markup as rich text, and tooltips here carry names from
/// the cluster file and output from nodes: "<b>mx1</b>" must read as typed.
inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? text : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

/// The item views' delegate for models whose ToolTipRole holds such text
/// (services, alerts, events): the same painting, tooltips as plain text.
class PlainToolTipDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event && event->type() == QEvent::ToolTip && index.isValid()) {
            const QString text = index.data(Qt::ToolTipRole).toString();
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(event->globalPos(), plainToolTip(text), view, option.rect);
            return true;
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
};

} // namespace mailha
