// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languagemanager.h"
#include "core/names.h"
#include "lab/debrief.h"
#include "lab/labresponder.h"
#include "lab/labsource.h"
#include "lab/labsshserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <atomic>
#include <csignal>

namespace {

std::atomic<bool> quitRequested{false};

void onSignal(int)
{
    quitRequested = true;
}

struct Labd {
    Q_DECLARE_TR_FUNCTIONS(mailha_labd)
};

bool writeScoreFile(const QString &path, const mailha::ScenarioScore &score, QString *error)
{
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.always_print_primitive_fields = true;
    std::string json;
    if (!google::protobuf::util::MessageToJsonString(score, &json, options).ok()) {
        *error = Labd::tr("cannot encode the score");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QByteArray::fromStdString(json)) < 0) {
        *error = Labd::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace mailha;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailha-labd"));
    QCoreApplication::setOrganizationName(QStringLiteral("MailHA"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILHA_VERSION));
    LanguageManager::install(qEnvironmentVariable("MAILHA_LANGUAGE"));
    QTextStream out(stdout), err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Labd::tr(
        "Serves the lab cluster over SSH for a training session: every lab node listens on its own port "
        "(the base port, then the next ones in cluster order), answers the probes' commands in the real "
        "formats and accepts the runbooks' commands. SCENARIO is 'lab' for free play, a scenario file or a "
        "built-in scenario id."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("SCENARIO"), Labd::tr("'lab' (default), a scenario file or id."));
    const QCommandLineOption listen(QStringLiteral("listen"), Labd::tr("Address and base port (default 127.0.0.1:2200)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:2200"));
    const QCommandLineOption hostKey(QStringLiteral("host-key"), Labd::tr("Host key file; created (ed25519, 0600) if missing."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption authorized(QStringLiteral("authorized-keys"),
                                        Labd::tr("Public keys allowed to log in (default ~/.ssh/authorized_keys)."),
                                        QStringLiteral("FILE"), QDir::home().filePath(QStringLiteral(".ssh/authorized_keys")));
    const QCommandLineOption speed(QStringLiteral("speed"), Labd::tr("Simulation speed (1, 5, 20, ...)."), QStringLiteral("N"),
                                   QStringLiteral("1"));
    const QCommandLineOption writeCluster(QStringLiteral("write-cluster"),
                                          Labd::tr("Write a cluster file for the trainees' consoles to FILE."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption publicHost(QStringLiteral("public-host"),
                                        Labd::tr("Host name trainees use to reach this machine (default: the listen address)."),
                                        QStringLiteral("HOST"));
    const QCommandLineOption user(QStringLiteral("user"), Labd::tr("User name written into the cluster file."),
                                  QStringLiteral("NAME"), QStringLiteral("trainee"));
    const QCommandLineOption scoreFile(QStringLiteral("score-file"),
                                       Labd::tr("When the scenario ends (or labd is stopped), write its score to FILE as JSON."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption debrief(QStringLiteral("debrief"),
                                     Labd::tr("When the scenario ends (or labd is stopped), write the debrief to FILE (.md or .html)."),
                                     QStringLiteral("FILE"));
    parser.addOptions({listen, hostKey, authorized, speed, writeCluster, publicHost, user, scoreFile, debrief});
    parser.process(app);

    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int basePort = listenValue.mid(colon + 1).toInt(&portOk);
    const QString address = listenValue.left(colon);
    if (colon <= 0 || !portOk || basePort <= 0 || basePort > 65535) {
        err << "mailha-labd: " << Labd::tr("--listen wants ADDR:PORT, not '%1'").arg(listenValue) << "\n";
        return 64;
    }

    if (parser.isSet(debrief) && debriefFormat(parser.value(debrief)) != QLatin1String("md")
        && debriefFormat(parser.value(debrief)) != QLatin1String("html")) {
        err << "mailha-labd: " << Labd::tr("--debrief wants a .md or .html file (mailhactl lab run writes PDF)") << "\n";
        return 64;
    }

    LabSource lab(1);
    const QString what = parser.positionalArguments().value(0, QStringLiteral("lab"));
    if (what != QLatin1String("lab")) {
        const ScenarioLoad load = findScenario(what);
        if (!load.ok()) {
            err << "mailha-labd: " << load.error << "\n";
            return 65;
        }
        lab.startScenario(load.scenario);
    }
    lab.setSpeed(parser.value(speed).toDouble() > 0 ? parser.value(speed).toDouble() : 1.0);

    ClusterSpec spec = lab.spec();
    QList<LabSshServer::Endpoint> endpoints;
    for (int i = 0; i < spec.nodes_size(); ++i) {
        if (basePort + i > 65535) {
            err << "mailha-labd: " << Labd::tr("not enough ports above %1 for %n node(s)", nullptr, spec.nodes_size()).arg(basePort)
                << "\n";
            return 64;
        }
        endpoints.append({qstr(spec.nodes(i).id()), quint16(basePort + i)});
    }

    const QString keyPath = parser.isSet(hostKey)
                                ? parser.value(hostKey)
                                : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                      .filePath(QStringLiteral("labd_host_ed25519_key"));
    QDir().mkpath(QFileInfo(keyPath).absolutePath());

    LabResponder responder(&lab.cluster(), &lab.mutex(), &lab.runner());
    LabSshServer server([&responder](const QString &node, const QStringList &words) { return responder.respond(node, words); });
    QString error;
    if (!server.start(address, endpoints, keyPath, parser.value(authorized), &error)) {
        err << "mailha-labd: " << error << "\n";
        return 1;
    }

    const QString host = parser.isSet(publicHost) ? parser.value(publicHost) : address;
    QHash<QString, QString> servedHosts;
    for (const LabSshServer::Endpoint &e : endpoints)
        servedHosts.insert(e.nodeId, host);
    lab.run().labRunner().setServedHosts(servedHosts);

    if (parser.isSet(writeCluster)) {
        spec.set_name(spec.name() + "-served");
        spec.set_lab(false);      // reached over SSH ...
        spec.set_training(true);  // ... and still marked LAB on screen
        spec.set_description(sstr(Labd::tr("Lab served by mailha-labd (%1); simulated, reached over SSH").arg(what)));
        for (int i = 0; i < spec.nodes_size(); ++i) {
            Node *n = spec.mutable_nodes(i);
            n->set_host(sstr(host));
            n->set_port(quint32(basePort + i));
            n->set_user(sstr(parser.value(user)));
        }
        std::string text;
        google::protobuf::TextFormat::PrintToString(spec, &text);
        QFile file(parser.value(writeCluster));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << "mailha-labd: " << Labd::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()) << "\n";
            return 1;
        }
        file.write(QByteArray("# Written by mailha-labd: the training lab, reached over SSH.\n# Host key: ")
                   + server.hostKeyFingerprint().toUtf8() + "\n");
        file.write(QByteArray::fromStdString(text));
    }

    out << Labd::tr("Serving the lab (%1) at %2x speed; host key %3").arg(what).arg(lab.speed()).arg(server.hostKeyFingerprint())
        << "\n";
    for (const LabSshServer::Endpoint &e : endpoints)
        out << "  " << e.nodeId.leftJustified(10) << address << ":" << e.port << "\n";
    out.flush();

    // The score reaches the instructor on standard output and in the files
    // asked for, once: when the scenario ends, or when labd is stopped first.
    bool reported = false;
    auto report = [&](const ScenarioScore &score, bool ended) {
        if (reported || !lab.inScenario())
            return;
        reported = true;
        const Scenario &scenario = lab.run().scenario();
        out << "\n"
            << (ended ? Labd::tr("Scenario %1 ended; score:").arg(qstr(scenario.id()))
                      : Labd::tr("Stopped at %1 into scenario %2; score so far:")
                            .arg(formatDuration(lab.run().elapsedS()), qstr(scenario.id())))
            << "\n";
        for (const auto &[measure, value] : debriefSummary(scenario, score))
            out << "  " << measure << ": " << value << "\n";
        out.flush();
        QString problem;
        if (parser.isSet(scoreFile) && !writeScoreFile(parser.value(scoreFile), score, &problem))
            err << "mailha-labd: " << problem << "\n";
        if (parser.isSet(debrief)
            && !writeDebrief(parser.value(debrief), debriefFormat(parser.value(debrief)), scenario, score,
                             lab.run().debriefEvents(), &problem))
            err << "mailha-labd: " << problem << "\n";
        err.flush();
    };
    QObject::connect(&lab, &LabSource::scenarioFinished, &app, [&](const ScenarioScore &score) { report(score, true); });

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer quitPoll;
    QObject::connect(&quitPoll, &QTimer::timeout, &app, [&] {
        if (quitRequested)
            app.quit();
    });
    quitPoll.start(200);
    lab.start();
    const int code = app.exec();
    lab.stop();
    server.stop();
    report(lab.run().score(), false);
    return code;
}
