<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>mailha::AlertEngine</name>
    <message>
        <source>%1 never answered: %2</source>
        <translation>%1 hat nie geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 is stale, last seen %2 ago</source>
        <translation>%1 ist veraltet, zuletzt gesehen vor %2</translation>
    </message>
    <message>
        <source>%1 queue depth %2 (warn %3, crit %4)</source>
        <translation>%1 Warteschlangenlänge %2 (Warnung %3, kritisch %4)</translation>
    </message>
    <message>
        <source>%1 oldest message %2 old</source>
        <translation>%1 älteste Nachricht %2 alt</translation>
    </message>
    <message>
        <source>%1: %2 has %3 % free</source>
        <translation>%1: %2 hat %3 % frei</translation>
    </message>
    <message>
        <source>%1: the replica is not receiving or not replaying</source>
        <translation>%1: das Replikat empfängt nicht oder spielt nicht ein</translation>
    </message>
    <message>
        <source>%1 lag %2, beyond its intended delay of %3 (warn %4)</source>
        <translation>%1 Verzögerung %2, über der beabsichtigten Verzögerung von %3 (Warnung %4)</translation>
    </message>
    <message>
        <source>%1 lag %2 · %3 (warn %4 / %5)</source>
        <translation>%1 Verzögerung %2 · %3 (Warnung %4 / %5)</translation>
    </message>
    <message>
        <source>SPLIT BRAIN in %1: active on %2</source>
        <translation>SPLIT BRAIN in %1: aktiv auf %2</translation>
    </message>
    <message>
        <source>%1 is down: no active member</source>
        <translation>%1 ist ausgefallen: kein aktives Mitglied</translation>
    </message>
    <message>
        <source>%1 lost redundancy: N+%2, needs N+%3</source>
        <translation>%1 hat Redundanz verloren: N+%2, benötigt N+%3</translation>
    </message>
    <message>
        <source>%1 RPO over objective: a failover now loses %2 (objective %3)</source>
        <translation>%1 RPO über dem Ziel: ein Failover verliert jetzt %2 (Ziel %3)</translation>
    </message>
    <message>
        <source>cleared: %1</source>
        <translation>aufgehoben: %1</translation>
    </message>
</context>
<context>
    <name>mailha::AlertModel</name>
    <message>
        <source>cleared</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mailha::AlertsPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>%1 critical, %2 warning, %3 not acknowledged</source>
        <translation>%1 kritisch, %2 Warnung, %3 nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>mailha::ChartsPanel</name>
    <message>
        <source>Replication lag (sync —, async ╌)</source>
        <translation>Replikationsverzögerung (sync —, async ╌)</translation>
    </message>
    <message>
        <source>MTA queues (deferred —, active ┄)</source>
        <translation>MTA-Warteschlangen (deferred —, active ┄)</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>%1 def.</source>
        <translation>%1 def.</translation>
    </message>
    <message>
        <source>%1 act.</source>
        <translation>%1 act.</translation>
    </message>
</context>
<context>
    <name>mailha::ClusterFile</name>
    <message>
        <source>%1 without an id: expected id: &quot;...&quot;</source>
        <translation>%1 ohne id: erwartet id: &quot;...&quot;</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>doppelte %1-id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>thresholds must not be negative (0 means: not set here)</source>
        <translation>Schwellwerte dürfen nicht negativ sein (0 bedeutet: hier nicht gesetzt)</translation>
    </message>
    <message>
        <source>disk free thresholds are percentages: expected 0 to 100</source>
        <translation>Schwellwerte für freien Speicherplatz sind Prozentwerte: erwartet 0 bis 100</translation>
    </message>
    <message>
        <source>the cluster has no name: expected name: &quot;...&quot; at the top level</source>
        <translation>der Cluster hat keinen Namen: erwartet name: &quot;...&quot; auf oberster Ebene</translation>
    </message>
    <message>
        <source>poll_interval_ms %1 is too short: expected 0 (default 2000) or at least 200</source>
        <translation>poll_interval_ms %1 ist zu kurz: erwartet 0 (Standard 2000) oder mindestens 200</translation>
    </message>
    <message>
        <source>anti_flap_s must not be negative</source>
        <translation>anti_flap_s darf nicht negativ sein</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>floating IP</source>
        <translation>Floating IP</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has no technology: expected technology: POSTGRES, POSTFIX, ...</source>
        <translation>Gruppe &quot;%1&quot; hat keine Technologie: erwartet technology: POSTGRES, POSTFIX, ...</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has no pattern: expected pattern: ACTIVE_PASSIVE or ACTIVE_ACTIVE</source>
        <translation>Gruppe &quot;%1&quot; hat kein Muster: erwartet pattern: ACTIVE_PASSIVE oder ACTIVE_ACTIVE</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has no site: expected site: one of %2</source>
        <translation>Knoten &quot;%1&quot; hat keinen Standort: erwartet site: einer von %2</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; names unknown site &quot;%2&quot;</source>
        <translation>Knoten &quot;%1&quot; nennt unbekannten Standort &quot;%2&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has no host: expected host: &quot;address or ssh alias&quot;</source>
        <translation>Knoten &quot;%1&quot; hat keinen Host: erwartet host: &quot;Adresse oder SSH-Alias&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: host &quot;%2&quot; is not a host name, address or ssh alias</source>
        <translation>Knoten &quot;%1&quot;: Host &quot;%2&quot; ist kein Hostname, keine Adresse und kein SSH-Alias</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: port %2 is out of range: expected 1 to 65535</source>
        <translation>Knoten &quot;%1&quot;: Port %2 liegt außerhalb des Bereichs: erwartet 1 bis 65535</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: user &quot;%2&quot; is not an account name</source>
        <translation>Knoten &quot;%1&quot;: Benutzer &quot;%2&quot; ist kein Kontoname</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: jump_host &quot;%2&quot; is not of the form [user@]host[:port]</source>
        <translation>Knoten &quot;%1&quot;: jump_host &quot;%2&quot; hat nicht die Form [user@]host[:port]</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: identity_file holds a line break</source>
        <translation>Knoten &quot;%1&quot;: identity_file enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>service on node &quot;%1&quot; without an id: expected id: &quot;...&quot;</source>
        <translation>Dienst auf Knoten &quot;%1&quot; ohne id: erwartet id: &quot;...&quot;</translation>
    </message>
    <message>
        <source>duplicate service id &quot;%1&quot; on node &quot;%2&quot;</source>
        <translation>doppelte Dienst-id &quot;%1&quot; auf Knoten &quot;%2&quot;</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; on node &quot;%2&quot; has no technology</source>
        <translation>Dienst &quot;%1&quot; auf Knoten &quot;%2&quot; hat keine Technologie</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; on node &quot;%2&quot; names unknown group &quot;%3&quot;</source>
        <translation>Dienst &quot;%1&quot; auf Knoten &quot;%2&quot; nennt unbekannte Gruppe &quot;%3&quot;</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; on node &quot;%2&quot; is %3 but its group &quot;%4&quot; is %5</source>
        <translation>Dienst &quot;%1&quot; auf Knoten &quot;%2&quot; ist %3, aber seine Gruppe &quot;%4&quot; ist %5</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; names unknown group &quot;%2&quot;</source>
        <translation>Verbindung &quot;%1&quot; nennt unbekannte Gruppe &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;: from_node &quot;%2&quot; is not a node id</source>
        <translation>Verbindung &quot;%1&quot;: from_node &quot;%2&quot; ist keine Knoten-id</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;: to_node &quot;%2&quot; is not a node id</source>
        <translation>Verbindung &quot;%1&quot;: to_node &quot;%2&quot; ist keine Knoten-id</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; replicates node &quot;%2&quot; to itself</source>
        <translation>Verbindung &quot;%1&quot; repliziert Knoten &quot;%2&quot; auf sich selbst</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; has no mode: expected mode: SYNC or ASYNC</source>
        <translation>Verbindung &quot;%1&quot; hat keinen Modus: erwartet mode: SYNC oder ASYNC</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;: intentional_delay_s must not be negative</source>
        <translation>Verbindung &quot;%1&quot;: intentional_delay_s darf nicht negativ sein</translation>
    </message>
    <message>
        <source>floating IP &quot;%1&quot; has no address: expected address: &quot;192.0.2.25/24&quot;</source>
        <translation>Floating IP &quot;%1&quot; hat keine Adresse: erwartet address: &quot;192.0.2.25/24&quot;</translation>
    </message>
    <message>
        <source>floating IP &quot;%1&quot; names unknown group &quot;%2&quot;</source>
        <translation>Floating IP &quot;%1&quot; nennt unbekannte Gruppe &quot;%2&quot;</translation>
    </message>
    <message>
        <source>floating IP &quot;%1&quot;: preferred_node &quot;%2&quot; is not a node id</source>
        <translation>Floating IP &quot;%1&quot;: preferred_node &quot;%2&quot; ist keine Knoten-id</translation>
    </message>
    <message>
        <source>not a cluster file (Protobuf text format of mailha.ClusterSpec)</source>
        <translation>keine Cluster-Datei (Protobuf-Textformat von mailha.ClusterSpec)</translation>
    </message>
    <message>
        <source>cannot read the cluster file: %1</source>
        <translation>die Cluster-Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>mailha::Debrief</name>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NICHT erreicht</translation>
    </message>
    <message>
        <source>Debrief: %1 (%2)</source>
        <translation>Nachbesprechung: %1 (%2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Time to detection</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>%1 after the first fault</source>
        <translation>%1 nach dem ersten Fehler</translation>
    </message>
    <message>
        <source>never (nobody acted)</source>
        <translation>nie (niemand hat gehandelt)</translation>
    </message>
    <message>
        <source>RTO achieved</source>
        <translation>Erreichte RTO</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source> (objective %1: %2)</source>
        <translation> (Ziel %1: %2)</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>%1 (%2 of writes; objective %3: %4)</source>
        <translation>%1 (%2 an Schreibvorgängen; Ziel %3: %4)</translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <translation>Runbook-Schritte</translation>
    </message>
    <message>
        <source>%1 followed, %2 skipped, %3 overridden</source>
        <translation>%1 befolgt, %2 übersprungen, %3 übersteuert</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Operator-Aktionen</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>What a good response looks like</source>
        <translation>So sieht eine gute Reaktion aus</translation>
    </message>
    <message>
        <source>%1: a debrief is written as md or html here, not &apos;%2&apos;</source>
        <translation>%1: Eine Nachbesprechung wird hier als md oder html geschrieben, nicht als &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mailha::Derive</name>
    <message>
        <source>no probe result</source>
        <translation>kein Prüfergebnis</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>split brain in %1</source>
        <translation>Split Brain in %1</translation>
    </message>
    <message>
        <source>no node read yet</source>
        <translation>noch kein Knoten gelesen</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 at N+%2</source>
        <translation>%1 bei N+%2</translation>
    </message>
    <message>
        <source>%1 RPO %2 over objective</source>
        <translation>%1 RPO %2 über dem Ziel</translation>
    </message>
    <message numerus="yes">
        <source>%n stale node(s): %1</source>
        <translation>
            <numerusform>%n veralteter Knoten: %1</numerusform>
            <numerusform>%n veraltete Knoten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s) live</source>
        <translation>
            <numerusform>%1: %n Knoten live</numerusform>
            <numerusform>%1: %n Knoten live</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped answering (%2)</source>
        <translation>%1 antwortet nicht mehr (%2)</translation>
    </message>
    <message>
        <source>%1 read for the first time</source>
        <translation>%1 zum ersten Mal gelesen</translation>
    </message>
    <message>
        <source>%1 answers again</source>
        <translation>%1 antwortet wieder</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 auf %2: %3 → %4</translation>
    </message>
    <message>
        <source>split brain in %1: active on %2</source>
        <translation>Split Brain in %1: aktiv auf %2</translation>
    </message>
    <message>
        <source>split brain in %1 resolved</source>
        <translation>Split Brain in %1 behoben</translation>
    </message>
    <message>
        <source>%1 lost redundancy: N+%2, needs N+%3</source>
        <translation>%1 hat Redundanz verloren: N+%2, benötigt N+%3</translation>
    </message>
    <message>
        <source>%1 redundancy restored: N+%2</source>
        <translation>%1 Redundanz wiederhergestellt: N+%2</translation>
    </message>
</context>
<context>
    <name>mailha::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>mailha::EventLogView</name>
    <message>
        <source>Cluster events</source>
        <translation>Cluster-Ereignisse</translation>
    </message>
