// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "core/languagemanager.h"
#include "lab/labsource.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "topologyview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

using namespace mailha;

namespace {

// The console takes the system palette; this one is for a forced dark look
// (screenshots, a desktop without a dark theme).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailHA Console"));
    QApplication::setOrganizationName(QStringLiteral("MailHA"));
    QApplication::setOrganizationDomain(QStringLiteral("mailha.invalid"));
    QApplication::setApplicationVersion(QStringLiteral(MAILHA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mailha-console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Console for highly available mail clusters. Without a cluster file it opens the built-in lab."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("cluster-file"),
                                 QApplication::translate("main", "Cluster description to connect to."),
                                 QStringLiteral("[cluster-file]"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "User interface language (de, fr, en)."),
                                      QStringLiteral("code"));
    const QCommandLineOption seed(QStringLiteral("lab-seed"), QApplication::translate("main", "Seed of the lab simulation."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("lab-speed"),
                                   QApplication::translate("main", "Lab speed: 1 is real time."), QStringLiteral("x"),
                                   QStringLiteral("1"));
    const QCommandLineOption warmup(QStringLiteral("lab-history"),
                                    QApplication::translate("main", "Simulated seconds of lab history to show at start."),
                                    QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                             QApplication::translate("main", "Seconds to run before the screenshot."),
                                             QStringLiteral("s"), QStringLiteral("3"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QApplication::translate("main", "Initial window size, e.g. 1366x768."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
                                         QApplication::translate("main", "system (default), light or dark."),
                                         QStringLiteral("scheme"), QStringLiteral("system"));
    const QCommandLineOption fault(QStringLiteral("lab-fault"),
                                   QApplication::translate("main", "Inject a lab fault at start, e.g. node-crash:db-b "
                                                                   "(with --lab-history: a minute before the end)."),
                                   QStringLiteral("fault[:node]"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select a node at start."), QStringLiteral("node"));
    parser.addOptions({language, seed, speed, warmup, screenshot, screenshotDelay, windowSize, colorScheme, fault, select});
    parser.process(app);
    LanguageManager::install(parser.value(language));
    if (parser.value(colorScheme) != QLatin1String("system")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(parser.value(colorScheme) == QLatin1String("dark") ? darkPalette()
                                                                                     : QApplication::style()->standardPalette());
    }

    ClusterState state;
    MainWindow window(&state);
    auto *session = new SessionController(&window, &state);
    window.setSessionController(session);
    if (!parser.positionalArguments().isEmpty()) {
        if (!session->openClusterFile(parser.positionalArguments().constFirst()))
            return 65;
    } else {
        session->openLab(parser.value(seed).toULongLong(), parser.value(speed).toDouble());
    }
    LabSource *lab = session->labSource();
    const auto injectFaults = [&] {
        for (const QString &spec : parser.values(fault)) {
            const QString name = spec.section(QLatin1Char(':'), 0, 0);
            const auto which = labFaultFromName(name);
            QString error;
            if (!lab)
                break;
            if (!which || !lab->cluster().setFault(*which, spec.section(QLatin1Char(':'), 1), true, &error))
                std::fprintf(stderr, "mailha-console: %s\n", qPrintable(which ? error : QStringLiteral("unknown fault ") + name));
        }
    };
    // History before the window opens, one poll round per simulated second.
    const int history = parser.value(warmup).toInt();
    for (int i = 0; lab && i < history; ++i) {
        if (i == std::max(0, history - 60))
            injectFaults();
        lab->tick();
        state.flush();
    }
    if (history == 0)
        injectFaults();
    if (parser.isSet(select))
        window.topologyView()->selectNode(parser.value(select));
    if (parser.isSet(windowSize)) {
        const QStringList wh = parser.value(windowSize).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(int(parser.value(screenshotDelay).toDouble() * 1000), &window, [&window, file] {
            const bool ok = window.grab().save(file);
            if (!ok)
                std::fprintf(stderr, "mailha-console: cannot write %s\n", qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
