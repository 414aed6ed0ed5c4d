// SPDX-License-Identifier: GPL-3.0-or-later
// The one piece of mailhactl that needs QtGui: text layout for the PDF.
#include "command.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace mailha::ctl {

bool writeTimelinePdf(const QString &html, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate("mailhactl", "PDF export needs a QGuiApplication (mailhactl creates one for it)");
        return false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("MailHA incident timeline"));
    writer.setCreator(QStringLiteral("mailhactl"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    return true;
}

} // namespace mailha::ctl