</context>
<context>
    <name>mailha::FailoverPlanner</name>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>async</source>
        <translation>async</translation>
    </message>
    <message>
        <source>lag %1 / %2</source>
        <translation>Verzögerung %1 / %2</translation>
    </message>
    <message>
        <source> (primary&apos;s site)</source>
        <translation> (Standort des Primary)</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>excluded from failover (no_failover)</source>
        <translation>vom Failover ausgeschlossen (no_failover)</translation>
    </message>
    <message>
        <source>stale: not read for %1</source>
        <translation>veraltet: seit %1 nicht gelesen</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>jeher</translation>
    </message>
    <message>
        <source>not reachable (%1)</source>
        <translation>nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>health CRITICAL: %1</source>
        <translation>Zustand KRITISCH: %1</translation>
    </message>
    <message>
        <source>role is %1, not a standby</source>
        <translation>Rolle ist %1, kein Standby</translation>
    </message>
    <message>
        <source>replication broken (not receiving or not replaying)</source>
        <translation>Replikation unterbrochen (empfängt nicht oder spielt nicht ein)</translation>
    </message>
    <message>
        <source>synchronous standby</source>
        <translation>synchrones Standby</translation>
    </message>
    <message>
        <source>asynchronous standby</source>
        <translation>asynchrones Standby</translation>
    </message>
    <message>
        <source>same site as the primary (%1)</source>
        <translation>gleicher Standort wie der Primary (%1)</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>health %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <source>Service group exists</source>
        <translation>Dienstgruppe vorhanden</translation>
    </message>
    <message>
        <source>no service group &apos;%1&apos; in cluster %2</source>
        <translation>keine Dienstgruppe &apos;%1&apos; im Cluster %2</translation>
    </message>
    <message>
        <source>Candidate reachable and healthy</source>
        <translation>Kandidat erreichbar und fehlerfrei</translation>
    </message>
    <message>
        <source>%1 is already the primary of %2</source>
        <translation>%1 ist bereits der Primary von %2</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 ist kein Mitglied von %2</translation>
    </message>
    <message>
        <source>%1 cannot take over: %2</source>
        <translation>%1 kann nicht übernehmen: %2</translation>
    </message>
    <message>
        <source>%1 is reachable, %2, health %3</source>
        <translation>%1 ist erreichbar, %2, Zustand %3</translation>
    </message>
    <message>
        <source>Lag within the RPO objective</source>
        <translation>Verzögerung innerhalb des RPO-Ziels</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>kein Kandidat</translation>
    </message>
    <message>
        <source>synchronous standby: every commit confirmed (replay lag %1), objective %2</source>
        <translation>synchrones Standby: jeder Commit bestätigt (Replay-Verzögerung %1), Ziel %2</translation>
    </message>
    <message>
        <source>lag of %1 is unknown</source>
        <translation>Verzögerung von %1 ist unbekannt</translation>
    </message>
    <message>
        <source>lag %1 / %2, objective %3%4</source>
        <translation>Verzögerung %1 / %2, Ziel %3%4</translation>
    </message>
    <message>
        <source>Synchronous standby when required</source>
        <translation>Synchrones Standby, wenn erforderlich</translation>
    </message>
    <message>
        <source>not required (RPO objective %1)</source>
        <translation>nicht erforderlich (RPO-Ziel %1)</translation>
    </message>
    <message>
        <source>%1 is a synchronous standby</source>
        <translation>%1 ist ein synchrones Standby</translation>
    </message>
    <message>
        <source>RPO objective is 0 s but %1 replicates asynchronously</source>
        <translation>RPO-Ziel ist 0 s, aber %1 repliziert asynchron</translation>
    </message>
    <message>
        <source>DRBD UpToDate</source>
        <translation>DRBD UpToDate</translation>
    </message>
    <message>
        <source>not applicable to %1</source>
        <translation>nicht anwendbar auf %1</translation>
    </message>
    <message>
        <source>no block replication link to %1</source>
        <translation>keine Block-Replikationsverbindung zu %1</translation>
    </message>
    <message>
        <source>%1 is disconnected from its peer</source>
        <translation>%1 ist von seinem Peer getrennt</translation>
    </message>
    <message>
        <source>%1 is not UpToDate: %2 out of sync</source>
        <translation>%1 ist nicht UpToDate: %2 nicht synchron</translation>
    </message>
    <message>
        <source>%1 is connected and UpToDate</source>
        <translation>%1 ist verbunden und UpToDate</translation>
    </message>
    <message>
        <source>%1 has %2 messages queued (critical at %3)</source>
        <translation>%1 hat %2 Nachrichten in der Warteschlange (kritisch ab %3)</translation>
    </message>
    <message>
        <source>Mail queues under threshold</source>
        <translation>Mail-Warteschlangen unter Schwellwert</translation>
    </message>
    <message>
        <source>every queue is under its critical threshold</source>
        <translation>jede Warteschlange liegt unter ihrem kritischen Schwellwert</translation>
    </message>
    <message>
        <source>Old primary state</source>
        <translation>Zustand des alten Primary</translation>
    </message>
    <message>
        <source>%1 has no active primary: confirmed down</source>
        <translation>%1 hat keinen aktiven Primary: Ausfall bestätigt</translation>
    </message>
    <message>
        <source>%1 has no active primary to demote: a switchover needs one; use a failover</source>
        <translation>%1 hat keinen aktiven Primary zum Herabstufen: eine Umschaltung braucht einen; verwenden Sie ein Failover</translation>
    </message>
    <message>
        <source>%1 is reachable and will be demoted first</source>
        <translation>%1 ist erreichbar und wird zuerst herabgestuft</translation>
    </message>
    <message>
        <source>%1 is not reachable, so it cannot be demoted gracefully; use a failover</source>
        <translation>%1 ist nicht erreichbar und kann daher nicht geordnet herabgestuft werden; verwenden Sie ein Failover</translation>
    </message>
    <message>
        <source>%1 is still reachable and serving: fence it (or switch over) before forcing a failover</source>
        <translation>%1 ist noch erreichbar und bedient Anfragen: schotten Sie ihn ab (oder schalten Sie um), bevor Sie ein Failover erzwingen</translation>
    </message>
    <message>
        <source>%1 confirmed fenced by the operator</source>
        <translation>%1 vom Operator als abgeschottet bestätigt</translation>
    </message>
    <message>
        <source>%1 is down (%2)</source>
        <translation>%1 ist ausgefallen (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No split brain</source>
        <translation>Kein Split Brain</translation>
    </message>
    <message>
        <source>%1 has %2 active members</source>
        <translation>%1 hat %2 aktive Mitglieder</translation>
    </message>
    <message>
        <source>one active member</source>
        <translation>ein aktives Mitglied</translation>
    </message>
    <message>
        <source>No recent failover</source>
        <translation>Kein kürzliches Failover</translation>
    </message>
    <message>
        <source>%1 changed primary %2 ago; anti-flap period %3</source>
        <translation>%1 hat vor %2 den Primary gewechselt; Anti-Flap-Frist %3</translation>
    </message>
    <message>
        <source>last change %1 ago</source>
        <translation>letzter Wechsel vor %1</translation>
    </message>
    <message>
        <source>no earlier failover in the journal</source>
        <translation>kein früheres Failover im Journal</translation>
    </message>
    <message>
        <source>replication stopped with the primary</source>
        <translation>Replikation ist mit dem Primary stehen geblieben</translation>
    </message>
</context>
<context>
    <name>mailha::FailoverWizard</name>
    <message>
        <source>Switch over %1</source>
        <translation>Umschaltung von %1</translation>
    </message>
    <message>
        <source>Fail over %1</source>
        <translation>Failover von %1</translation>
    </message>
    <message>
        <source>1. Candidates</source>
        <translation>1. Kandidaten</translation>
    </message>
    <message>
        <source>Who can take over %1, best first, with the reason for each rank.</source>
        <translation>Wer %1 übernehmen kann, der beste zuerst, mit der Begründung für jeden Rang.</translation>
    </message>
    <message>
        <source>Switchover (graceful: the old primary is demoted first; no data lost)</source>
        <translation>Umschaltung (geordnet: der alte Primary wird zuerst herabgestuft; kein Datenverlust)</translation>
    </message>
    <message>
        <source>Forced failover (the old primary is gone or fenced)</source>
        <translation>Erzwungenes Failover (der alte Primary ist weg oder abgeschottet)</translation>
    </message>
    <message>
        <source>I understand that a forced failover can lose the writes the candidate has not received</source>
        <translation>Mir ist bewusst, dass ein erzwungenes Failover die Schreibvorgänge verlieren kann, die der Kandidat nicht empfangen hat</translation>
    </message>
    <message>
        <source>The old primary is fenced or powered off (confirmed)</source>
        <translation>Der alte Primary ist abgeschottet oder ausgeschaltet (bestätigt)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>DATA-LOSS WARNING: a forced failover promotes %1 with what it has; writes the old primary had not sent are lost (now about %2).</source>
        <translation>DATENVERLUST-WARNUNG: Ein erzwungenes Failover befördert %1 mit dem Stand, den er hat; Schreibvorgänge, die der alte Primary nicht gesendet hatte, gehen verloren (derzeit etwa %2).</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>der Kandidat</translation>
    </message>
    <message>
        <source>2. Preflight</source>
        <translation>2. Vorabprüfung</translation>
    </message>
    <message>
        <source>Every check across the layers. A red check blocks; to override it, write the reason (it goes into the journal).</source>
        <translation>Jede Prüfung über alle Schichten. Eine rote Prüfung blockiert; um sie zu übersteuern, geben Sie die Begründung ein (sie wird im Journal festgehalten).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Übersteuerungsgrund</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>OK: </source>
        <translation>OK: </translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation>FEHLGESCHLAGEN: </translation>
    </message>
    <message>
        <source>reason to override</source>
        <translation>Grund für die Übersteuerung</translation>
    </message>
    <message>
        <source>3. Plan (dry run)</source>
        <translation>3. Plan (Probelauf)</translation>
    </message>
    <message>
        <source>Every command, on which host, in order, exactly as it will run. Nothing has run yet.</source>
        <translation>Jeder Befehl, auf welchem Host, in welcher Reihenfolge, genau so, wie er ausgeführt wird. Es wurde noch nichts ausgeführt.</translation>
    </message>
    <message>
        <source>no built-in runbook for a %1 of %2</source>
        <translation>kein eingebautes Runbook für %1 von %2</translation>
    </message>
    <message>
        <source>switchover</source>
        <translation>Umschaltung</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>4. Confirm</source>
        <translation>4. Bestätigen</translation>
    </message>
    <message>
        <source>Type the cluster name to run the plan.</source>
        <translation>Geben Sie den Cluster-Namen ein, um den Plan auszuführen.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie &lt;b&gt;%1&lt;/b&gt; zur Bestätigung ein:</translation>
    </message>
    <message>
        <source>5. Execute</source>
        <translation>5. Ausführen</translation>
    </message>
    <message>
        <source>Step by step, with live output. A failed step stops the run and shows its rollback hint.</source>
        <translation>Schritt für Schritt, mit Live-Ausgabe. Ein fehlgeschlagener Schritt stoppt den Lauf und zeigt seinen Rollback-Hinweis.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>note for the journal (optional)</source>
        <translation>Notiz für das Journal (optional)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>MANUAL %1: %2</source>
        <translation>MANUELL %1: %2</translation>
    </message>
    <message>
        <source>Waiting for you: %1 — press Done when it is done.</source>
        <translation>Wartet auf Sie: %1 — klicken Sie auf „Erledigt“, wenn es erledigt ist.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>All steps done. Continue to the summary.</source>
        <translation>Alle Schritte erledigt. Weiter zur Zusammenfassung.</translation>
    </message>
    <message>
        <source>Paused. Continue runs the next step.</source>
        <translation>Angehalten. „Fortfahren“ führt den nächsten Schritt aus.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>6. Verify and summary</source>
        <translation>6. Überprüfung und Zusammenfassung</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 of %2 to %3: %4.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Measured failover time: &lt;b&gt;%5&lt;/b&gt; (RTO objective %6) — %7&lt;/p&gt;&lt;p&gt;Estimated data lost: &lt;b&gt;%8&lt;/b&gt; (RPO objective %9) — %10&lt;/p&gt;&lt;p&gt;Post-checks:&lt;br&gt;%11&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 von %2 auf %3: %4.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gemessene Failover-Dauer: &lt;b&gt;%5&lt;/b&gt; (RTO-Ziel %6) — %7&lt;/p&gt;&lt;p&gt;Geschätzter Datenverlust: &lt;b&gt;%8&lt;/b&gt; (RPO-Ziel %9) — %10&lt;/p&gt;&lt;p&gt;Nachprüfungen:&lt;br&gt;%11&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>Umschaltung</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>within</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>OVER the objective</source>
        <translation>ÜBER dem Ziel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>mailha::HistoryChart</name>
    <message>
        <source>Time window of %1</source>
        <translation>Zeitfenster von %1</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 um %3</translation>
    </message>
    <message>
        <source>Only the series whose current values are highest are drawn and listed in the legend; the others appear as soon as they rank among them.</source>
        <translation>Nur die Reihen mit den derzeit höchsten Werten werden gezeichnet und in der Legende aufgeführt; die anderen erscheinen, sobald sie dazu gehören.</translation>
    </message>
    <message>
        <source>top %1 of %2 series</source>
        <comment>chart: only the series with the highest current values are drawn</comment>
        <translation>die höchsten %1 von %2 Reihen</translation>
    </message>
</context>
<context>
    <name>mailha::HostKeyDialog</name>
    <message>
        <source>Unknown host key — %1</source>
        <translation>Unbekannter Host-Schlüssel — %1</translation>
    </message>
    <message>
        <source>The console has never connected to &lt;b&gt;%1&lt;/b&gt; (node %2) before, so it cannot tell whether this is really that host. Its %3 key has the fingerprint:</source>
        <translation>Die Konsole hat sich noch nie mit &lt;b&gt;%1&lt;/b&gt; (Knoten %2) verbunden und kann daher nicht feststellen, ob dies wirklich dieser Host ist. Sein %3-Schlüssel hat den Fingerabdruck:</translation>
    </message>
    <message>
        <source>Compare it with the key on the server (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub, run there or by its administrator). Trust it only if they match: it will be recorded in %2.</source>
        <translation>Vergleichen Sie ihn mit dem Schlüssel auf dem Server (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub, dort oder von dessen Administration ausgeführt). Vertrauen Sie ihm nur bei Übereinstimmung: Der Schlüssel wird dann in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Nicht verbinden</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED — %1</source>
        <translation>HOST-SCHLÜSSEL GEÄNDERT — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible attack: the host key of node %1 has changed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Möglicher Angriff: Der Host-Schlüssel von Knoten %1 hat sich geändert.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>mailha::InstructorPanel</name>
    <message>
        <source>Training session</source>
        <translation>Trainingssitzung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Free play (no hidden faults)</source>
        <translation>Freies Spiel (keine versteckten Fehler)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Speed %1 times</source>
        <translation>Geschwindigkeit %1-fach</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>Einweisung:</translation>
    </message>
    <message>
        <source>Inject a fault</source>
        <translation>Fehler einspeisen</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einspeisen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Scenario plan (hidden from trainees)</source>
        <translation>Szenarioplan (vor Teilnehmenden verborgen)</translation>
    </message>
    <message>
        <source>Reveal plan</source>
        <translation>Plan aufdecken</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>unknown fault %1</source>
        <translation>unbekannter Fehler %1</translation>
    </message>
    <message>
        <source>Hide plan</source>
        <translation>Plan verbergen</translation>
    </message>
    <message>
        <source>Free play: no hidden faults. Inject them from the panel above.</source>
        <translation>Freies Spiel: keine versteckten Fehler. Speisen Sie sie über das Feld oben ein.</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Data lost: %1</source>
        <translation>Datenverlust: %1</translation>
    </message>
    <message numerus="yes">
        <source>Operator actions: %n</source>
        <translation>
            <numerusform>Operator-Aktionen: %n</numerusform>
            <numerusform>Operator-Aktionen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Time to detection: %1</source>
        <translation>Zeit bis zur Erkennung: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>RTO achieved: %1 (objective %2)</source>
        <translation>Erreichte RTO: %1 (Ziel %2)</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Data lost: %1 (%2; objective %3)</source>
        <translation>Datenverlust: %1 (%2; Ziel %3)</translation>
    </message>
    <message>
        <source>Runbook steps followed: %1, skipped: %2, overridden: %3</source>
        <translation>Runbook-Schritte befolgt: %1, übersprungen: %2, übersteuert: %3</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Start a scenario file, e.g. one made from a recording (Session › Turn a recording into a scenario…)</source>
        <translation>Eine Szenariodatei starten, z. B. eine aus einer Aufzeichnung erstellte (Sitzung › Aufzeichnung in Szenario umwandeln…)</translation>
    </message>
    <message>
        <source>Export debrief…</source>
        <translation>Nachbesprechung exportieren…</translation>
    </message>
    <message>
        <source>The score and the timeline of what happened, for the debrief (Markdown or HTML)</source>
        <translation>Bewertung und Zeitleiste des Geschehens, für die Nachbesprechung (Markdown oder HTML)</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>Lab scenarios (*.textproto)</source>
        <translation>Lab-Szenarien (*.textproto)</translation>
    </message>
    <message>
        <source>Export debrief</source>
        <translation>Nachbesprechung exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Debrief written to %1</source>
        <translation>Nachbesprechung nach %1 geschrieben</translation>
    </message>
    <message>
        <source>%1: export the debrief as .md or .html</source>
        <translation>%1: Exportieren Sie die Nachbesprechung als .md oder .html</translation>
    </message>
</context>
<context>
    <name>mailha::Journal</name>
    <message>
        <source>cannot create the journal directory %1</source>
        <translation>das Journalverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a regular file; refusing to use it as the journal</source>
        <translation>%1 ist keine reguläre Datei; sie wird nicht als Journal verwendet</translation>
    </message>
    <message>
        <source>cannot open the journal %1: %2</source>
        <translation>das Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the journal %1 is damaged (%2); run &apos;mailhactl journal verify&apos; and move it aside</source>
        <translation>das Journal %1 ist beschädigt (%2); führen Sie &apos;mailhactl journal verify&apos; aus und verschieben Sie es beiseite</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot encode a journal entry</source>
        <translation>ein Journaleintrag kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot write the journal head %1: %2</source>
        <translation>der Journalkopf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: not a journal entry</source>
        <translation>Zeile %1: kein Journaleintrag</translation>
    </message>
    <message>
        <source>line %1: incomplete last line</source>
        <translation>Zeile %1: unvollständige letzte Zeile</translation>
    </message>
    <message>
        <source>mode %1 lets other users read or change the journal (expected 0600)</source>
        <translation>Modus %1 erlaubt anderen Benutzern, das Journal zu lesen oder zu ändern (erwartet 0600)</translation>
    </message>
    <message>
        <source>line %1: content does not match its hash (entry edited)</source>
        <translation>Zeile %1: Inhalt passt nicht zu seinem Hash (Eintrag bearbeitet)</translation>
    </message>
    <message>
        <source>line %1: does not follow the previous entry (entry removed, inserted or reordered)</source>
        <translation>Zeile %1: folgt nicht auf den vorherigen Eintrag (Eintrag entfernt, eingefügt oder umsortiert)</translation>
    </message>
    <message>
        <source>line %1: sequence number %2, expected %3</source>
        <translation>Zeile %1: Sequenznummer %2, erwartet %3</translation>
    </message>
    <message>
        <source>the head file %1 is missing: truncation cannot be ruled out</source>
        <translation>die Kopfdatei %1 fehlt: Kürzung kann nicht ausgeschlossen werden</translation>
    </message>
    <message>
        <source>the head file is damaged</source>
        <translation>die Kopfdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the journal ends at entry %1 but its head records entry %2: entries were removed from the end</source>
        <translation>das Journal endet bei Eintrag %1, sein Kopf verzeichnet aber Eintrag %2: am Ende wurden Einträge entfernt</translation>
    </message>
    <message>
        <source>entry %1 does not match the hash recorded in the head</source>
        <translation>Eintrag %1 passt nicht zum im Kopf verzeichneten Hash</translation>
    </message>
    <message>
        <source>the last entry is newer than the head: the console stopped between the two writes</source>
        <translation>der letzte Eintrag ist neuer als der Kopf: die Konsole wurde zwischen den beiden Schreibvorgängen beendet</translation>
    </message>
    <message>
        <source>%1 entries follow the last one the head records</source>
        <translation>%1 Einträge folgen auf den letzten, den der Kopf verzeichnet</translation>
    </message>
</context>
<context>
    <name>mailha::Lab</name>
    <message>
        <source>fault %1 needs an existing node, not &apos;%2&apos;</source>
        <translation>Fehler %1 braucht einen vorhandenen Knoten, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 runs no database</source>
        <translation>%1 betreibt keine Datenbank</translation>
    </message>
    <message>
        <source>command timed out after %1 ms</source>
        <translation>Zeitüberschreitung des Befehls nach %1 ms</translation>
    </message>
    <message>
        <source>ssh: Could not resolve hostname %1: Name or service not known</source>
        <translation>ssh: Could not resolve hostname %1: Name or service not known</translation>
    </message>
    <message>
        <source>ssh: connect to host %1 port 22: Connection timed out</source>
        <translation>ssh: connect to host %1 port 22: Connection timed out</translation>
    </message>
</context>
<context>
    <name>mailha::LabBanner</name>
    <message>
        <source>LAB — simulated cluster, no real host is reached</source>
        <translation>LAB — simulierter Cluster, kein echter Host wird erreicht</translation>
    </message>
</context>
<context>
    <name>mailha::LabResponder</name>
    <message>
        <source>env: no command given
</source>
        <translation>env: no command given
</translation>
    </message>
</context>
<context>
    <name>mailha::LabSsh</name>
    <message>
        <source>cannot generate a host key</source>
        <translation>ein Host-Schlüssel kann nicht erzeugt werden</translation>
    </message>
    <message>
        <source>cannot write the host key to %1</source>
        <translation>der Host-Schlüssel kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the host key %1</source>
        <translation>der Host-Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the authorized keys %1: %2</source>
        <translation>die autorisierten Schlüssel %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable public key: nobody could log in</source>
        <translation>%1 enthält keinen brauchbaren öffentlichen Schlüssel: niemand könnte sich anmelden</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 for %3: %4</source>
        <translation>kann auf %1:%2 nicht für %3 lauschen: %4</translation>
    </message>
</context>
<context>
    <name>mailha::LinkItem</name>
    <message>
        <source>synchronous</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>asynchron</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>Verzögerung unbekannt</translation>
    </message>
    <message>
        <source>(delay %1 expected)</source>
        <translation>(Verzögerung %1 erwartet)</translation>
    </message>
    <message>
        <source>&gt; RPO</source>
        <translation>&gt; RPO</translation>
    </message>
</context>
<context>
    <name>mailha::MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Knotendetails</translation>
    </message>
    <message>
        <source>Nodes and services</source>
        <translation>Knoten und Dienste</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open cluster…</source>
        <translation>Cluster ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit topology</source>
        <translation>Topologie ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Reset node positions</source>
        <translation>Knotenpositionen &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation>Zurück zu &amp;Live</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MailHA Console</source>
        <translation>Ü&amp;ber MailHA Console</translation>
    </message>
    <message>
        <source>About MailHA Console</source>
        <translation>Über MailHA Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;MailHA Console %1&lt;/b&gt;&lt;p&gt;Topology, replication and queues of highly available mail clusters, with guided failover.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MailHA Console %1&lt;/b&gt;&lt;p&gt;Topologie, Replikation und Warteschlangen hochverfügbarer Mail-Cluster, mit geführtem Failover.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 [LAB] — MailHA Console</source>
        <translation>%1 [LAB] — MailHA Console</translation>
    </message>
    <message>
        <source>%1 — MailHA Console</source>
        <translation>%1 — MailHA Console</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <source>HISTORY %1</source>
        <translation>VERLAUF %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Kritisch: %1</translation>
    </message>
    <message>
        <source>Open cluster</source>
        <translation>Cluster öffnen</translation>
    </message>
    <message>
        <source>Cluster files (*.textproto *.txtpb *.cluster);;All files (*)</source>
        <translation>Cluster-Dateien (*.textproto *.txtpb *.cluster);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The new poll interval applies from the next connection to a cluster.</source>
        <translation>Das neue Abfrageintervall gilt ab der nächsten Verbindung zu einem Cluster.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
</context>
<context>
    <name>mailha::Names</name>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>PASSIVE</source>
        <translation>PASSIV</translation>
    </message>
    <message>
        <source>STANDBY</source>
        <translation>STANDBY</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>FENCED</source>
        <translation>ABGESCHOTTET</translation>
    </message>
    <message>
        <source>MAINTENANCE</source>
        <translation>WARTUNG</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>host key unknown</source>
        <translation>Host-Schlüssel unbekannt</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED</source>
        <translation>HOST-SCHLÜSSEL GEÄNDERT</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>not yet polled</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>SPLIT BRAIN</source>
        <translation>SPLIT BRAIN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>mailha::NodeDetailsPanel</name>
    <message>
        <source>Select a node in the topology or the table.</source>
        <translation>Wählen Sie einen Knoten in der Topologie oder der Tabelle aus.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lag / queue</source>
        <translation>Verzögerung / Warteschlange</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Services of the selected node</source>
        <translation>Dienste des ausgewählten Knotens</translation>
    </message>
    <message>
        <source>Switch over %1 to this node…</source>
        <translation>%1 auf diesen Knoten umschalten…</translation>
    </message>
    <message>
        <source>Fail over %1 to this node…</source>
        <translation>Failover von %1 auf diesen Knoten…</translation>
    </message>
    <message>
        <source>Probe command</source>
        <translation>Prüfbefehl</translation>
    </message>
    <message>
        <source>Raw probe output</source>
        <translation>Rohausgabe der Prüfung</translation>
    </message>
    <message>
        <source>Events of the selected node</source>
        <translation>Ereignisse des ausgewählten Knotens</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 — site %2</source>
        <translation>%1 — Standort %2</translation>
    </message>
    <message>
        <source>STALE, %1 — %2</source>
        <translation>VERALTET, %1 — %2</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message>
        <source>last seen %1 ago</source>
        <translation>zuletzt gesehen vor %1</translation>
    </message>
    <message>
        <source>, round trip %1 ms</source>
        <translation>, Umlaufzeit %1 ms</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>a %1 · d %2 · h %3, oldest %4</source>
        <translation>a %1 · d %2 · h %3, älteste %4</translation>
    </message>
    <message>
        <source>No raw probe output for this node yet.</source>
        <translation>Noch keine Rohausgabe der Prüfung für diesen Knoten.</translation>
    </message>
</context>
<context>
    <name>mailha::NodeItem</name>
    <message>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message>
        <source>last seen %1 ago</source>
        <translation>zuletzt gesehen vor %1</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>lag %1 · %2</source>
        <translation>Verzögerung %1 · %2</translation>
    </message>
    <message>
        <source>queue a %1 · d %2 · h %3</source>
        <translation>Warteschlange a %1 · d %2 · h %3</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>hält %1</translation>
    </message>
</context>
<context>
    <name>mailha::NodePoller</name>
    <message>
        <source>no probe for technology %1</source>
        <translation>keine Prüfung für Technologie %1</translation>
    </message>
</context>
<context>
    <name>mailha::ObjectivesModel</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not replicated</source>
        <translation>nicht repliziert</translation>
    </message>
    <message>
        <source>service down</source>
        <translation>Dienst ausgefallen</translation>
    </message>
    <message>
        <source>unknown (no candidate)</source>
        <translation>unbekannt (kein Kandidat)</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source> — OVER OBJECTIVE</source>
        <translation> — ÜBER DEM ZIEL</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>N+%1 (needs N+%2)%3</source>
        <translation>N+%1 (benötigt N+%2)%3</translation>
    </message>
    <message>
        <source> — LOST</source>
        <translation> — VERLOREN</translation>
    </message>
    <message>
        <source>%1 (target %2 %)</source>
        <translation>%1 (Ziel %2 %)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>RTO objective</source>
        <translation>RTO-Ziel</translation>
    </message>
    <message>
        <source>RPO objective</source>
        <translation>RPO-Ziel</translation>
    </message>
    <message>
        <source>RPO if it failed now</source>
        <translation>RPO bei Ausfall jetzt</translation>
    </message>
    <message>
        <source>Best candidate</source>
        <translation>Bester Kandidat</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <source>Uptime (this session)</source>
        <translation>Verfügbarkeit (diese Sitzung)</translation>
    </message>
    <message>
        <source>Uptime (chart window)</source>
        <translation>Verfügbarkeit (Diagrammzeitraum)</translation>
    </message>
</context>
<context>
    <name>mailha::ObjectivesPanel</name>
    <message>
        <source>Objectives per service</source>
        <translation>Ziele pro Dienst</translation>
    </message>
</context>
<context>
    <name>mailha::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Überwachung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Menus and panels that are already open keep their language until the console is started again.</source>
        <translation>Bereits geöffnete Menüs und Bereiche behalten ihre Sprache, bis die Konsole neu gestartet wird.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>For clusters whose file sets no poll_interval_ms; used from the next connection. The lab keeps its own simulated second.</source>
        <translation>Für Cluster, deren Datei kein poll_interval_ms setzt; gilt ab der nächsten Verbindung. Das Lab behält seine eigene simulierte Sekunde.</translation>
    </message>
    <message>
        <source>Default alert thresholds</source>
        <translation>Standard-Alarmschwellwerte</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>&amp;Queue depth</source>
        <translation>&amp;Warteschlangenlänge</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Oldest queued message</source>
        <translation>Ä&amp;lteste wartende Nachricht</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Replication lag (&amp;time)</source>
        <translation>Replikationsverzögerung (&amp;Zeit)</translation>
    </message>
    <message>
        <source>Replication lag (&amp;bytes)</source>
        <translation>Replikationsverzögerung (&amp;Bytes)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Disk free at most</source>
        <translation>&amp;Freier Speicherplatz höchstens</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1, warning</source>
        <translation>%1, Warnung</translation>
    </message>
    <message>
        <source>%1, critical</source>
        <translation>%1, kritisch</translation>
    </message>
    <message>
        <source>&amp;Stale after</source>
        <translation>&amp;Veraltet nach</translation>
    </message>
    <message>
        <source>Stale after this many poll intervals</source>
        <translation>Veraltet nach so vielen Abfrageintervallen</translation>
    </message>
    <message>
        <source> poll intervals</source>
        <translation> Abfrageintervallen</translation>
    </message>
    <message>
        <source>A cluster file&apos;s own thresholds (cluster defaults, group, node, link) override these.</source>
        <translation>Die eigenen Schwellwerte einer Cluster-Datei (Cluster-Standards, Gruppe, Knoten, Verbindung) haben Vorrang vor diesen.</translation>
    </message>
</context>
<context>
    <name>mailha::Probe</name>
    <message>
        <source>not doveadm replicator status output: no &quot;username priority&quot; header</source>
        <translation>keine Ausgabe von doveadm replicator status: kein Kopf &quot;username priority&quot;</translation>
    </message>
    <message>
        <source>user line has %1 fields, expected 6</source>
        <translation>Benutzerzeile hat %1 Felder, erwartet 6</translation>
    </message>
    <message>
        <source>&quot;success sync&quot; is not H:MM:SS</source>
        <translation>&quot;success sync&quot; ist nicht H:MM:SS</translation>
    </message>
    <message>
        <source>empty output</source>
        <translation>leere Ausgabe</translation>
    </message>
    <message>
        <source>%1 users, %2 queued (%3 full), %4 failed, %5 syncing, stalest sync %6 ago</source>
        <translation>%1 Benutzer, %2 in Warteschlange (%3 vollständig), %4 fehlgeschlagen, %5 synchronisieren, älteste Synchronisation vor %6</translation>
    </message>
    <message>
        <source>expected a JSON array of resources</source>
        <translation>erwartet ein JSON-Array von Ressourcen</translation>
    </message>
    <message>
        <source>resource without &quot;name&quot; or &quot;role&quot;</source>
        <translation>Ressource ohne &quot;name&quot; oder &quot;role&quot;</translation>
    </message>
    <message>
        <source>resource %1 has no device with a &quot;disk-state&quot;</source>
        <translation>Ressource %1 hat kein Gerät mit &quot;disk-state&quot;</translation>
    </message>
    <message>
        <source>connection of %1 without &quot;connection-state&quot;</source>
        <translation>Verbindung von %1 ohne &quot;connection-state&quot;</translation>
    </message>
    <message>
        <source>indented line before any resource</source>
        <translation>eingerückte Zeile vor jeder Ressource</translation>
    </message>
    <message>
        <source>resource %1 without role: or disk:</source>
        <translation>Ressource %1 ohne role: oder disk:</translation>
    </message>
    <message>
        <source>empty output: no DRBD resource is configured</source>
        <translation>leere Ausgabe: keine DRBD-Ressource ist konfiguriert</translation>
    </message>
    <message>
        <source>no DRBD resource in the output</source>
        <translation>keine DRBD-Ressource in der Ausgabe</translation>
    </message>
    <message>
        <source>, split brain</source>
        <translation>, Split Brain</translation>
    </message>
    <message>
        <source>not HAProxy CSV: no &quot;# pxname,svname,...&quot; header</source>
        <translation>kein HAProxy-CSV: kein Kopf &quot;# pxname,svname,...&quot;</translation>
    </message>
    <message>
        <source>CSV header lacks pxname, svname, status, scur or qcur</source>
        <translation>dem CSV-Kopf fehlt pxname, svname, status, scur oder qcur</translation>
    </message>
    <message>
        <source>row has %1 fields, the header %2</source>
        <translation>Zeile hat %1 Felder, der Kopf %2</translation>
    </message>
    <message>
        <source>%1 of %2 servers UP</source>
        <translation>%1 von %2 Servern UP</translation>
    </message>
    <message>
        <source>not /proc/loadavg: expected three load averages</source>
        <translation>kein /proc/loadavg: erwartet drei Lastmittelwerte</translation>
    </message>
    <message>
        <source>no MemTotal line</source>
        <translation>keine MemTotal-Zeile</translation>
    </message>
    <message>
        <source>memory low</source>
        <translation>Arbeitsspeicher knapp</translation>
    </message>
    <message>
        <source>not df -P output: no &quot;Filesystem&quot; header</source>
        <translation>keine Ausgabe von df -P: kein Kopf &quot;Filesystem&quot;</translation>
    </message>
    <message>
        <source>df line has no size and available bytes</source>
        <translation>df-Zeile hat weder Größe noch verfügbare Bytes</translation>
    </message>
    <message>
        <source>%1 almost full</source>
        <translation>%1 fast voll</translation>
    </message>
    <message>
        <source>%1 filling up</source>
        <translation>%1 füllt sich</translation>
    </message>
    <message>
        <source>%1 unit states for %2 units</source>
        <translation>%1 Unit-Zustände für %2 Units</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>load %1, %2 of memory available</source>
        <translation>Last %1, %2 des Arbeitsspeichers verfügbar</translation>
    </message>
    <message>
        <source>instance without &quot;iname&quot; or a known &quot;state&quot;</source>
        <translation>Instanz ohne &quot;iname&quot; oder bekannten &quot;state&quot;</translation>
    </message>
    <message>
        <source>not a VRRP state line (MASTER, BACKUP, FAULT)</source>
        <translation>keine VRRP-Zustandszeile (MASTER, BACKUP, FAULT)</translation>
    </message>
    <message>
        <source>empty VRRP state file</source>
        <translation>leere VRRP-Zustandsdatei</translation>
    </message>
    <message>
        <source>keepalived is %1</source>
        <translation>keepalived ist %1</translation>
    </message>
    <message>
        <source>VRRP %1</source>
        <translation>VRRP %1</translation>
    </message>
    <message>
        <source>, holds %1</source>
        <translation>, hält %1</translation>
    </message>
    <message>
        <source>holds no virtual IP</source>
        <translation>hält keine virtuelle IP</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>hält %1</translation>
    </message>
    <message>
        <source>no VRRP state file and no virtual IP known: set the vips or state_file parameter</source>
        <translation>keine VRRP-Zustandsdatei und keine virtuelle IP bekannt: setzen Sie den Parameter vips oder state_file</translation>
    </message>
    <message>
        <source>unexpected row separator</source>
        <translation>unerwarteter Zeilentrenner</translation>
    </message>
    <message>
        <source>not a &quot;Name: value&quot; line of SHOW REPLICA STATUS\G</source>
        <translation>keine Zeile &quot;Name: value&quot; von SHOW REPLICA STATUS\G</translation>
    </message>
    <message>
        <source>field name &quot;%1&quot; is not a column name</source>
        <translation>Feldname &quot;%1&quot; ist kein Spaltenname</translation>
    </message>
    <message>
        <source>not a &quot;name&lt;TAB&gt;value&quot; line</source>
        <translation>keine Zeile &quot;name&lt;TAB&gt;value&quot;</translation>
    </message>
    <message>
        <source>variable &quot;read_only&quot; missing or not ON/OFF</source>
        <translation>Variable &quot;read_only&quot; fehlt oder ist nicht ON/OFF</translation>
    </message>
    <message>
        <source>source, writable</source>
        <translation>Quelle, beschreibbar</translation>
    </message>
    <message>
        <source>read-only, no replication configured</source>
        <translation>schreibgeschützt, keine Replikation konfiguriert</translation>
    </message>
    <message>
        <source>field &quot;Replica_IO_Running&quot;/&quot;Replica_SQL_Running&quot; missing</source>
        <translation>Feld &quot;Replica_IO_Running&quot;/&quot;Replica_SQL_Running&quot; fehlt</translation>
    </message>
    <message>
        <source>replica of %1, IO %2, SQL %3, %4 behind</source>
        <translation>Replikat von %1, IO %2, SQL %3, %4 im Rückstand</translation>
    </message>
    <message>
        <source>empty output (exit status %1)</source>
        <translation>leere Ausgabe (Exit-Status %1)</translation>
    </message>
    <message>
        <source>unexpected root element &lt;%1&gt;</source>
        <translation>unerwartetes Wurzelelement &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;node&gt; without a name</source>
        <translation>&lt;node&gt; ohne Namen</translation>
    </message>
    <message>
        <source>&lt;resource&gt; without an id</source>
        <translation>&lt;resource&gt; ohne id</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>fehlerhaftes XML: %1</translation>
    </message>
    <message>
        <source>no XML document</source>
        <translation>kein XML-Dokument</translation>
    </message>
    <message>
        <source>crm_mon reports status %1: %2</source>
        <translation>crm_mon meldet Status %1: %2</translation>
    </message>
    <message>
        <source>no &lt;current_dc&gt; summary or no &lt;nodes&gt;: not crm_mon status</source>
        <translation>keine &lt;current_dc&gt;-Zusammenfassung oder keine &lt;nodes&gt;: kein crm_mon-Status</translation>
    </message>
    <message>
        <source>%1 of %2 nodes online, %3, DC %4</source>
        <translation>%1 von %2 Knoten online, %3, DC %4</translation>
    </message>
    <message>
        <source>quorate</source>
        <translation>Quorum vorhanden</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>KEIN QUORUM</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, %1 failed resources, %2 failed actions</source>
        <translation>, %1 fehlgeschlagene Ressourcen, %2 fehlgeschlagene Aktionen</translation>
    </message>
    <message>
        <source>, this node (%1) is not in the cluster</source>
        <translation>, dieser Knoten (%1) ist nicht im Cluster</translation>
    </message>
    <message>
        <source>%1 active, %2 deferred, %3 hold, oldest %4</source>
        <translation>%1 active, %2 deferred, %3 hold, älteste %4</translation>
    </message>
    <message>
        <source>not a postqueue -j message record: %1</source>
        <translation>kein postqueue -j-Nachrichtendatensatz: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>field &quot;queue_name&quot; or &quot;queue_id&quot; missing</source>
        <translation>Feld &quot;queue_name&quot; oder &quot;queue_id&quot; fehlt</translation>
    </message>
    <message>
        <source>field &quot;arrival_time&quot;, &quot;message_size&quot; or &quot;recipients&quot; missing or of the wrong type</source>
        <translation>Feld &quot;arrival_time&quot;, &quot;message_size&quot; oder &quot;recipients&quot; fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>not postqueue -p output: no &quot;-Queue ID-&quot; header</source>
        <translation>keine Ausgabe von postqueue -p: kein Kopf &quot;-Queue ID-&quot;</translation>
    </message>
    <message>
        <source>message line has too few fields</source>
        <translation>Nachrichtenzeile hat zu wenige Felder</translation>
    </message>
    <message>
        <source>message line: size or arrival time unreadable</source>
        <translation>Nachrichtenzeile: Größe oder Ankunftszeit unlesbar</translation>
    </message>
    <message>
        <source>recipient line outside a message</source>
        <translation>Empfängerzeile außerhalb einer Nachricht</translation>
    </message>
    <message>
        <source>output ends before the &quot;-- N Kbytes in N Requests.&quot; line</source>
        <translation>Ausgabe endet vor der Zeile &quot;-- N Kbytes in N Requests.&quot;</translation>
    </message>
    <message>
        <source>Postfix is not running: %1</source>
        <translation>Postfix läuft nicht: %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; missing or of the wrong type</source>
        <translation>Feld &quot;%1&quot; fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>expected one JSON object</source>
        <translation>erwartet genau ein JSON-Objekt</translation>
    </message>
    <message>
        <source>server version %1 is older than PostgreSQL 10</source>
        <translation>Serverversion %1 ist älter als PostgreSQL 10</translation>
    </message>
    <message>
        <source>primary at %1, %2 of %3 replicas streaming</source>
        <translation>Primary bei %1, %2 von %3 Replikaten streamen</translation>
    </message>
    <message>
        <source>no WAL receiver</source>
        <translation>kein WAL-Receiver</translation>
    </message>
    <message>
        <source>WAL receiver %1</source>
        <translation>WAL-Receiver %1</translation>
    </message>
    <message>
        <source>streaming from %1</source>
        <translation>Streaming von %1</translation>
    </message>
    <message>
        <source>, replay paused</source>
        <translation>, Replay angehalten</translation>
    </message>
    <message>
        <source>standby, %1, %2 behind</source>
        <translation>Standby, %1, %2 im Rückstand</translation>
    </message>
    <message>
        <source>no output: the command was not run</source>
        <translation>keine Ausgabe: der Befehl wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>output cut at the transport&apos;s size limit</source>
        <translation>Ausgabe an der Größengrenze des Transports abgeschnitten</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>mit Status %1 beendet</translation>
    </message>
    <message>
        <source>exited with status %1: %2</source>
        <translation>mit Status %1 beendet: %2</translation>
    </message>
    <message>
        <source>output is binary, not text</source>
        <translation>Ausgabe ist binär, kein Text</translation>
    </message>
    <message>
        <source>%1 is not running: %2</source>
        <translation>%1 läuft nicht: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON array of interfaces</source>
        <translation>erwartet ein JSON-Array von Schnittstellen</translation>
    </message>
    <message>
        <source>interface without &quot;ifname&quot;</source>
        <translation>Schnittstelle ohne &quot;ifname&quot;</translation>
    </message>
    <message>
        <source>variable &quot;version&quot; missing</source>
        <translation>Variable &quot;version&quot; fehlt</translation>
    </message>
    <message>
        <source>summary line does not match the %1 messages listed</source>
        <translation>Zusammenfassungszeile passt nicht zu den %1 aufgelisteten Nachrichten</translation>
    </message>
    <message>
        <source>Postfix is not running; queue read from disk: %1</source>
        <translation>Postfix läuft nicht; Warteschlange von der Festplatte gelesen: %1</translation>
    </message>
    <message>
        <source>output ends inside a line: cut short</source>
        <translation>Ausgabe endet mitten in einer Zeile: abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is not a size in kB</source>
        <translation>%1 ist keine Größe in kB</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; out of range</source>
        <translation>Feld &quot;%1&quot; außerhalb des gültigen Bereichs</translation>
    </message>
</context>
<context>
    <name>mailha::Recording</name>
    <message>
        <source>cannot create recording %1: %2</source>
        <translation>Aufzeichnung %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write recording %1: %2</source>
        <translation>Aufzeichnung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>recording is not open</source>
        <translation>Aufzeichnung ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot open recording %1: %2</source>
        <translation>Aufzeichnung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a MailHA recording (bad magic)</source>
        <translation>%1 ist keine MailHA-Aufzeichnung (falsche Magic-Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 at byte %3 (frame %4); replayed %n entries before it</source>
        <translation>
            <numerusform>%1: %2 bei Byte %3 (Frame %4); davor %n Eintrag wiedergegeben</numerusform>
            <numerusform>%1: %2 bei Byte %3 (Frame %4); davor %n Einträge wiedergegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>cut-off frame header</source>
        <translation>abgeschnittener Frame-Kopf</translation>
    </message>
    <message>
        <source>implausible frame length %1</source>
        <translation>unplausible Frame-Länge %1</translation>
    </message>
    <message>
        <source>cut-off frame</source>
        <translation>abgeschnittener Frame</translation>
    </message>
    <message>
        <source>damaged frame (checksum mismatch)</source>
        <translation>beschädigter Frame (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>frame does not decompress</source>
        <translation>Frame lässt sich nicht dekomprimieren</translation>
    </message>
    <message>
        <source>malformed entry length</source>
        <translation>fehlerhafte Eintragslänge</translation>
    </message>
    <message>
        <source>malformed entry</source>
        <translation>fehlerhafter Eintrag</translation>
    </message>
    <message>
        <source>%1 has no header</source>
        <translation>%1 hat keinen Kopf</translation>
    </message>
    <message>
        <source>implausible uncompressed size</source>
        <translation>unplausible unkomprimierte Größe</translation>
    </message>
</context>
<context>
    <name>mailha::RecordingScenario</name>
    <message>
        <source>node %1 has no counterpart on the lab (nothing left of its technology); what happened to it is kept as notes</source>
        <translation>Knoten %1 hat kein Gegenstück im Lab (von seiner Technologie ist keiner mehr übrig); was mit ihm geschah, wird als Notizen festgehalten</translation>
    </message>
    <message>
        <source>%1 %2 on %3, a node with no lab counterpart: not reproduced</source>
        <translation>%1 %2 auf %3, einem Knoten ohne Gegenstück im Lab: nicht nachgestellt</translation>
    </message>
    <message>
        <source>inferred from the recording: %1</source>
        <translation>aus der Aufzeichnung abgeleitet: %1</translation>
    </message>
    <message>
        <source> (recorded node %1)</source>
        <translation> (aufgezeichneter Knoten %1)</translation>
    </message>
    <message>
        <source>%1 every node of site %2 stopped answering at once: a site loss, reproduced as a crash of each node</source>
        <translation>%1 alle Knoten des Standorts %2 antworteten gleichzeitig nicht mehr: ein Standortausfall, nachgestellt als Absturz jedes einzelnen Knotens</translation>
    </message>
    <message>
        <source>%1 stopped answering (%2)</source>
        <translation>%1 antwortet nicht mehr (%2)</translation>
    </message>
    <message>
        <source>%1 fell %2 behind %3 while both answered</source>
        <translation>%1 fiel %2 hinter %3 zurück, während beide antworteten</translation>
    </message>
    <message>
        <source>%1 replication links between the sites broke at once</source>
        <translation>%1 Replikationsverbindungen zwischen den Standorten brachen gleichzeitig ab</translation>
    </message>
    <message>
        <source>%1 stopped replicating while it and its upstream answered</source>
        <translation>%1 replizierte nicht mehr, obwohl er und sein Upstream antworteten</translation>
    </message>
    <message>
        <source>both DRBD peers of %1 became Primary</source>
        <translation>beide DRBD-Peers von %1 wurden Primary</translation>
    </message>
    <message>
        <source>two VRRP masters in %1: the sites lost each other</source>
        <translation>zwei VRRP-Master in %1: die Standorte haben einander verloren</translation>
    </message>
    <message>
        <source>%1 split brain in %2 (%3): no lab fault reproduces it on its own</source>
        <translation>%1 Split Brain in %2 (%3): kein Lab-Fehler stellt es allein nach</translation>
    </message>
    <message>
        <source>%1 %2 had no active member although its nodes answered</source>
        <translation>%1 %2 hatte kein aktives Mitglied, obwohl seine Knoten antworteten</translation>
    </message>
    <message>
        <source>the DRBD link went down with both peers answering</source>
        <translation>die DRBD-Verbindung fiel aus, während beide Peers antworteten</translation>
    </message>
    <message>
        <source>mail queues built up (%1)</source>
        <translation>Mail-Warteschlangen sind angewachsen (%1)</translation>
    </message>
    <message>
        <source>the VRRP master changed %1 times within a minute</source>
        <translation>der VRRP-Master wechselte %1-mal innerhalb einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>the VIP moved %n time(s) without flapping: not reproduced (an operator&apos;s move is the trainee&apos;s job)</source>
        <translation>
            <numerusform>die VIP wurde %n-mal ohne Flapping verschoben: nicht nachgestellt (eine Verschiebung durch den Operator ist Aufgabe der Teilnehmenden)</numerusform>
            <numerusform>die VIP wurde %n-mal ohne Flapping verschoben: nicht nachgestellt (eine Verschiebung durch den Operator ist Aufgabe der Teilnehmenden)</numerusform>
        </translation>
    </message>
    <message>
        <source># Made by &apos;mailhactl record to-scenario&apos; from the recording %1.
</source>
        <translation># Erstellt von &apos;mailhactl record to-scenario&apos; aus der Aufzeichnung %1.
</translation>
    </message>
    <message>
        <source># Recorded cluster: %1, starting %2.
</source>
        <translation># Aufgezeichneter Cluster: %1, ab %2.
</translation>
    </message>
    <message>
        <source># Lab stand-ins: %1.
</source>
        <translation># Stellvertreter im Lab: %1.
</translation>
    </message>
    <message>
        <source># Seen in the recording and not turned into a lab fault:
</source>
        <translation># In der Aufzeichnung gesehen und nicht in einen Lab-Fehler umgesetzt:
</translation>
    </message>
    <message>
        <source>%1 holds no samples to make a scenario from</source>
        <translation>%1 enthält keine Messwerte, aus denen sich ein Szenario erstellen ließe</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Recorded incident on %1, %2</source>
        <translation>Aufgezeichneter Vorfall auf %1, %2</translation>
    </message>
    <message>
        <source>A replay of a real incident on %1 (%2), on the lab. You are on call for the mail platform.</source>
        <translation>Eine Nachstellung eines echten Vorfalls auf %1 (%2) im Lab. Sie haben Bereitschaft für die Mail-Plattform.</translation>
    </message>
    <message>
        <source>What the recording showed: %1. Compare the trainee&apos;s response with what the operators did then (the notes at the top of the scenario file).</source>
        <translation>Was die Aufzeichnung zeigte: %1. Vergleichen Sie die Reaktion der Teilnehmenden mit dem, was die Operatoren damals getan haben (die Notizen am Anfang der Szenariodatei).</translation>
    </message>
    <message>
        <source>no fault the lab can reproduce</source>
        <translation>kein Fehler, den das Lab nachstellen kann</translation>
    </message>
    <message>
        <source>the recording is cut off: %1</source>
        <translation>die Aufzeichnung ist abgeschnitten: %1</translation>
    </message>
</context>
<context>
    <name>mailha::Runbook</name>
    <message>
        <source>unterminated &apos;{{&apos; in &quot;%1&quot;</source>
        <translation>nicht abgeschlossenes &apos;{{&apos; in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad placeholder &apos;{{%1}}&apos;</source>
        <translation>ungültiger Platzhalter &apos;{{%1}}&apos;</translation>
    </message>
    <message>
        <source>stray &apos;}}&apos; in &quot;%1&quot;</source>
        <translation>überzähliges &apos;}}&apos; in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the runbook has no id</source>
        <translation>das Runbook hat keine id</translation>
    </message>
    <message>
        <source>the runbook has no steps</source>
        <translation>das Runbook hat keine Schritte</translation>
    </message>
    <message>
        <source>parameter name &apos;%1&apos; must match [a-z][a-z0-9_]*</source>
        <translation>Parametername &apos;%1&apos; muss [a-z][a-z0-9_]* entsprechen</translation>
    </message>
    <message>
        <source>parameter name &apos;%1&apos; is reserved</source>
        <translation>Parametername &apos;%1&apos; ist reserviert</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is declared twice</source>
        <translation>Parameter &apos;%1&apos; ist doppelt deklariert</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no type</source>
        <translation>Parameter &apos;%1&apos; hat keinen Typ</translation>
    </message>
    <message>
        <source>{{cluster}} may only stand as a whole argument</source>
        <translation>{{cluster}} darf nur als ganzes Argument stehen</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>unbekannter Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;.%1&apos; needs a node parameter, &apos;%2&apos; is not one</source>
        <translation>&apos;.%1&apos; braucht einen Knotenparameter, &apos;%2&apos; ist keiner</translation>
    </message>
    <message>
        <source>node list &apos;%1&apos; cannot be an argument; target the step at it instead</source>
        <translation>Knotenliste &apos;%1&apos; kann kein Argument sein; richten Sie den Schritt stattdessen auf sie aus</translation>
    </message>
    <message>
        <source>text parameter &apos;%1&apos; may only stand as a whole argument, never inside one</source>
        <translation>Textparameter &apos;%1&apos; darf nur als ganzes Argument stehen, nie innerhalb eines Arguments</translation>
    </message>
    <message>
        <source>step %1 has no id</source>
        <translation>Schritt %1 hat keine id</translation>
    </message>
    <message>
        <source>step id &apos;%1&apos; is used twice</source>
        <translation>Schritt-id &apos;%1&apos; wird zweimal verwendet</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no kind</source>
        <translation>Schritt &apos;%1&apos; hat keine Art (kind)</translation>
    </message>
    <message>
        <source>COMMAND step &apos;%1&apos; has no argv</source>
        <translation>COMMAND-Schritt &apos;%1&apos; hat kein argv</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; needs argv or a condition</source>
        <translation>Schritt &apos;%1&apos; braucht argv oder eine Bedingung</translation>
    </message>
    <message>
        <source>MANUAL step &apos;%1&apos; cannot run a command</source>
        <translation>MANUAL-Schritt &apos;%1&apos; kann keinen Befehl ausführen</translation>
    </message>
    <message>
        <source>MANUAL step &apos;%1&apos; has no instructions</source>
        <translation>MANUAL-Schritt &apos;%1&apos; hat keine Anweisungen</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; runs a command but names no node</source>
        <translation>Schritt &apos;%1&apos; führt einen Befehl aus, nennt aber keinen Knoten</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: node must be a node id or one {{parameter}}</source>
        <translation>Schritt &apos;%1&apos;: Knoten muss eine Knoten-id oder genau ein {{parameter}} sein</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: &apos;%2&apos; is not a node parameter</source>
        <translation>Schritt &apos;%1&apos;: &apos;%2&apos; ist kein Knotenparameter</translation>
    </message>
    <message>
        <source>value of &apos;%1&apos; starts with &apos;-&apos; and could pass for an option</source>
        <translation>Wert von &apos;%1&apos; beginnt mit &apos;-&apos; und könnte als Option gelten</translation>
    </message>
    <message>
        <source>value of &apos;%1&apos; contains a NUL or newline</source>
        <translation>Wert von &apos;%1&apos; enthält ein NUL oder einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (for &apos;%2&apos;) runs no %3</source>
        <translation>Knoten &apos;%1&apos; (für &apos;%2&apos;) betreibt kein %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for &apos;%2&apos;) is not a node of cluster %3</source>
        <translation>&apos;%1&apos; (für &apos;%2&apos;) ist kein Knoten des Clusters %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for &apos;%2&apos;) is not a service group of cluster %3</source>
        <translation>&apos;%1&apos; (für &apos;%2&apos;) ist keine Dienstgruppe des Clusters %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid identifier for &apos;%2&apos; ([A-Za-z0-9_.-])</source>
        <translation>&apos;%1&apos; ist kein gültiger Bezeichner für &apos;%2&apos; ([A-Za-z0-9_.-])</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist kein Hostname und keine Adresse für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain absolute path for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist kein einfacher absoluter Pfad für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;{{%1.%2}}&apos;: &apos;%3&apos; is not a node</source>
        <translation>&apos;{{%1.%2}}&apos;: &apos;%3&apos; ist kein Knoten</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; of {{%2}} has characters that are not allowed inside an argument</source>
        <translation>Wert &quot;%1&quot; von {{%2}} enthält Zeichen, die innerhalb eines Arguments nicht erlaubt sind</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; of {{%2}} starts with &apos;-&apos; and could pass for an option</source>
        <translation>Wert &quot;%1&quot; von {{%2}} beginnt mit &apos;-&apos; und könnte als Option gelten</translation>
    </message>
    <message>
        <source>not a runbook in Protobuf text format</source>
        <translation>kein Runbook im Protobuf-Textformat</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no runbook with id &apos;%1&apos;</source>
        <translation>kein Runbook mit der id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>runbook %1 has no parameter &apos;%2&apos;</source>
        <translation>Runbook %1 hat keinen Parameter &apos;%2&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is required (%2)</source>
        <translation>Parameter &apos;%1&apos; ist erforderlich (%2)</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: &apos;%2&apos; is not a node of cluster %3</source>
        <translation>Schritt &apos;%1&apos;: &apos;%2&apos; ist kein Knoten des Clusters %3</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: %2</source>
        <translation>Schritt &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Runbook %1 — %2 on cluster %3%4</source>
        <translation>Runbook %1 — %2 auf Cluster %3%4</translation>
    </message>
    <message>
        <source> (LAB, simulated)</source>
        <translation> (LAB, simuliert)</translation>
    </message>
    <message>
        <source>WARNING: this runbook can lose data (forced failover).</source>
        <translation>WARNUNG: Dieses Runbook kann Daten verlieren (erzwungenes Failover).</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Es wurde noch nichts ausgeführt.</translation>
    </message>
</context>
<context>
    <name>mailha::RunbookExecutor</name>
    <message>
        <source>Rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
</context>
<context>
    <name>mailha::RunbookPanel</name>
    <message>
        <source>Interrupted runs</source>
        <translation>Unterbrochene Läufe</translation>
    </message>
    <message>
        <source>Steps marked UNKNOWN were started when the console stopped. Tick the ones you have checked did run: they are skipped. The others run again.</source>
        <translation>Mit UNBEKANNT markierte Schritte wurden gestartet, als die Konsole beendet wurde. Haken Sie die an, bei denen Sie geprüft haben, dass sie gelaufen sind: sie werden übersprungen. Die anderen laufen erneut.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>reason to abandon</source>
        <translation>Grund für das Verwerfen</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>type the cluster name (%1) to run</source>
        <translation>Cluster-Namen (%1) zum Ausführen eingeben</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1 (fehlerhaft)</translation>
    </message>
    <message>
        <source>WARNING: this runbook can lose data.</source>
        <translation>WARNUNG: Dieses Runbook kann Daten verlieren.</translation>
    </message>
    <message>
        <source>, optional</source>
        <translation>, optional</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>Wartet auf Sie: %1</translation>
    </message>
    <message>
        <source>Run %1%2</source>
        <translation>Lauf %1%2</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 on %2, started %3 by %4</source>
        <translation>%1 auf %2, gestartet %3 von %4</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>Fortsetzen nicht möglich: %1</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>Schritt %1 %2</translation>
    </message>
    <message>
        <source>checked as done, skipped</source>
        <translation>als erledigt geprüft, übersprungen</translation>
    </message>
    <message>
        <source>runs again</source>
        <translation>läuft erneut</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
</context>
<context>
    <name>mailha::RunbookRun</name>
    <message>
        <source>no journal: refusing to change a cluster without an audit trail</source>
        <translation>kein Journal: ein Cluster wird ohne Prüfpfad nicht verändert</translation>
    </message>
    <message>
        <source>the plan has errors: %1</source>
        <translation>der Plan enthält Fehler: %1</translation>
    </message>
    <message>
        <source>a lab plan runs only on the lab cluster</source>
        <translation>ein Lab-Plan läuft nur auf dem Lab-Cluster</translation>
    </message>
    <message>
        <source>the lab cannot run a plan for the real cluster %1, and lab commands never reach a real host</source>
        <translation>das Lab kann keinen Plan für den echten Cluster %1 ausführen, und Lab-Befehle erreichen nie einen echten Host</translation>
    </message>
    <message>
        <source>the journalled run has %1 steps, the plan %2</source>
        <translation>der im Journal erfasste Lauf hat %1 Schritte, der Plan %2</translation>
    </message>
    <message>
        <source>step %1 (%2) was started and has no result: decide whether to run it again or skip it</source>
        <translation>Schritt %1 (%2) wurde gestartet und hat kein Ergebnis: entscheiden Sie, ob er erneut ausgeführt oder übersprungen wird</translation>
    </message>
    <message>
        <source>lab and real clusters cannot be mixed</source>
        <translation>Lab- und echte Cluster können nicht gemischt werden</translation>
    </message>
    <message>
        <source>the run was not started</source>
        <translation>der Lauf wurde nicht gestartet</translation>
    </message>
    <message>
        <source>all %1 steps done</source>
        <translation>alle %1 Schritte erledigt</translation>
    </message>
    <message>
        <source>aborted by the operator before step %1</source>
        <translation>vom Operator vor Schritt %1 abgebrochen</translation>
    </message>
    <message>
        <source>aborted by the operator during step %1</source>
        <translation>vom Operator während Schritt %1 abgebrochen</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>Schritt %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>Rollback: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>the journal could not record the result: %1</source>
        <translation>das Journal konnte das Ergebnis nicht erfassen: %1</translation>
    </message>
    <message>
        <source>a manual step needs an operator to follow it</source>
        <translation>ein manueller Schritt braucht einen Operator, der ihn ausführt</translation>
    </message>
    <message>
        <source>aborted by the operator</source>
        <translation>vom Operator abgebrochen</translation>
    </message>
    <message>
        <source>aborted by the operator while waiting</source>
        <translation>vom Operator während des Wartens abgebrochen</translation>
    </message>
    <message>
        <source>did not hold within %1 (%2 attempts); last: %3</source>
        <translation>nicht innerhalb von %1 erfüllt (%2 Versuche); zuletzt: %3</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <source>exit status %1, expected %2: %3</source>
        <translation>Exit-Status %1, erwartet %2: %3</translation>
    </message>
    <message>
        <source>output &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>Ausgabe &quot;%1&quot;, erwartet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>output does not contain &quot;%1&quot;</source>
        <translation>Ausgabe enthält &quot;%1&quot; nicht</translation>
    </message>
    <message>
        <source>no live cluster state to check against</source>
        <translation>kein Live-Clusterzustand zum Abgleich</translation>
    </message>
    <message>
        <source>%1 is not reachable (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>%1 %2 is %3, expected %4</source>
        <translation>%1 %2 ist %3, erwartet %4</translation>
    </message>
    <message>
        <source>%1 runs no service %2</source>
        <translation>%1 betreibt keinen Dienst %2</translation>
    </message>
    <message>
        <source>%1 is not in the live state</source>
        <translation>%1 ist nicht im Live-Zustand</translation>
    </message>
    <message>
        <source>Interrupted run %1 of %2 on %3, started %4 by %5</source>
        <translation>Unterbrochener Lauf %1 von %2 auf %3, gestartet %4 von %5</translation>
    </message>
    <message>
        <source>the plan now has %1 steps, the journalled run had %2</source>
        <translation>der Plan hat jetzt %1 Schritte, der im Journal erfasste Lauf hatte %2</translation>
    </message>
    <message>
        <source>step %1 differs: now &apos;%2&apos; on %3, journalled &apos;%4&apos; on %5</source>
        <translation>Schritt %1 weicht ab: jetzt &apos;%2&apos; auf %3, im Journal &apos;%4&apos; auf %5</translation>
    </message>
    <message>
        <source>%1 — the command was sent to %2 but its result never came back, so it may have run. Check %2 before you retry or skip this step.</source>
        <translation>%1 — der Befehl wurde an %2 gesendet, aber sein Ergebnis kam nie zurück; er wurde also möglicherweise ausgeführt. Prüfen Sie %2, bevor Sie diesen Schritt wiederholen oder überspringen.</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>kein Exit-Status</translation>
    </message>
</context>
<context>
    <name>mailha::Scenarios</name>
    <message>
        <source>the scenario has no id</source>
        <translation>das Szenario hat keine id</translation>
    </message>
    <message>
        <source>duration_s must be positive</source>
        <translation>duration_s muss positiv sein</translation>
    </message>
    <message>
        <source>objectives.group &apos;%1&apos; is not a service group of the lab</source>
        <translation>objectives.group &apos;%1&apos; ist keine Dienstgruppe des Labs</translation>
    </message>
    <message>
        <source>fault %1: unknown fault &apos;%2&apos;</source>
        <translation>Fehler %1: unbekannter Fehler &apos;%2&apos;</translation>
    </message>
    <message>
        <source>fault %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>fault %1: at_s %2 is outside the scenario</source>
        <translation>Fehler %1: at_s %2 liegt außerhalb des Szenarios</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no scenario file or built-in scenario named &apos;%1&apos; (built in: %2)</source>
        <translation>keine Szenariodatei und kein eingebautes Szenario namens &apos;%1&apos; (eingebaut: %2)</translation>
    </message>
    <message>
        <source>%1: action %2: unknown node &apos;%3&apos;</source>
        <translation>%1: Aktion %2: unbekannter Knoten &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: action %2: unknown fault &apos;%3&apos;</source>
        <translation>%1: Aktion %2: unbekannter Fehler &apos;%3&apos;</translation>
    </message>
    <message>
        <source>fault %1%2</source>
        <translation>Fehler %1%2</translation>
    </message>
    <message>
        <source>fault %1 ends</source>
        <translation>Fehler %1 endet</translation>
    </message>
    <message>
        <source>%1 impaired: %2</source>
        <translation>%1 beeinträchtigt: %2</translation>
    </message>
    <message>
        <source>%1 impaired again</source>
        <translation>%1 erneut beeinträchtigt</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>repaired %1</source>
        <translation>%1 repariert</translation>
    </message>
    <message>
        <source>  exit %1: %2</source>
        <translation>  Exit %1: %2</translation>
    </message>
    <message>
        <source>%1 promoted; %2 of writes it never had</source>
        <translation>%1 befördert; %2 an Schreibvorgängen, die er nie hatte</translation>
    </message>
    <message>
        <source>%1 became DRBD Primary; %2 out of sync on its peer lost</source>
        <translation>%1 wurde DRBD Primary; %2 nicht synchron auf seinem Peer verloren</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
</context>
<context>
    <name>mailha::ServiceTable</name>
    <message>
        <source>Filter nodes and services…</source>
        <translation>Knoten und Dienste filtern…</translation>
    </message>
    <message>
        <source>Filter the service table</source>
        <translation>Diensttabelle filtern</translation>
    </message>
    <message>
        <source>Nodes and services</source>
        <translation>Knoten und Dienste</translation>
    </message>
</context>
<context>
    <name>mailha::ServiceTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>a %1 · d %2 · h %3</source>
        <translation>a %1 · d %2 · h %3</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message>
        <source>stale, last seen %1 ago</source>
        <translation>veraltet, zuletzt gesehen vor %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Queue (active · deferred · hold)</source>
        <translation>Warteschlange (active · deferred · hold)</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>mailha::SessionController</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Open the built-in &amp;lab</source>
        <translation>Eingebautes &amp;Lab öffnen</translation>
    </message>
    <message>
        <source>&amp;Replay a recording…</source>
        <translation>Aufzeichnung &amp;wiedergeben…</translation>
    </message>
    <message>
        <source>Replay a recording</source>
        <translation>Aufzeichnung wiedergeben</translation>
    </message>
    <message>
        <source>MailHA recordings (*.mhrec);;All files (*)</source>
        <translation>MailHA-Aufzeichnungen (*.mhrec);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Lab</translation>
    </message>
    <message>
        <source>&amp;Instructor panel</source>
        <translation>&amp;Kursleitungsbereich</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Record this session…</source>
        <translation>Diese Sitzung &amp;aufzeichnen…</translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation>Aufzeichnung &amp;beenden</translation>
    </message>
    <message>
        <source>Record this session</source>
        <translation>Diese Sitzung aufzeichnen</translation>
    </message>
    <message>
        <source>MailHA recordings (*.mhrec)</source>
        <translation>MailHA-Aufzeichnungen (*.mhrec)</translation>
    </message>
    <message>
        <source>Cannot open cluster</source>
        <translation>Cluster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was connected.</source>
        <translation>%1 enthält Fehler; es wurde keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>Key passphrase for %1</source>
        <translation>Schlüssel-Passphrase für %1</translation>
    </message>
    <message>
        <source>Cannot replay</source>
        <translation>Wiedergabe nicht möglich</translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation>Journal nicht verfügbar</translation>
    </message>
    <message>
        <source>No change can be made to the cluster without a journal: %1</source>
        <translation>Ohne Journal kann am Cluster nichts geändert werden: %1</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Kursleitung</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>A recording is being replayed: nothing can be changed.</source>
        <translation>Eine Aufzeichnung wird wiedergegeben: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Aufzeichnung beendet</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Aufzeichnung nach %1</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Vorfall-Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Switch over %1…</source>
        <translation>Umschaltung von %1…</translation>
    </message>
    <message>
        <source>Fail over %1…</source>
        <translation>Failover von %1…</translation>
    </message>
    <message>
        <source>(no active-passive service)</source>
        <translation>(kein Aktiv-Passiv-Dienst)</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>&amp;Runbooks</translation>
    </message>
    <message>
        <source>&amp;Turn a recording into a scenario…</source>
        <translation>Aufzeichnung in Szenario &amp;umwandeln…</translation>
    </message>
    <message>
        <source>Turn a recording into a scenario</source>
        <translation>Aufzeichnung in Szenario umwandeln</translation>
    </message>
    <message>
        <source>Save the training scenario</source>
        <translation>Trainingsszenario speichern</translation>
    </message>
    <message>
        <source>Lab scenarios (*.textproto)</source>
        <translation>Lab-Szenarien (*.textproto)</translation>
    </message>
    <message>
        <source>No scenario made</source>
        <translation>Kein Szenario erstellt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scenario %1 written to %2: %n fault(s) inferred</source>
        <translation>
            <numerusform>Szenario %1 nach %2 geschrieben: %n Fehler abgeleitet</numerusform>
            <numerusform>Szenario %1 nach %2 geschrieben: %n Fehler abgeleitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n observation(s) kept as notes</source>
        <translation>
            <numerusform>, %n Beobachtung als Notiz festgehalten</numerusform>
            <numerusform>, %n Beobachtungen als Notizen festgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailha::Shell</name>
    <message>
        <source>empty command</source>
        <translation>leerer Befehl</translation>
    </message>
    <message>
        <source>argument %1 contains a NUL character</source>
        <translation>Argument %1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>nicht abgeschlossenes einfaches Anführungszeichen</translation>
    </message>
    <message>
        <source>expansion inside double quotes is not supported</source>
        <translation>Expansion innerhalb doppelter Anführungszeichen wird nicht unterstützt</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>nicht abgeschlossenes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>trailing backslash</source>
        <translation>abschließender Backslash</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2: only simple commands are accepted</source>
        <translation>&apos;%1&apos; in Spalte %2: nur einfache Befehle werden akzeptiert</translation>
    </message>
</context>
<context>
    <name>mailha::SshSession</name>
    <message>
        <source>this cluster is marked lab: true; SSH never connects to it</source>
        <translation>dieser Cluster ist als lab: true markiert; SSH verbindet sich nie mit ihm</translation>
    </message>
    <message>
        <source>no node &quot;%1&quot; in the cluster</source>
        <translation>kein Knoten &quot;%1&quot; im Cluster</translation>
    </message>
    <message>
        <source>no command answered within %1 ms</source>
        <translation>kein Befehl hat innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>TCP connect timed out after %1 ms</source>
        <translation>Zeitüberschreitung beim TCP-Verbindungsaufbau nach %1 ms</translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>keine Verbindung zu %1 Port %2: %3</translation>
    </message>
    <message>
        <source>refusing host name &quot;%1&quot;: not a host name, address or ssh alias</source>
        <translation>Hostname &quot;%1&quot; abgelehnt: kein Hostname, keine Adresse und kein SSH-Alias</translation>
    </message>
    <message>
        <source>refusing user name &quot;%1&quot;</source>
        <translation>Benutzername &quot;%1&quot; abgelehnt</translation>
    </message>
    <message>
        <source>refusing jump host &quot;%1&quot;</source>
        <translation>Jump-Host &quot;%1&quot; abgelehnt</translation>
    </message>
    <message>
        <source>libssh failed to initialise</source>
        <translation>libssh konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>cannot read ssh config: %1</source>
        <translation>SSH-Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>refusing HostName &quot;%1&quot; from the ssh config</source>
        <translation>HostName &quot;%1&quot; aus der SSH-Konfiguration abgelehnt</translation>
    </message>
    <message>
        <source>cannot build the jump host command: %1</source>
        <translation>der Jump-Host-Befehl kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>&apos;%&apos; in a path</source>
        <translation>&apos;%&apos; in einem Pfad</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 ms (%3)</source>
        <translation>%1 hat die Verbindung angenommen, aber nicht innerhalb von %2 ms geantwortet (%3)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1. The server now presents %2 key %3, which is not the key recorded in %4. Someone may be intercepting the connection (man-in-the-middle), or the host was reinstalled. The console will not connect to this node until you have verified the new key with the host&apos;s administrator and removed the old entry (ssh-keygen -R %5 -f %4).</source>
        <translation>HOST-SCHLÜSSEL GEÄNDERT für %1. Der Server präsentiert jetzt den %2-Schlüssel %3, der nicht der in %4 verzeichnete Schlüssel ist. Möglicherweise wird die Verbindung abgefangen (Man-in-the-Middle), oder der Host wurde neu installiert. Die Konsole verbindet sich nicht mit diesem Knoten, bis Sie den neuen Schlüssel mit der Administration des Hosts überprüft und den alten Eintrag entfernt haben (ssh-keygen -R %5 -f %4).</translation>
    </message>
    <message>
        <source>unknown host key for %1: %2 %3 is not in %4 and was not accepted</source>
        <translation>unbekannter Host-Schlüssel für %1: %2 %3 ist nicht in %4 und wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation>der Host-Schlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation>der Host-Schlüssel von %1 kann nicht mit %2 abgeglichen werden: %3</translation>
    </message>
    <message>
        <source>connection to %1 failed during authentication: %2</source>
        <translation>Verbindung zu %1 bei der Authentifizierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused every key (ssh-agent%2 and the key files); the server offers: %3</source>
        <translation>%1 hat jeden Schlüssel abgelehnt (ssh-agent%2 und die Schlüsseldateien); der Server bietet an: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>live (%1)</source>
        <translation>live (%1)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot create a channel</source>
        <translation>ein Kanal kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot open a channel</source>
        <translation>ein Kanal kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot start the command</source>
        <translation>der Befehl kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>reading the output failed</source>
        <translation>Lesen der Ausgabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>lost before the exit status</source>
        <translation>vor dem Exit-Status verloren</translation>
    </message>
    <message>
        <source>command %1 did not finish within %2 ms</source>
        <translation>Befehl %1 wurde nicht innerhalb von %2 ms beendet</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <source>connection to %1 lost (keepalive failed)</source>
        <translation>Verbindung zu %1 verloren (Keepalive fehlgeschlagen)</translation>
    </message>
    <message>
        <source>cannot start the streaming shell</source>
        <translation>die Streaming-Shell kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot send the command</source>
        <translation>der Befehl kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>the streaming shell ended</source>
        <translation>die Streaming-Shell wurde beendet</translation>
    </message>
</context>
<context>
    <name>mailha::SshSource</name>
    <message>
        <source>this cluster is marked lab: true; SSH never connects to it</source>
        <translation>dieser Cluster ist als lab: true markiert; SSH verbindet sich nie mit ihm</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>verbinde mit %1</translation>
    </message>
</context>
<context>
    <name>mailha::StatusSummary</name>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>no stale nodes</source>
        <translation>keine veralteten Knoten</translation>
    </message>
</context>
<context>
    <name>mailha::TextProto</name>
    <message>
        <source>%1: not valid Protobuf text format</source>
        <translation>%1: kein gültiges Protobuf-Textformat</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>mailha::Timeline</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Time travel: show the cluster at an earlier moment</source>
        <translation>Zeitreise: den Cluster zu einem früheren Zeitpunkt anzeigen</translation>
    </message>
    <message>
        <source>Return to the live state</source>
        <translation>Zum Live-Zustand zurückkehren</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>HISTORY: %1 (%2 ago)</source>
        <translation>VERLAUF: %1 (vor %2)</translation>
    </message>
    <message>
        <source>started runbook %1 (%2 steps)</source>
        <translation>Runbook %1 gestartet (%2 Schritte)</translation>
    </message>
    <message>
        <source>overrides: %1</source>
        <translation>Übersteuerungen: %1</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>Schritt %1 %2</translation>
    </message>
    <message>
        <source>step %1 skipped: %2</source>
        <translation>Schritt %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>override of %1: %2</source>
        <translation>Übersteuerung von %1: %2</translation>
    </message>
    <message>
        <source>runbook %1 %2: %3</source>
        <translation>Runbook %1 %2: %3</translation>
    </message>
    <message>
        <source>interrupted run of %1 abandoned: %2</source>
        <translation>unterbrochener Lauf von %1 verworfen: %2</translation>
    </message>
    <message>
        <source>interrupted run of %1 resumed: %2</source>
        <translation>unterbrochener Lauf von %1 fortgesetzt: %2</translation>
    </message>
    <message>
        <source>line %1: not a cluster event</source>
        <translation>Zeile %1: kein Cluster-Ereignis</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>%1 events from %2 to %3.</source>
        <translation>%1 Ereignisse von %2 bis %3.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>Wiedergabe starten oder anhalten</translation>
    </message>
    <message>
        <source>Replay at %1 times</source>
        <translation>Wiedergabe mit %1-facher Geschwindigkeit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause the replay</source>
        <translation>Wiedergabe anhalten</translation>
    </message>
    <message>
        <source>Play the replay</source>
        <translation>Wiedergabe starten</translation>
    </message>
</context>
<context>
    <name>mailha::TimelineView</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Who / where</source>
        <translation>Wer / wo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Add a note to the timeline (goes into the journal)</source>
        <translation>Eine Notiz zur Zeitleiste hinzufügen (wird im Journal festgehalten)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>mailha::TopologyView</name>
    <message>
        <source>Cluster topology</source>
        <translation>Cluster-Topologie</translation>
    </message>
    <message>
        <source>%1 has %2 active members (%3)</source>
        <translation>%1 hat %2 aktive Mitglieder (%3)</translation>
    </message>
    <message>
        <source>%1 is DOWN: no active member</source>
        <translation>%1 ist AUSGEFALLEN: kein aktives Mitglied</translation>
    </message>
    <message>
        <source>%1 lost redundancy: N+%2, needs N+%3</source>
        <translation>%1 hat Redundanz verloren: N+%2, benötigt N+%3</translation>
    </message>
    <message>
        <source>%1 RPO over objective: a failover now loses %2 (objective %3)</source>
        <translation>%1 RPO über dem Ziel: ein Failover verliert jetzt %2 (Ziel %3)</translation>
    </message>
    <message>
        <source>SPLIT BRAIN — %1. Fence one side before anything else.</source>
        <translation>SPLIT BRAIN — %1. Schotten Sie vor allem anderen eine Seite ab.</translation>
    </message>
    <message>
        <source>Show details of %1</source>
        <translation>Details von %1 anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch over %1 to %2…</source>
        <translation>%1 auf %2 umschalten…</translation>
    </message>
    <message>
        <source>Fail over %1 to %2…</source>
        <translation>Failover von %1 auf %2…</translation>
    </message>
    <message>
        <source>Flush the queue on %1…</source>
        <translation>Warteschlange auf %1 leeren…</translation>
    </message>
    <message>
        <source>%1 RPO unknown: no failover candidate (objective %2)</source>
        <translation>%1 RPO unbekannt: kein Failover-Kandidat (Ziel %2)</translation>
    </message>
</context>
<context>
    <name>mailha::ctl::ProbeCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run a probe&apos;s read-only commands on this machine, or parse a captured output, and print the sample. TECHNOLOGY is one of postfix, postgres, mysql, drbd, pacemaker, keepalived, dovecot, haproxy, host.</source>
        <translation>Die lesenden Befehle einer Prüfung auf diesem Rechner ausführen oder eine erfasste Ausgabe auswerten und den Messwert ausgeben. TECHNOLOGY ist eines von postfix, postgres, mysql, drbd, pacemaker, keepalived, dovecot, haproxy, host.</translation>
    </message>
    <message>
        <source>The probe to run.</source>
        <translation>Die auszuführende Prüfung.</translation>
    </message>
    <message>
        <source>Parse FILE (&apos;-&apos; for stdin) as the output of the probe&apos;s first command instead of running it; KEY=FILE gives the output of the command named KEY. Repeatable.</source>
        <translation>FILE (&apos;-&apos; für stdin) als Ausgabe des ersten Befehls der Prüfung auswerten, statt ihn auszuführen; KEY=FILE liefert die Ausgabe des Befehls namens KEY. Wiederholbar.</translation>
    </message>
    <message>
        <source>A probe parameter (socket path, port, ...). Repeatable.</source>
        <translation>Ein Prüfparameter (Socket-Pfad, Port, ...). Wiederholbar.</translation>
    </message>
    <message>
        <source>Print the sample as JSON (Protobuf JSON mapping).</source>
        <translation>Den Messwert als JSON ausgeben (Protobuf-JSON-Abbildung).</translation>
    </message>
    <message>
        <source>Only list the commands the probe would run.</source>
        <translation>Nur die Befehle auflisten, die die Prüfung ausführen würde.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>expected one TECHNOLOGY</source>
        <translation>genau eine TECHNOLOGY erwartet</translation>
    </message>
    <message>
        <source>no probe for &apos;%1&apos;</source>
        <translation>keine Prüfung für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--param erwartet KEY=VALUE, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mailha_labd</name>
    <message>
        <source>Serves the lab cluster over SSH for a training session: every lab node listens on its own port (the base port, then the next ones in cluster order), answers the probes&apos; commands in the real formats and accepts the runbooks&apos; commands. SCENARIO is &apos;lab&apos; for free play, a scenario file or a built-in scenario id.</source>
        <translation>Stellt den Lab-Cluster für eine Trainingssitzung über SSH bereit: Jeder Lab-Knoten lauscht auf seinem eigenen Port (dem Basisport, dann den folgenden in Cluster-Reihenfolge), beantwortet die Befehle der Prüfungen in den echten Formaten und nimmt die Befehle der Runbooks an. SCENARIO ist &apos;lab&apos; für freies Spiel, eine Szenariodatei oder die id eines eingebauten Szenarios.</translation>
    </message>
    <message>
        <source>&apos;lab&apos; (default), a scenario file or id.</source>
        <translation>&apos;lab&apos; (Standard), eine Szenariodatei oder id.</translation>
    </message>
    <message>
        <source>Address and base port (default 127.0.0.1:2200).</source>
        <translation>Adresse und Basisport (Standard 127.0.0.1:2200).</translation>
    </message>
    <message>
        <source>Host key file; created (ed25519, 0600) if missing.</source>
        <translation>Host-Schlüsseldatei; wird angelegt (ed25519, 0600), falls sie fehlt.</translation>
    </message>
    <message>
        <source>Public keys allowed to log in (default ~/.ssh/authorized_keys).</source>
        <translation>Öffentliche Schlüssel, die sich anmelden dürfen (Standard ~/.ssh/authorized_keys).</translation>
    </message>
    <message>
        <source>Simulation speed (1, 5, 20, ...).</source>
        <translation>Simulationsgeschwindigkeit (1, 5, 20, ...).</translation>
    </message>
    <message>
        <source>Write a cluster file for the trainees&apos; consoles to FILE.</source>
        <translation>Eine Cluster-Datei für die Konsolen der Teilnehmenden nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Host name trainees use to reach this machine (default: the listen address).</source>
        <translation>Hostname, über den die Teilnehmenden diesen Rechner erreichen (Standard: die Lauschadresse).</translation>
    </message>
    <message>
        <source>User name written into the cluster file.</source>
        <translation>In die Cluster-Datei geschriebener Benutzername.</translation>
    </message>
    <message>
        <source>--listen wants ADDR:PORT, not &apos;%1&apos;</source>
        <translation>--listen erwartet ADDR:PORT, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>not enough ports above %1 for %n node(s)</source>
        <translation>
            <numerusform>nicht genug Ports über %1 für %n Knoten</numerusform>
            <numerusform>nicht genug Ports über %1 für %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab served by mailha-labd (%1); simulated, reached over SSH</source>
        <translation>Von mailha-labd bereitgestelltes Lab (%1); simuliert, über SSH erreicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Serving the lab (%1) at %2x speed; host key %3</source>
        <translation>Lab (%1) wird mit %2-facher Geschwindigkeit bereitgestellt; Host-Schlüssel %3</translation>
    </message>
    <message>
        <source>cannot encode the score</source>
        <translation>die Bewertung kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>When the scenario ends (or labd is stopped), write its score to FILE as JSON.</source>
        <translation>Wenn das Szenario endet (oder labd gestoppt wird), seine Bewertung als JSON nach FILE schreiben.</translation>
    </message>
    <message>
        <source>When the scenario ends (or labd is stopped), write the debrief to FILE (.md or .html).</source>
        <translation>Wenn das Szenario endet (oder labd gestoppt wird), die Nachbesprechung nach FILE schreiben (.md oder .html).</translation>
    </message>
    <message>
        <source>--debrief wants a .md or .html file (mailhactl lab run writes PDF)</source>
        <translation>--debrief erwartet eine .md- oder .html-Datei (mailhactl lab run schreibt PDF)</translation>
    </message>
    <message>
        <source>Scenario %1 ended; score:</source>
        <translation>Szenario %1 beendet; Bewertung:</translation>
    </message>
    <message>
        <source>Stopped at %1 into scenario %2; score so far:</source>
        <translation>Nach %1 im Szenario %2 gestoppt; bisherige Bewertung:</translation>
    </message>
</context>
<context>
    <name>mailhactl</name>
    <message>
        <source>Show the cluster topology, roles, lag and queues</source>
        <translation>Cluster-Topologie, Rollen, Verzögerung und Warteschlangen anzeigen</translation>
    </message>
    <message>
        <source>Training: list scenarios, run one headless and score it</source>
        <translation>Training: Szenarien auflisten, eines ohne Fenster ausführen und bewerten</translation>
    </message>
    <message>
        <source>Run or replay one technology&apos;s probe here and print its sample</source>
        <translation>Die Prüfung einer Technologie hier ausführen oder wiedergeben und ihren Messwert ausgeben</translation>
    </message>
    <message>
        <source>List, show and dry-run runbooks</source>
        <translation>Runbooks auflisten, anzeigen und im Probelauf ausführen</translation>
    </message>
    <message>
        <source>Show or verify the operator journal, add a note</source>
        <translation>Das Operator-Journal anzeigen oder prüfen, eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Export the incident timeline as Markdown, HTML or PDF</source>
        <translation>Die Vorfall-Zeitleiste als Markdown, HTML oder PDF exportieren</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;mailhactl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Führen Sie &apos;mailhactl COMMAND --help&apos; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Run a training scenario on the lab cluster to its end without a window, apply the operator actions scripted in a file, and print the score. SCENARIO is a file or the id of a built-in scenario. Exit status: 0 when the scenario was passed, 1 when not.</source>
        <translation>Ein Trainingsszenario auf dem Lab-Cluster ohne Fenster bis zum Ende ausführen, die in einer Datei geskripteten Operator-Aktionen anwenden und die Bewertung ausgeben. SCENARIO ist eine Datei oder die id eines eingebauten Szenarios. Exit-Status: 0, wenn das Szenario bestanden wurde, sonst 1.</translation>
    </message>
    <message>
        <source>Scenario file or built-in id.</source>
        <translation>Szenariodatei oder eingebaute id.</translation>
    </message>
    <message>
        <source>Operator actions (ActionScript, text format); &apos;model&apos; for the scenario&apos;s model answer.</source>
        <translation>Operator-Aktionen (ActionScript, Textformat); &apos;model&apos; für die Musterlösung des Szenarios.</translation>
    </message>
    <message>
        <source>Pace the run at N times real time (default: as fast as possible).</source>
        <translation>Den Lauf mit dem N-Fachen der Echtzeit takten (Standard: so schnell wie möglich).</translation>
    </message>
    <message>
        <source>Print the score as JSON (Protobuf JSON mapping).</source>
        <translation>Die Bewertung als JSON ausgeben (Protobuf-JSON-Abbildung).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>expected one SCENARIO</source>
        <translation>genau ein SCENARIO erwartet</translation>
    </message>
    <message>
        <source>--speed takes a positive number</source>
        <translation>--speed erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>no model answer for %1</source>
        <translation>keine Musterlösung für %1</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2)</source>
        <translation>Szenario: %1 (%2)</translation>
    </message>
    <message>
        <source>detected:          %1</source>
        <translation>erkannt:           %1</translation>
    </message>
    <message>
        <source> after the fault</source>
        <translation> nach dem Fehler</translation>
    </message>
    <message>
        <source>restored:          %1</source>
        <translation>wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>RTO objective:     %1 — met: %2</source>
        <translation>RTO-Ziel:          %1 — erreicht: %2</translation>
    </message>
    <message>
        <source>data lost:         %1 (%2)</source>
        <translation>Datenverlust:      %1 (%2)</translation>
    </message>
    <message>
        <source>RPO objective:     %1 — met: %2</source>
        <translation>RPO-Ziel:          %1 — erreicht: %2</translation>
    </message>
    <message>
        <source>operator actions:  %1 (%2 failed)</source>
        <translation>Operator-Aktionen: %1 (%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>Recording file to write (mode 0600).</source>
        <translation>Zu schreibende Aufzeichnungsdatei (Modus 0600).</translation>
    </message>
    <message>
        <source>Simulated seconds to record (default 3600).</source>
        <translation>Aufzuzeichnende simulierte Sekunden (Standard 3600).</translation>
    </message>
    <message>
        <source>Record this scenario (file or built-in id).</source>
        <translation>Dieses Szenario aufzeichnen (Datei oder eingebaute id).</translation>
    </message>
    <message>
        <source>Seed of free play (default 1).</source>
        <translation>Startwert des freien Spiels (Standard 1).</translation>
    </message>
    <message>
        <source>expected one OUTPUT file</source>
        <translation>genau eine OUTPUT-Datei erwartet</translation>
    </message>
    <message>
        <source>--seconds takes a positive whole number</source>
        <translation>--seconds erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>recorded %1 of the lab (%2) to %3: %4</source>
        <translation>%1 des Labs (%2) nach %3 aufgezeichnet: %4</translation>
    </message>
    <message>
        <source>Replay a recording headless and print the cluster as it was at a moment (default: the end), with the events up to then. A cut-off recording replays up to the cut, which is reported.</source>
        <translation>Eine Aufzeichnung ohne Fenster wiedergeben und den Cluster so ausgeben, wie er zu einem Zeitpunkt war (Standard: das Ende), mit den Ereignissen bis dahin. Eine abgeschnittene Aufzeichnung wird bis zur Schnittstelle wiedergegeben, die gemeldet wird.</translation>
    </message>
    <message>
        <source>Recording file.</source>
        <translation>Aufzeichnungsdatei.</translation>
    </message>
    <message>
        <source>Seconds from the start of the recording (default: the end).</source>
        <translation>Sekunden ab Beginn der Aufzeichnung (Standard: das Ende).</translation>
    </message>
    <message>
        <source>Print the snapshot as JSON (Protobuf JSON mapping).</source>
        <translation>Den Schnappschuss als JSON ausgeben (Protobuf-JSON-Abbildung).</translation>
    </message>
    <message>
        <source>expected one RECORDING</source>
        <translation>genau eine RECORDING erwartet</translation>
    </message>
    <message>
        <source>--at takes a number of seconds</source>
        <translation>--at erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>Recording of %1, %2 rounds from %3; showing %4</source>
        <translation>Aufzeichnung von %1, %2 Runden ab %3; angezeigt: %4</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Cluster %1%2 at %3</source>
        <translation>Cluster %1%2 um %3</translation>
    </message>
    <message>
        <source> (LAB, simulated)</source>
        <translation> (LAB, simuliert)</translation>
    </message>
    <message>
        <source>STALE (never read: %1)</source>
        <translation>VERALTET (nie gelesen: %1)</translation>
    </message>
    <message>
        <source>STALE (last seen %1 ago, %2)</source>
        <translation>VERALTET (zuletzt gesehen vor %1, %2)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>SPLIT BRAIN</source>
        <translation>SPLIT BRAIN</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>redundancy lost</source>
        <translation>Redundanz verloren</translation>
    </message>
    <message>
        <source>RPO over objective</source>
        <translation>RPO über dem Ziel</translation>
    </message>
    <message>
        <source>Show the cluster: every node&apos;s services with role, health, lag and queues, replication links, and per service group the active members, redundancy and projected RPO. Without CLUSTER, runs the built-in lab cluster.</source>
        <translation>Den Cluster anzeigen: die Dienste jedes Knotens mit Rolle, Zustand, Verzögerung und Warteschlangen, die Replikationsverbindungen und je Dienstgruppe die aktiven Mitglieder, die Redundanz und das voraussichtliche RPO. Ohne CLUSTER wird der eingebaute Lab-Cluster ausgeführt.</translation>
    </message>
    <message>
        <source>Cluster file (Protobuf text format).</source>
        <translation>Cluster-Datei (Protobuf-Textformat).</translation>
    </message>
    <message>
        <source>Lab only: simulated seconds to run first (default 30).</source>
        <translation>Nur Lab: zuerst auszuführende simulierte Sekunden (Standard 30).</translation>
    </message>
    <message>
        <source>Lab only: simulation seed (default 1).</source>
        <translation>Nur Lab: Startwert der Simulation (Standard 1).</translation>
    </message>
    <message>
        <source>Cluster file only: ssh config to read instead of ~/.ssh/config.</source>
        <translation>Nur Cluster-Datei: SSH-Konfiguration, die statt ~/.ssh/config gelesen wird.</translation>
    </message>
    <message>
        <source>Cluster file only: known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation>Nur Cluster-Datei: known_hosts-Datei statt ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Cluster file only: directory of the default key files instead of ~/.ssh.</source>
        <translation>Nur Cluster-Datei: Verzeichnis der Standard-Schlüsseldateien statt ~/.ssh.</translation>
    </message>
    <message>
        <source>Cluster file only: ms to wait for a connect and for each command (default 5000).</source>
        <translation>Nur Cluster-Datei: Wartezeit in ms für einen Verbindungsaufbau und für jeden Befehl (Standard 5000).</translation>
    </message>
    <message>
        <source>expected at most one cluster file</source>
        <translation>höchstens eine Cluster-Datei erwartet</translation>
    </message>
    <message>
        <source>--seconds and --seed take a whole number</source>
        <translation>--seconds und --seed erwarten eine ganze Zahl</translation>
    </message>
    <message>
        <source>cannot read the cluster file %1</source>
        <translation>die Cluster-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds, at least 100</source>
        <translation>--timeout erwartet Millisekunden, mindestens 100</translation>
    </message>
    <message>
        <source>PDF export needs a QGuiApplication (mailhactl creates one for it)</source>
        <translation>PDF-Export braucht eine QGuiApplication (mailhactl erzeugt eine dafür)</translation>
    </message>
    <message>
        <source>Record the lab (or a scenario) to a recording file</source>
        <translation>Das Lab (oder ein Szenario) in eine Aufzeichnungsdatei aufzeichnen</translation>
    </message>
    <message>
        <source>Replay a recording and show the cluster at a moment</source>
        <translation>Eine Aufzeichnung wiedergeben und den Cluster zu einem Zeitpunkt anzeigen</translation>
    </message>
    <message>
        <source>Show or verify the operator journal, or add a note to it. verify exits 1 when the journal was edited, truncated or reordered.</source>
        <translation>Das Operator-Journal anzeigen oder prüfen oder eine Notiz hinzufügen. verify endet mit 1, wenn das Journal bearbeitet, gekürzt oder umsortiert wurde.</translation>
    </message>
    <message>
        <source>Use the default journal of this cluster.</source>
        <translation>Das Standard-Journal dieses Clusters verwenden.</translation>
    </message>
    <message>
        <source>Journal file (default: the cluster&apos;s).</source>
        <translation>Journaldatei (Standard: die des Clusters).</translation>
    </message>
    <message>
        <source>%1: %2 entries, chain intact</source>
        <translation>%1: %2 Einträge, Kette intakt</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>note %1 written to %2</source>
        <translation>Notiz %1 in %2 geschrieben</translation>
    </message>
    <message>
        <source>List, show and dry-run runbooks. A dry run prints every command, on which host, in order, exactly as it would run; nothing runs.</source>
        <translation>Runbooks auflisten, anzeigen und im Probelauf ausführen. Ein Probelauf gibt jeden Befehl aus, auf welchem Host, in welcher Reihenfolge, genau so, wie er ausgeführt würde; nichts wird ausgeführt.</translation>
    </message>
    <message>
        <source>Also read the runbooks in DIR (e.g. the cluster&apos;s folder).</source>
        <translation>Zusätzlich die Runbooks in DIR lesen (z. B. im Ordner des Clusters).</translation>
    </message>
    <message>
        <source>Cluster file (default: the built-in lab cluster).</source>
        <translation>Cluster-Datei (Standard: der eingebaute Lab-Cluster).</translation>
    </message>
    <message>
        <source>Runbook parameter; repeat for several.</source>
        <translation>Runbook-Parameter; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>WARNING: this runbook can lose data (forced failover).</source>
        <translation>WARNUNG: Dieses Runbook kann Daten verlieren (erzwungenes Failover).</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>optional </source>
        <translation>optional </translation>
    </message>
    <message>
        <source>default %1 </source>
        <translation>Standard %1 </translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--param erwartet KEY=VALUE, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Export the incident timeline (operator actions and notes from the journal, merged with cluster events and alerts) for the post-mortem.</source>
        <translation>Die Vorfall-Zeitleiste (Operator-Aktionen und Notizen aus dem Journal, zusammengeführt mit Cluster-Ereignissen und Alarmen) für die Nachbetrachtung exportieren.</translation>
    </message>
    <message>
        <source>Journal file; repeat for several.</source>
        <translation>Journaldatei; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Cluster events and alerts, one JSON object per line (Protobuf JSON mapping).</source>
        <translation>Cluster-Ereignisse und Alarme, ein JSON-Objekt pro Zeile (Protobuf-JSON-Abbildung).</translation>
    </message>
    <message>
        <source>Write here instead of standard output (required for pdf).</source>
        <translation>Hierhin statt auf die Standardausgabe schreiben (für pdf erforderlich).</translation>
    </message>
    <message>
        <source>Title of the report.</source>
        <translation>Titel des Berichts.</translation>
    </message>
    <message>
        <source>give --journal, --cluster or --events</source>
        <translation>geben Sie --journal, --cluster oder --events an</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>kein Journal unter %1</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Vorfall-Zeitleiste</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf braucht --output FILE</translation>
    </message>
    <message>
        <source>Monitoring plugin for Nagios, Icinga and Zabbix: reads the cluster once, evaluates the console&apos;s alerts and prints one status line with performance data. Exit status 0 OK, 1 WARNING (a warning alert), 2 CRITICAL (a critical alert), 3 UNKNOWN (bad command line, unreadable or invalid cluster file, no node readable). Thresholds come from the cluster file. Without CLUSTER, checks the built-in lab cluster.</source>
        <translation>Monitoring-Plugin für Nagios, Icinga und Zabbix: liest den Cluster einmal, wertet die Alarme der Konsole aus und gibt eine Statuszeile mit Performance-Daten aus. Exit-Status 0 OK, 1 WARNING (ein Alarm mit Warnung), 2 CRITICAL (ein kritischer Alarm), 3 UNKNOWN (fehlerhafte Befehlszeile, unlesbare oder ungültige Cluster-Datei, kein Knoten lesbar). Die Schwellwerte stammen aus der Cluster-Datei. Ohne CLUSTER wird der eingebaute Lab-Cluster geprüft.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>no node could be read: %1</source>
        <translation>kein Knoten konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 nodes live, no alerts</source>
        <translation>%1: %2 Knoten erreichbar, keine Alarme</translation>
    </message>
    <message>
        <source>%1 critical, %2 warning: %3</source>
        <translation>%1 kritisch, %2 Warnung: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Lab only: inject a fault a minute before the end of --seconds (at the start when shorter), e.g. node-crash:db-b; repeatable. Faults: %1.</source>
        <translation>Nur Lab: einen Fehler eine Minute vor dem Ende von --seconds einspeisen (bei kürzerer Dauer zu Beginn), z. B. node-crash:db-b; wiederholbar. Fehler: %1.</translation>
    </message>
    <message>
        <source>--lab-fault applies to the built-in lab only, not to a cluster file</source>
        <translation>--lab-fault gilt nur für das eingebaute Lab, nicht für eine Cluster-Datei</translation>
    </message>
    <message>
        <source>unknown lab fault &apos;%1&apos;</source>
        <translation>unbekannter Lab-Fehler &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 describes a simulated cluster (lab: true), which is never contacted over SSH; leave the file out for the lab</source>
        <translation>%1 beschreibt einen simulierten Cluster (lab: true), der nie über SSH kontaktiert wird; lassen Sie die Datei für das Lab weg</translation>
    </message>
    <message>
        <source>Monitoring plugin (Nagios, Icinga, Zabbix): one status line, exit 0-3</source>
        <translation>Monitoring-Plugin (Nagios, Icinga, Zabbix): eine Statuszeile, Exit-Status 0-3</translation>
    </message>
    <message>
        <source>Write the debrief (score and timeline) to FILE: .md, .html or .pdf.</source>
        <translation>Die Nachbesprechung (Bewertung und Zeitleiste) nach FILE schreiben: .md, .html oder .pdf.</translation>
    </message>
    <message>
        <source>Debrief format, md | html | pdf (default: from the file name).</source>
        <translation>Format der Nachbesprechung, md | html | pdf (Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <source>--debrief wants a .md, .html or .pdf file, or --format</source>
        <translation>--debrief erwartet eine .md-, .html- oder .pdf-Datei oder --format</translation>
    </message>
    <message>
        <source>a PDF debrief needs --format pdf on the command line</source>
        <translation>eine PDF-Nachbesprechung braucht --format pdf auf der Befehlszeile</translation>
    </message>
    <message>
        <source>runbook steps:     %1 followed, %2 skipped, %3 overridden</source>
        <translation>Runbook-Schritte:  %1 befolgt, %2 übersprungen, %3 übersteuert</translation>
    </message>
    <message>
        <source>Turn a recording into a training scenario for the lab: the recorded cluster, a hidden fault timeline inferred from what the recording shows (mapped onto the lab&apos;s nodes), a seed and objectives from the cluster&apos;s RTO/RPO. What cannot be mapped to a lab fault is listed as notes. Run it with &apos;mailhactl lab run FILE&apos; or load it in the instructor panel.</source>
        <translation>Eine Aufzeichnung in ein Trainingsszenario für das Lab umwandeln: der aufgezeichnete Cluster, eine verborgene Fehler-Zeitleiste, abgeleitet aus dem, was die Aufzeichnung zeigt (auf die Knoten des Labs abgebildet), ein Startwert und Ziele aus RTO/RPO des Clusters. Was sich nicht auf einen Lab-Fehler abbilden lässt, wird als Notizen aufgeführt. Ausführen mit &apos;mailhactl lab run FILE&apos; oder im Kursleitungsbereich laden.</translation>
    </message>
    <message>
        <source>Scenario file to write (default: standard output).</source>
        <translation>Zu schreibende Szenariodatei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Scenario id (default: from the file name).</source>
        <translation>Szenario-id (Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <source>Scenario title.</source>
        <translation>Szenariotitel.</translation>
    </message>
    <message>
        <source>no recording at %1</source>
        <translation>keine Aufzeichnung unter %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote scenario %1 to %2: %n fault(s)</source>
        <translation>
            <numerusform>Szenario %1 nach %2 geschrieben: %n Fehler</numerusform>
            <numerusform>Szenario %1 nach %2 geschrieben: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n note(s)</source>
        <translation>
            <numerusform>, %n Notiz</numerusform>
            <numerusform>, %n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the lab cluster (free play, or a scenario with its faults) to a recording file: every sample and event, compressed and crash-safe. Simulated time runs as fast as the machine allows. &apos;mailhactl record to-scenario RECORDING&apos; turns a recording into a training scenario.</source>
        <translation>Den Lab-Cluster (freies Spiel oder ein Szenario mit seinen Fehlern) in eine Aufzeichnungsdatei aufzeichnen: jeder Messwert und jedes Ereignis, komprimiert und absturzsicher. Die simulierte Zeit läuft so schnell, wie der Rechner es erlaubt. &apos;mailhactl record to-scenario RECORDING&apos; wandelt eine Aufzeichnung in ein Trainingsszenario um.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for highly available mail clusters. Without a cluster file it opens the built-in lab.</source>
        <translation>Konsole für hochverfügbare Mail-Cluster. Ohne Cluster-Datei öffnet sie das eingebaute Lab.</translation>
    </message>
    <message>
        <source>Cluster description to connect to.</source>
        <translation>Cluster-Beschreibung, mit der verbunden werden soll.</translation>
    </message>
    <message>
        <source>User interface language (de, fr, en).</source>
        <translation>Sprache der Benutzeroberfläche (de, fr, en).</translation>
    </message>
    <message>
        <source>Seed of the lab simulation.</source>
        <translation>Startwert der Lab-Simulation.</translation>
    </message>
    <message>
        <source>Lab speed: 1 is real time.</source>
        <translation>Lab-Geschwindigkeit: 1 ist Echtzeit.</translation>
    </message>
    <message>
        <source>Simulated seconds of lab history to show at start.</source>
        <translation>Simulierte Sekunden an Lab-Verlauf, die beim Start angezeigt werden.</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Seconds to run before the screenshot.</source>
        <translation>Sekunden Laufzeit vor dem Bildschirmfoto.</translation>
    </message>
    <message>
        <source>Initial window size, e.g. 1366x768.</source>
        <translation>Anfängliche Fenstergröße, z. B. 1366x768.</translation>
    </message>
    <message>
        <source>Inject a lab fault at start, e.g. node-crash:db-b (with --lab-history: a minute before the end).</source>
        <translation>Beim Start einen Lab-Fehler einspeisen, z. B. node-crash:db-b (mit --lab-history: eine Minute vor dem Ende).</translation>
    </message>
    <message>
        <source>Select a node at start.</source>
        <translation>Beim Start einen Knoten auswählen.</translation>
    </message>
    <message>
        <source>system, light or dark (default: as in Preferences).</source>
        <translation>system, light oder dark (Standard: wie in den Einstellungen).</translation>
    </message>
    <message>
        <source>Start a training scenario on the lab at start (with --lab-history: from the start of the history).</source>
        <translation>Beim Start ein Trainingsszenario im Lab starten (mit --lab-history: ab dem Beginn des Verlaufs).</translation>
    </message>
    <message>
        <source>Open at start: instructor (the instructor panel) or wizard[:candidates|preflight|plan[:GROUP]] (the switchover wizard of GROUP, by default the first active-passive group, at that page).</source>
        <translation>Beim Start öffnen: instructor (den Kursleitungsbereich) oder wizard[:candidates|preflight|plan[:GROUP]] (den Umschalt-Assistenten von GROUP, standardmäßig der ersten Aktiv-Passiv-Gruppe, auf dieser Seite).</translation>
    </message>
    <message>
        <source>Save a picture of the whole screen, dialogs included, and quit.</source>
        <translation>Ein Bild des gesamten Bildschirms samt Dialogen speichern und beenden.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first frame showing live data, then quit (benchmarks).</source>
        <translation>Die Millisekunden vom Start bis zum ersten Frame mit Live-Daten ausgeben, dann beenden (Benchmarks).</translation>
    </message>
    <message>
        <source>Start with the built-in window and dock layout, forgetting the saved one.</source>
        <translation>Mit dem eingebauten Fenster- und Dock-Layout starten und das gespeicherte verwerfen.</translation>
    </message>
</context>
</TS>
