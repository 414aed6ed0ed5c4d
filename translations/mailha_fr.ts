<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>mailha::AlertEngine</name>
    <message>
        <source>%1 never answered: %2</source>
        <translation>%1 n&apos;a jamais répondu : %2</translation>
    </message>
    <message>
        <source>%1 is stale, last seen %2 ago</source>
        <translation>%1 est périmé, vu pour la dernière fois il y a %2</translation>
    </message>
    <message>
        <source>%1 queue depth %2 (warn %3, crit %4)</source>
        <translation>%1 profondeur de file %2 (alerte %3, critique %4)</translation>
    </message>
    <message>
        <source>%1 oldest message %2 old</source>
        <translation>%1 message le plus ancien âgé de %2</translation>
    </message>
    <message>
        <source>%1: %2 has %3 % free</source>
        <translation>%1 : %2 a %3 % libre</translation>
    </message>
    <message>
        <source>%1: the replica is not receiving or not replaying</source>
        <translation>%1 : la réplique ne reçoit pas ou ne rejoue pas</translation>
    </message>
    <message>
        <source>%1 lag %2, beyond its intended delay of %3 (warn %4)</source>
        <translation>%1 retard %2, au-delà de son délai voulu de %3 (alerte %4)</translation>
    </message>
    <message>
        <source>%1 lag %2 · %3 (warn %4 / %5)</source>
        <translation>%1 retard %2 · %3 (alerte %4 / %5)</translation>
    </message>
    <message>
        <source>SPLIT BRAIN in %1: active on %2</source>
        <translation>SPLIT BRAIN dans %1 : actif sur %2</translation>
    </message>
    <message>
        <source>%1 is down: no active member</source>
        <translation>%1 est en panne : aucun membre actif</translation>
    </message>
    <message>
        <source>%1 lost redundancy: N+%2, needs N+%3</source>
        <translation>%1 a perdu sa redondance : N+%2, N+%3 requis</translation>
    </message>
    <message>
        <source>%1 RPO over objective: a failover now loses %2 (objective %3)</source>
        <translation>%1 RPO au-delà de l&apos;objectif : un basculement maintenant perdrait %2 (objectif %3)</translation>
    </message>
    <message>
        <source>cleared: %1</source>
        <translation>levée : %1</translation>
    </message>
</context>
<context>
    <name>mailha::AlertModel</name>
    <message>
        <source>cleared</source>
        <translation>levée</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquittée</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>mailha::AlertsPanel</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>%1 critical, %2 warning, %3 not acknowledged</source>
        <translation>%1 critiques, %2 avertissements, %3 non acquittées</translation>
    </message>
</context>
<context>
    <name>mailha::ChartsPanel</name>
    <message>
        <source>Replication lag (sync —, async ╌)</source>
        <translation>Retard de réplication (sync —, async ╌)</translation>
    </message>
    <message>
        <source>MTA queues (deferred —, active ┄)</source>
        <translation>Files d&apos;attente MTA (deferred —, active ┄)</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>messages</translation>
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
        <translation>%1 sans id : attendu id: &quot;...&quot;</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>id de %1 en double &quot;%2&quot;</translation>
    </message>
    <message>
        <source>thresholds must not be negative (0 means: not set here)</source>
        <translation>les seuils ne doivent pas être négatifs (0 signifie : non défini ici)</translation>
    </message>
    <message>
        <source>disk free thresholds are percentages: expected 0 to 100</source>
        <translation>les seuils d&apos;espace disque libre sont des pourcentages : attendu 0 à 100</translation>
    </message>
    <message>
        <source>the cluster has no name: expected name: &quot;...&quot; at the top level</source>
        <translation>le cluster n&apos;a pas de nom : attendu name: &quot;...&quot; au niveau supérieur</translation>
    </message>
    <message>
        <source>poll_interval_ms %1 is too short: expected 0 (default 2000) or at least 200</source>
        <translation>poll_interval_ms %1 est trop court : attendu 0 (par défaut 2000) ou au moins 200</translation>
    </message>
    <message>
        <source>anti_flap_s must not be negative</source>
        <translation>anti_flap_s ne doit pas être négatif</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nœud</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>floating IP</source>
        <translation>IP flottante</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has no technology: expected technology: POSTGRES, POSTFIX, ...</source>
        <translation>le groupe &quot;%1&quot; n&apos;a pas de technologie : attendu technology: POSTGRES, POSTFIX, ...</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; has no pattern: expected pattern: ACTIVE_PASSIVE or ACTIVE_ACTIVE</source>
        <translation>le groupe &quot;%1&quot; n&apos;a pas de modèle : attendu pattern: ACTIVE_PASSIVE ou ACTIVE_ACTIVE</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has no site: expected site: one of %2</source>
        <translation>le nœud &quot;%1&quot; n&apos;a pas de site : attendu site: l&apos;un de %2</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; names unknown site &quot;%2&quot;</source>
        <translation>le nœud &quot;%1&quot; désigne un site inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; has no host: expected host: &quot;address or ssh alias&quot;</source>
        <translation>le nœud &quot;%1&quot; n&apos;a pas d&apos;hôte : attendu host: &quot;adresse ou alias ssh&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: host &quot;%2&quot; is not a host name, address or ssh alias</source>
        <translation>nœud &quot;%1&quot; : l&apos;hôte &quot;%2&quot; n&apos;est ni un nom d&apos;hôte, ni une adresse, ni un alias ssh</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: port %2 is out of range: expected 1 to 65535</source>
        <translation>nœud &quot;%1&quot; : le port %2 est hors limites : attendu 1 à 65535</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: user &quot;%2&quot; is not an account name</source>
        <translation>nœud &quot;%1&quot; : l&apos;utilisateur &quot;%2&quot; n&apos;est pas un nom de compte</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: jump_host &quot;%2&quot; is not of the form [user@]host[:port]</source>
        <translation>nœud &quot;%1&quot; : jump_host &quot;%2&quot; n&apos;est pas de la forme [user@]host[:port]</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: identity_file holds a line break</source>
        <translation>nœud &quot;%1&quot; : identity_file contient un saut de ligne</translation>
    </message>
    <message>
        <source>service on node &quot;%1&quot; without an id: expected id: &quot;...&quot;</source>
        <translation>service sur le nœud &quot;%1&quot; sans id : attendu id: &quot;...&quot;</translation>
    </message>
    <message>
        <source>duplicate service id &quot;%1&quot; on node &quot;%2&quot;</source>
        <translation>id de service en double &quot;%1&quot; sur le nœud &quot;%2&quot;</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; on node &quot;%2&quot; has no technology</source>
        <translation>le service &quot;%1&quot; sur le nœud &quot;%2&quot; n&apos;a pas de technologie</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; on node &quot;%2&quot; names unknown group &quot;%3&quot;</source>
        <translation>le service &quot;%1&quot; sur le nœud &quot;%2&quot; désigne un groupe inconnu &quot;%3&quot;</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; on node &quot;%2&quot; is %3 but its group &quot;%4&quot; is %5</source>
        <translation>le service &quot;%1&quot; sur le nœud &quot;%2&quot; est %3 mais son groupe &quot;%4&quot; est %5</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; names unknown group &quot;%2&quot;</source>
        <translation>le lien &quot;%1&quot; désigne un groupe inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;: from_node &quot;%2&quot; is not a node id</source>
        <translation>lien &quot;%1&quot; : from_node &quot;%2&quot; n&apos;est pas un id de nœud</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;: to_node &quot;%2&quot; is not a node id</source>
        <translation>lien &quot;%1&quot; : to_node &quot;%2&quot; n&apos;est pas un id de nœud</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; replicates node &quot;%2&quot; to itself</source>
        <translation>le lien &quot;%1&quot; réplique le nœud &quot;%2&quot; vers lui-même</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; has no mode: expected mode: SYNC or ASYNC</source>
        <translation>le lien &quot;%1&quot; n&apos;a pas de mode : attendu mode: SYNC ou ASYNC</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;: intentional_delay_s must not be negative</source>
        <translation>lien &quot;%1&quot; : intentional_delay_s ne doit pas être négatif</translation>
    </message>
    <message>
        <source>floating IP &quot;%1&quot; has no address: expected address: &quot;192.0.2.25/24&quot;</source>
        <translation>l&apos;IP flottante &quot;%1&quot; n&apos;a pas d&apos;adresse : attendu address: &quot;192.0.2.25/24&quot;</translation>
    </message>
    <message>
        <source>floating IP &quot;%1&quot; names unknown group &quot;%2&quot;</source>
        <translation>l&apos;IP flottante &quot;%1&quot; désigne un groupe inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>floating IP &quot;%1&quot;: preferred_node &quot;%2&quot; is not a node id</source>
        <translation>IP flottante &quot;%1&quot; : preferred_node &quot;%2&quot; n&apos;est pas un id de nœud</translation>
    </message>
    <message>
        <source>not a cluster file (Protobuf text format of mailha.ClusterSpec)</source>
        <translation>pas un fichier de cluster (format texte Protobuf de mailha.ClusterSpec)</translation>
    </message>
    <message>
        <source>cannot read the cluster file: %1</source>
        <translation>impossible de lire le fichier de cluster : %1</translation>
    </message>
</context>
<context>
    <name>mailha::Debrief</name>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NON atteint</translation>
    </message>
    <message>
        <source>Debrief: %1 (%2)</source>
        <translation>Débriefing : %1 (%2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>NON RÉUSSI</translation>
    </message>
    <message>
        <source>Time to detection</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>%1 after the first fault</source>
        <translation>%1 après la première panne</translation>
    </message>
    <message>
        <source>never (nobody acted)</source>
        <translation>jamais (personne n&apos;a agi)</translation>
    </message>
    <message>
        <source>RTO achieved</source>
        <translation>RTO atteint</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>non rétabli</translation>
    </message>
    <message>
        <source> (objective %1: %2)</source>
        <translation> (objectif %1 : %2)</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Données perdues</translation>
    </message>
    <message>
        <source>%1 (%2 of writes; objective %3: %4)</source>
        <translation>%1 (%2 d&apos;écritures ; objectif %3 : %4)</translation>
    </message>
    <message>
        <source>Runbook steps</source>
        <translation>Étapes du runbook</translation>
    </message>
    <message>
        <source>%1 followed, %2 skipped, %3 overridden</source>
        <translation>%1 suivies, %2 ignorées, %3 avec dérogation</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Actions de l&apos;opérateur</translation>
    </message>
    <message>
        <source>%1 (%2 failed)</source>
        <translation>%1 (%2 en échec)</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>What a good response looks like</source>
        <translation>À quoi ressemble une bonne réponse</translation>
    </message>
    <message>
        <source>%1: a debrief is written as md or html here, not &apos;%2&apos;</source>
        <translation>%1 : ici, un débriefing s&apos;écrit en md ou en html, pas en &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailha::Derive</name>
    <message>
        <source>no probe result</source>
        <translation>aucun résultat de sonde</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>split brain in %1</source>
        <translation>split brain dans %1</translation>
    </message>
    <message>
        <source>no node read yet</source>
        <translation>aucun nœud lu pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 est en panne</translation>
    </message>
    <message>
        <source>%1 at N+%2</source>
        <translation>%1 à N+%2</translation>
    </message>
    <message>
        <source>%1 RPO %2 over objective</source>
        <translation>%1 RPO %2 au-delà de l&apos;objectif</translation>
    </message>
    <message numerus="yes">
        <source>%n stale node(s): %1</source>
        <translation>
            <numerusform>%n nœud périmé : %1</numerusform>
            <numerusform>%n nœuds périmés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s) live</source>
        <translation>
            <numerusform>%1 : %n nœud en ligne</numerusform>
            <numerusform>%1 : %n nœuds en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped answering (%2)</source>
        <translation>%1 ne répond plus (%2)</translation>
    </message>
    <message>
        <source>%1 read for the first time</source>
        <translation>%1 lu pour la première fois</translation>
    </message>
    <message>
        <source>%1 answers again</source>
        <translation>%1 répond de nouveau</translation>
    </message>
    <message>
        <source>%1 on %2: %3 → %4</source>
        <translation>%1 sur %2 : %3 → %4</translation>
    </message>
    <message>
        <source>split brain in %1: active on %2</source>
        <translation>split brain dans %1 : actif sur %2</translation>
    </message>
    <message>
        <source>split brain in %1 resolved</source>
        <translation>split brain dans %1 résolu</translation>
    </message>
    <message>
        <source>%1 lost redundancy: N+%2, needs N+%3</source>
        <translation>%1 a perdu sa redondance : N+%2, N+%3 requis</translation>
    </message>
    <message>
        <source>%1 redundancy restored: N+%2</source>
        <translation>%1 redondance rétablie : N+%2</translation>
    </message>
</context>
<context>
    <name>mailha::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>mailha::EventLogView</name>
    <message>
        <source>Cluster events</source>
        <translation>Événements du cluster</translation>
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
        <translation>retard %1 / %2</translation>
    </message>
    <message>
        <source> (primary&apos;s site)</source>
        <translation> (site du primaire)</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>excluded from failover (no_failover)</source>
        <translation>exclu du basculement d&apos;urgence (no_failover)</translation>
    </message>
    <message>
        <source>stale: not read for %1</source>
        <translation>périmé : non lu depuis %1</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>not reachable (%1)</source>
        <translation>injoignable (%1)</translation>
    </message>
    <message>
        <source>health CRITICAL: %1</source>
        <translation>état CRITIQUE : %1</translation>
    </message>
    <message>
        <source>role is %1, not a standby</source>
        <translation>le rôle est %1, pas une réplique</translation>
    </message>
    <message>
        <source>replication broken (not receiving or not replaying)</source>
        <translation>réplication interrompue (ne reçoit pas ou ne rejoue pas)</translation>
    </message>
    <message>
        <source>synchronous standby</source>
        <translation>réplique synchrone</translation>
    </message>
    <message>
        <source>asynchronous standby</source>
        <translation>réplique asynchrone</translation>
    </message>
    <message>
        <source>same site as the primary (%1)</source>
        <translation>même site que le primaire (%1)</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>health %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <source>Service group exists</source>
        <translation>Le groupe de services existe</translation>
    </message>
    <message>
        <source>no service group &apos;%1&apos; in cluster %2</source>
        <translation>aucun groupe de services &apos;%1&apos; dans le cluster %2</translation>
    </message>
    <message>
        <source>Candidate reachable and healthy</source>
        <translation>Candidat joignable et sain</translation>
    </message>
    <message>
        <source>%1 is already the primary of %2</source>
        <translation>%1 est déjà le primaire de %2</translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation>%1 n&apos;est pas membre de %2</translation>
    </message>
    <message>
        <source>%1 cannot take over: %2</source>
        <translation>%1 ne peut pas prendre le relais : %2</translation>
    </message>
    <message>
        <source>%1 is reachable, %2, health %3</source>
        <translation>%1 est joignable, %2, état %3</translation>
    </message>
    <message>
        <source>Lag within the RPO objective</source>
        <translation>Retard conforme à l&apos;objectif RPO</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>aucun candidat</translation>
    </message>
    <message>
        <source>synchronous standby: every commit confirmed (replay lag %1), objective %2</source>
        <translation>réplique synchrone : chaque commit confirmé (retard de rejeu %1), objectif %2</translation>
    </message>
    <message>
        <source>lag of %1 is unknown</source>
        <translation>le retard de %1 est inconnu</translation>
    </message>
    <message>
        <source>lag %1 / %2, objective %3%4</source>
        <translation>retard %1 / %2, objectif %3%4</translation>
    </message>
    <message>
        <source>Synchronous standby when required</source>
        <translation>Réplique synchrone si requise</translation>
    </message>
    <message>
        <source>not required (RPO objective %1)</source>
        <translation>non requis (objectif RPO %1)</translation>
    </message>
    <message>
        <source>%1 is a synchronous standby</source>
        <translation>%1 est une réplique synchrone</translation>
    </message>
    <message>
        <source>RPO objective is 0 s but %1 replicates asynchronously</source>
        <translation>l&apos;objectif RPO est 0 s mais %1 réplique de façon asynchrone</translation>
    </message>
    <message>
        <source>DRBD UpToDate</source>
        <translation>DRBD UpToDate</translation>
    </message>
    <message>
        <source>not applicable to %1</source>
        <translation>non applicable à %1</translation>
    </message>
    <message>
        <source>no block replication link to %1</source>
        <translation>aucun lien de réplication bloc vers %1</translation>
    </message>
    <message>
        <source>%1 is disconnected from its peer</source>
        <translation>%1 est déconnecté de son pair</translation>
    </message>
    <message>
        <source>%1 is not UpToDate: %2 out of sync</source>
        <translation>%1 n&apos;est pas UpToDate : %2 non synchronisés</translation>
    </message>
    <message>
        <source>%1 is connected and UpToDate</source>
        <translation>%1 est connecté et UpToDate</translation>
    </message>
    <message>
        <source>%1 has %2 messages queued (critical at %3)</source>
        <translation>%1 a %2 messages en file d&apos;attente (critique à partir de %3)</translation>
    </message>
    <message>
        <source>Mail queues under threshold</source>
        <translation>Files d&apos;attente de messagerie sous le seuil</translation>
    </message>
    <message>
        <source>every queue is under its critical threshold</source>
        <translation>chaque file d&apos;attente est sous son seuil critique</translation>
    </message>
    <message>
        <source>Old primary state</source>
        <translation>État de l&apos;ancien primaire</translation>
    </message>
    <message>
        <source>%1 has no active primary: confirmed down</source>
        <translation>%1 n&apos;a aucun primaire actif : panne confirmée</translation>
    </message>
    <message>
        <source>%1 has no active primary to demote: a switchover needs one; use a failover</source>
        <translation>%1 n&apos;a aucun primaire actif à rétrograder : une bascule en exige un ; utilisez un basculement d&apos;urgence</translation>
    </message>
    <message>
        <source>%1 is reachable and will be demoted first</source>
        <translation>%1 est joignable et sera rétrogradé en premier</translation>
    </message>
    <message>
        <source>%1 is not reachable, so it cannot be demoted gracefully; use a failover</source>
        <translation>%1 est injoignable et ne peut donc pas être rétrogradé proprement ; utilisez un basculement d&apos;urgence</translation>
    </message>
    <message>
        <source>%1 is still reachable and serving: fence it (or switch over) before forcing a failover</source>
        <translation>%1 est encore joignable et en service : isolez-le (ou faites une bascule) avant de forcer un basculement d&apos;urgence</translation>
    </message>
    <message>
        <source>%1 confirmed fenced by the operator</source>
        <translation>%1 confirmé isolé par l&apos;opérateur</translation>
    </message>
    <message>
        <source>%1 is down (%2)</source>
        <translation>%1 est en panne (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No split brain</source>
        <translation>Pas de split brain</translation>
    </message>
    <message>
        <source>%1 has %2 active members</source>
        <translation>%1 a %2 membres actifs</translation>
    </message>
    <message>
        <source>one active member</source>
        <translation>un seul membre actif</translation>
    </message>
    <message>
        <source>No recent failover</source>
        <translation>Pas de basculement récent</translation>
    </message>
    <message>
        <source>%1 changed primary %2 ago; anti-flap period %3</source>
        <translation>%1 a changé de primaire il y a %2 ; période anti-oscillation %3</translation>
    </message>
    <message>
        <source>last change %1 ago</source>
        <translation>dernier changement il y a %1</translation>
    </message>
    <message>
        <source>no earlier failover in the journal</source>
        <translation>aucun basculement antérieur dans le journal</translation>
    </message>
    <message>
        <source>replication stopped with the primary</source>
        <translation>réplication arrêtée en même temps que le primaire</translation>
    </message>
</context>
<context>
    <name>mailha::FailoverWizard</name>
    <message>
        <source>Switch over %1</source>
        <translation>Bascule de %1</translation>
    </message>
    <message>
        <source>Fail over %1</source>
        <translation>Basculement d&apos;urgence de %1</translation>
    </message>
    <message>
        <source>1. Candidates</source>
        <translation>1. Candidats</translation>
    </message>
    <message>
        <source>Who can take over %1, best first, with the reason for each rank.</source>
        <translation>Qui peut reprendre %1, le meilleur en premier, avec la raison de chaque rang.</translation>
    </message>
    <message>
        <source>Switchover (graceful: the old primary is demoted first; no data lost)</source>
        <translation>Bascule (en douceur : l&apos;ancien primaire est d&apos;abord rétrogradé ; aucune perte de données)</translation>
    </message>
    <message>
        <source>Forced failover (the old primary is gone or fenced)</source>
        <translation>Basculement d&apos;urgence forcé (l&apos;ancien primaire a disparu ou est isolé)</translation>
    </message>
    <message>
        <source>I understand that a forced failover can lose the writes the candidate has not received</source>
        <translation>Je comprends qu&apos;un basculement d&apos;urgence forcé peut perdre les écritures que le candidat n&apos;a pas reçues</translation>
    </message>
    <message>
        <source>The old primary is fenced or powered off (confirmed)</source>
        <translation>L&apos;ancien primaire est isolé ou mis hors tension (confirmé)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>DATA-LOSS WARNING: a forced failover promotes %1 with what it has; writes the old primary had not sent are lost (now about %2).</source>
        <translation>AVERTISSEMENT DE PERTE DE DONNÉES : un basculement d&apos;urgence forcé promeut %1 avec ce qu&apos;il a ; les écritures que l&apos;ancien primaire n&apos;avait pas envoyées sont perdues (actuellement environ %2).</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>le candidat</translation>
    </message>
    <message>
        <source>2. Preflight</source>
        <translation>2. Vérifications préalables</translation>
    </message>
    <message>
        <source>Every check across the layers. A red check blocks; to override it, write the reason (it goes into the journal).</source>
        <translation>Chaque vérification, sur toutes les couches. Une vérification rouge bloque ; pour y déroger, saisissez la raison (elle est consignée dans le journal).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Raison de la dérogation</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>OK: </source>
        <translation>OK : </translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation>ÉCHEC : </translation>
    </message>
    <message>
        <source>reason to override</source>
        <translation>raison de la dérogation</translation>
    </message>
    <message>
        <source>3. Plan (dry run)</source>
        <translation>3. Plan (simulation)</translation>
    </message>
    <message>
        <source>Every command, on which host, in order, exactly as it will run. Nothing has run yet.</source>
        <translation>Chaque commande, sur quel hôte, dans l&apos;ordre, exactement telle qu&apos;elle sera exécutée. Rien n&apos;a encore été exécuté.</translation>
    </message>
    <message>
        <source>no built-in runbook for a %1 of %2</source>
        <translation>aucun runbook intégré pour une %1 de %2</translation>
    </message>
    <message>
        <source>switchover</source>
        <translation>bascule</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>basculement d&apos;urgence</translation>
    </message>
    <message>
        <source>4. Confirm</source>
        <translation>4. Confirmer</translation>
    </message>
    <message>
        <source>Type the cluster name to run the plan.</source>
        <translation>Saisissez le nom du cluster pour exécuter le plan.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <source>5. Execute</source>
        <translation>5. Exécuter</translation>
    </message>
    <message>
        <source>Step by step, with live output. A failed step stops the run and shows its rollback hint.</source>
        <translation>Étape par étape, avec la sortie en direct. Une étape en échec arrête l&apos;exécution et affiche son indication de retour arrière.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>note for the journal (optional)</source>
        <translation>note pour le journal (facultatif)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>MANUAL %1: %2</source>
        <translation>MANUEL %1 : %2</translation>
    </message>
    <message>
        <source>Waiting for you: %1 — press Done when it is done.</source>
        <translation>En attente de votre action : %1 — cliquez sur Terminé une fois que c&apos;est fait.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>All steps done. Continue to the summary.</source>
        <translation>Toutes les étapes sont terminées. Continuez vers le récapitulatif.</translation>
    </message>
    <message>
        <source>Paused. Continue runs the next step.</source>
        <translation>En pause. Continuer exécute l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1 : %2</translation>
    </message>
    <message>
        <source>6. Verify and summary</source>
        <translation>6. Vérification et récapitulatif</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 of %2 to %3: %4.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Measured failover time: &lt;b&gt;%5&lt;/b&gt; (RTO objective %6) — %7&lt;/p&gt;&lt;p&gt;Estimated data lost: &lt;b&gt;%8&lt;/b&gt; (RPO objective %9) — %10&lt;/p&gt;&lt;p&gt;Post-checks:&lt;br&gt;%11&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 de %2 vers %3 : %4.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Durée de basculement mesurée : &lt;b&gt;%5&lt;/b&gt; (objectif RTO %6) — %7&lt;/p&gt;&lt;p&gt;Perte de données estimée : &lt;b&gt;%8&lt;/b&gt; (objectif RPO %9) — %10&lt;/p&gt;&lt;p&gt;Vérifications finales :&lt;br&gt;%11&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>Bascule</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Basculement d&apos;urgence</translation>
    </message>
    <message>
        <source>within</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>OVER the objective</source>
        <translation>AU-DELÀ de l&apos;objectif</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>mailha::HistoryChart</name>
    <message>
        <source>Time window of %1</source>
        <translation>Fenêtre de temps de %1</translation>
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
        <translation>%1 : %2 à %3</translation>
    </message>
    <message>
        <source>Only the series whose current values are highest are drawn and listed in the legend; the others appear as soon as they rank among them.</source>
        <translation>Seules les séries dont les valeurs actuelles sont les plus élevées sont tracées et listées dans la légende ; les autres apparaissent dès qu&apos;elles en font partie.</translation>
    </message>
    <message>
        <source>top %1 of %2 series</source>
        <comment>chart: only the series with the highest current values are drawn</comment>
        <translation>les %1 plus hautes sur %2 séries</translation>
    </message>
</context>
<context>
    <name>mailha::HostKeyDialog</name>
    <message>
        <source>Unknown host key — %1</source>
        <translation>Clé d&apos;hôte inconnue — %1</translation>
    </message>
    <message>
        <source>The console has never connected to &lt;b&gt;%1&lt;/b&gt; (node %2) before, so it cannot tell whether this is really that host. Its %3 key has the fingerprint:</source>
        <translation>La console ne s&apos;est encore jamais connectée à &lt;b&gt;%1&lt;/b&gt; (nœud %2) ; elle ne peut donc pas savoir s&apos;il s&apos;agit vraiment de cet hôte. Sa clé %3 a l&apos;empreinte :</translation>
    </message>
    <message>
        <source>Compare it with the key on the server (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub, run there or by its administrator). Trust it only if they match: it will be recorded in %2.</source>
        <translation>Comparez-la avec la clé du serveur (ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub, exécuté sur place ou par son administrateur). Ne lui faites confiance que si elles correspondent : la clé sera alors enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Ne pas se connecter</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED — %1</source>
        <translation>CLÉ D&apos;HÔTE MODIFIÉE — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible attack: the host key of node %1 has changed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attaque possible : la clé d&apos;hôte du nœud %1 a changé.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>mailha::InstructorPanel</name>
    <message>
        <source>Training session</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Free play (no hidden faults)</source>
        <translation>Jeu libre (aucune panne cachée)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <source>Speed %1 times</source>
        <translation>Vitesse × %1</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>Briefing :</translation>
    </message>
    <message>
        <source>Inject a fault</source>
        <translation>Injecter une panne</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Injecter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Scenario plan (hidden from trainees)</source>
        <translation>Plan du scénario (masqué aux stagiaires)</translation>
    </message>
    <message>
        <source>Reveal plan</source>
        <translation>Révéler le plan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>unknown fault %1</source>
        <translation>panne inconnue %1</translation>
    </message>
    <message>
        <source>Hide plan</source>
        <translation>Masquer le plan</translation>
    </message>
    <message>
        <source>Free play: no hidden faults. Inject them from the panel above.</source>
        <translation>Jeu libre : aucune panne cachée. Injectez-les depuis le panneau ci-dessus.</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Écoulé : %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <source>Data lost: %1</source>
        <translation>Données perdues : %1</translation>
    </message>
    <message numerus="yes">
        <source>Operator actions: %n</source>
        <translation>
            <numerusform>Action de l&apos;opérateur : %n</numerusform>
            <numerusform>Actions de l&apos;opérateur : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>NON RÉUSSI</translation>
    </message>
    <message>
        <source>Time to detection: %1</source>
        <translation>Délai de détection : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>RTO achieved: %1 (objective %2)</source>
        <translation>RTO atteint : %1 (objectif %2)</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>non rétabli</translation>
    </message>
    <message>
        <source>Data lost: %1 (%2; objective %3)</source>
        <translation>Données perdues : %1 (%2 ; objectif %3)</translation>
    </message>
    <message>
        <source>Runbook steps followed: %1, skipped: %2, overridden: %3</source>
        <translation>Étapes du runbook suivies : %1, ignorées : %2, avec dérogation : %3</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Start a scenario file, e.g. one made from a recording (Session › Turn a recording into a scenario…)</source>
        <translation>Démarrer un fichier de scénario, par ex. un scénario créé à partir d&apos;un enregistrement (Session › Transformer un enregistrement en scénario…)</translation>
    </message>
    <message>
        <source>Export debrief…</source>
        <translation>Exporter le débriefing…</translation>
    </message>
    <message>
        <source>The score and the timeline of what happened, for the debrief (Markdown or HTML)</source>
        <translation>Le score et la chronologie des événements, pour le débriefing (Markdown ou HTML)</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Ouvrir un fichier de scénario</translation>
    </message>
    <message>
        <source>Lab scenarios (*.textproto)</source>
        <translation>Scénarios de lab (*.textproto)</translation>
    </message>
    <message>
        <source>Export debrief</source>
        <translation>Exporter le débriefing</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md)</source>
        <translation>HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Debrief written to %1</source>
        <translation>Débriefing écrit dans %1</translation>
    </message>
    <message>
        <source>%1: export the debrief as .md or .html</source>
        <translation>%1 : exportez le débriefing en .md ou .html</translation>
    </message>
</context>
<context>
    <name>mailha::Journal</name>
    <message>
        <source>cannot create the journal directory %1</source>
        <translation>impossible de créer le répertoire du journal %1</translation>
    </message>
    <message>
        <source>%1 is not a regular file; refusing to use it as the journal</source>
        <translation>%1 n&apos;est pas un fichier ordinaire ; refus de l&apos;utiliser comme journal</translation>
    </message>
    <message>
        <source>cannot open the journal %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal %1 : %2</translation>
    </message>
    <message>
        <source>the journal %1 is damaged (%2); run &apos;mailhactl journal verify&apos; and move it aside</source>
        <translation>le journal %1 est endommagé (%2) ; exécutez &apos;mailhactl journal verify&apos; et mettez-le de côté</translation>
    </message>
    <message>
        <source>the journal is not open</source>
        <translation>le journal n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>impossible d&apos;écrire le journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot encode a journal entry</source>
        <translation>impossible d&apos;encoder une entrée de journal</translation>
    </message>
    <message>
        <source>cannot write the journal head %1: %2</source>
        <translation>impossible d&apos;écrire la tête du journal %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>line %1: not a journal entry</source>
        <translation>ligne %1 : pas une entrée de journal</translation>
    </message>
    <message>
        <source>line %1: incomplete last line</source>
        <translation>ligne %1 : dernière ligne incomplète</translation>
    </message>
    <message>
        <source>mode %1 lets other users read or change the journal (expected 0600)</source>
        <translation>le mode %1 permet à d&apos;autres utilisateurs de lire ou modifier le journal (attendu : 0600)</translation>
    </message>
    <message>
        <source>line %1: content does not match its hash (entry edited)</source>
        <translation>ligne %1 : le contenu ne correspond pas à son hash (entrée modifiée)</translation>
    </message>
    <message>
        <source>line %1: does not follow the previous entry (entry removed, inserted or reordered)</source>
        <translation>ligne %1 : ne suit pas l&apos;entrée précédente (entrée supprimée, insérée ou réordonnée)</translation>
    </message>
    <message>
        <source>line %1: sequence number %2, expected %3</source>
        <translation>ligne %1 : numéro de séquence %2, attendu %3</translation>
    </message>
    <message>
        <source>the head file %1 is missing: truncation cannot be ruled out</source>
        <translation>le fichier de tête %1 est absent : une troncature ne peut être exclue</translation>
    </message>
    <message>
        <source>the head file is damaged</source>
        <translation>le fichier de tête est endommagé</translation>
    </message>
    <message>
        <source>the journal ends at entry %1 but its head records entry %2: entries were removed from the end</source>
        <translation>le journal se termine à l&apos;entrée %1 mais sa tête enregistre l&apos;entrée %2 : des entrées ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>entry %1 does not match the hash recorded in the head</source>
        <translation>l&apos;entrée %1 ne correspond pas au hash enregistré dans la tête</translation>
    </message>
    <message>
        <source>the last entry is newer than the head: the console stopped between the two writes</source>
        <translation>la dernière entrée est plus récente que la tête : la console s&apos;est arrêtée entre les deux écritures</translation>
    </message>
    <message>
        <source>%1 entries follow the last one the head records</source>
        <translation>%1 entrées suivent la dernière enregistrée par la tête</translation>
    </message>
</context>
<context>
    <name>mailha::Lab</name>
    <message>
        <source>fault %1 needs an existing node, not &apos;%2&apos;</source>
        <translation>la panne %1 exige un nœud existant, pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 runs no database</source>
        <translation>%1 n&apos;exécute aucune base de données</translation>
    </message>
    <message>
        <source>command timed out after %1 ms</source>
        <translation>la commande a expiré après %1 ms</translation>
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
        <translation>LAB — cluster simulé, aucun hôte réel n&apos;est contacté</translation>
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
        <translation>impossible de générer une clé d&apos;hôte</translation>
    </message>
    <message>
        <source>cannot write the host key to %1</source>
        <translation>impossible d&apos;écrire la clé d&apos;hôte dans %1</translation>
    </message>
    <message>
        <source>cannot read the host key %1</source>
        <translation>impossible de lire la clé d&apos;hôte %1</translation>
    </message>
    <message>
        <source>cannot read the authorized keys %1: %2</source>
        <translation>impossible de lire les clés autorisées %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no usable public key: nobody could log in</source>
        <translation>%1 ne contient aucune clé publique utilisable : personne ne pourrait se connecter</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 for %3: %4</source>
        <translation>impossible d&apos;écouter sur %1:%2 pour %3 : %4</translation>
    </message>
</context>
<context>
    <name>mailha::LinkItem</name>
    <message>
        <source>synchronous</source>
        <translation>synchrone</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>asynchrone</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>retard inconnu</translation>
    </message>
    <message>
        <source>(delay %1 expected)</source>
        <translation>(délai de %1 attendu)</translation>
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
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Détails du nœud</translation>
    </message>
    <message>
        <source>Nodes and services</source>
        <translation>Nœuds et services</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open cluster…</source>
        <translation>&amp;Ouvrir un cluster…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit topology</source>
        <translation>A&amp;juster la topologie</translation>
    </message>
    <message>
        <source>&amp;Reset node positions</source>
        <translation>Réinitialiser les &amp;positions des nœuds</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation>Retour au &amp;direct</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MailHA Console</source>
        <translation>À &amp;propos de MailHA Console</translation>
    </message>
    <message>
        <source>About MailHA Console</source>
        <translation>À propos de MailHA Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;MailHA Console %1&lt;/b&gt;&lt;p&gt;Topology, replication and queues of highly available mail clusters, with guided failover.&lt;/p&gt;</source>
        <translation>&lt;b&gt;MailHA Console %1&lt;/b&gt;&lt;p&gt;Topologie, réplication et files d&apos;attente des clusters de messagerie hautement disponibles, avec basculement guidé.&lt;/p&gt;</translation>
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
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>HISTORY %1</source>
        <translation>HISTORIQUE %1</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <translation>Critique : %1</translation>
    </message>
    <message>
        <source>Open cluster</source>
        <translation>Ouvrir un cluster</translation>
    </message>
    <message>
        <source>Cluster files (*.textproto *.txtpb *.cluster);;All files (*)</source>
        <translation>Fichiers de cluster (*.textproto *.txtpb *.cluster);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The new poll interval applies from the next connection to a cluster.</source>
        <translation>Le nouvel intervalle d&apos;interrogation s&apos;applique à partir de la prochaine connexion à un cluster.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Réinitialiser la &amp;disposition</translation>
    </message>
</context>
<context>
    <name>mailha::Names</name>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>PASSIVE</source>
        <translation>PASSIF</translation>
    </message>
    <message>
        <source>STANDBY</source>
        <translation>STANDBY</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>EN ÉCHEC</translation>
    </message>
    <message>
        <source>FENCED</source>
        <translation>ISOLÉ</translation>
    </message>
    <message>
        <source>MAINTENANCE</source>
        <translation>MAINTENANCE</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>INCONNU</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>host key unknown</source>
        <translation>clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED</source>
        <translation>CLÉ D&apos;HÔTE MODIFIÉE</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>not yet polled</source>
        <translation>pas encore interrogé</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>SPLIT BRAIN</source>
        <translation>SPLIT BRAIN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>%1 j %2 h</translation>
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
        <translation>Sélectionnez un nœud dans la topologie ou le tableau.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lag / queue</source>
        <translation>Retard / file</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Services of the selected node</source>
        <translation>Services du nœud sélectionné</translation>
    </message>
    <message>
        <source>Switch over %1 to this node…</source>
        <translation>Basculer %1 vers ce nœud…</translation>
    </message>
    <message>
        <source>Fail over %1 to this node…</source>
        <translation>Basculement d&apos;urgence de %1 vers ce nœud…</translation>
    </message>
    <message>
        <source>Probe command</source>
        <translation>Commande de sonde</translation>
    </message>
    <message>
        <source>Raw probe output</source>
        <translation>Sortie brute de la sonde</translation>
    </message>
    <message>
        <source>Events of the selected node</source>
        <translation>Événements du nœud sélectionné</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 — site %2</source>
        <translation>%1 — site %2</translation>
    </message>
    <message>
        <source>STALE, %1 — %2</source>
        <translation>PÉRIMÉ, %1 — %2</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>jamais vu</translation>
    </message>
    <message>
        <source>last seen %1 ago</source>
        <translation>vu pour la dernière fois il y a %1</translation>
    </message>
    <message>
        <source>, round trip %1 ms</source>
        <translation>, aller-retour %1 ms</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
    <message>
        <source>a %1 · d %2 · h %3, oldest %4</source>
        <translation>a %1 · d %2 · h %3, plus ancien %4</translation>
    </message>
    <message>
        <source>No raw probe output for this node yet.</source>
        <translation>Pas encore de sortie brute de sonde pour ce nœud.</translation>
    </message>
</context>
<context>
    <name>mailha::NodeItem</name>
    <message>
        <source>never seen</source>
        <translation>jamais vu</translation>
    </message>
    <message>
        <source>last seen %1 ago</source>
        <translation>vu pour la dernière fois il y a %1</translation>
    </message>
    <message>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <source>lag %1 · %2</source>
        <translation>retard %1 · %2</translation>
    </message>
    <message>
        <source>queue a %1 · d %2 · h %3</source>
        <translation>file a %1 · d %2 · h %3</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Nœud %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>détient %1</translation>
    </message>
</context>
<context>
    <name>mailha::NodePoller</name>
    <message>
        <source>no probe for technology %1</source>
        <translation>aucune sonde pour la technologie %1</translation>
    </message>
</context>
<context>
    <name>mailha::ObjectivesModel</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not replicated</source>
        <translation>non répliqué</translation>
    </message>
    <message>
        <source>service down</source>
        <translation>service en panne</translation>
    </message>
    <message>
        <source>unknown (no candidate)</source>
        <translation>inconnu (aucun candidat)</translation>
    </message>
    <message>
        <source>%1 · %2%3</source>
        <translation>%1 · %2%3</translation>
    </message>
    <message>
        <source> — OVER OBJECTIVE</source>
        <translation> — AU-DELÀ DE L&apos;OBJECTIF</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>EN PANNE</translation>
    </message>
    <message>
        <source>N+%1 (needs N+%2)%3</source>
        <translation>N+%1 (N+%2 requis)%3</translation>
    </message>
    <message>
        <source> — LOST</source>
        <translation> — PERDUE</translation>
    </message>
    <message>
        <source>%1 (target %2 %)</source>
        <translation>%1 (cible %2 %)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>RTO objective</source>
        <translation>Objectif RTO</translation>
    </message>
    <message>
        <source>RPO objective</source>
        <translation>Objectif RPO</translation>
    </message>
    <message>
        <source>RPO if it failed now</source>
        <translation>RPO en cas de panne maintenant</translation>
    </message>
    <message>
        <source>Best candidate</source>
        <translation>Meilleur candidat</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <source>Uptime (this session)</source>
        <translation>Disponibilité (cette session)</translation>
    </message>
    <message>
        <source>Uptime (chart window)</source>
        <translation>Disponibilité (fenêtre du graphique)</translation>
    </message>
</context>
<context>
    <name>mailha::ObjectivesPanel</name>
    <message>
        <source>Objectives per service</source>
        <translation>Objectifs par service</translation>
    </message>
</context>
<context>
    <name>mailha::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Monitoring</source>
        <translation>&amp;Surveillance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Menus and panels that are already open keep their language until the console is started again.</source>
        <translation>Les menus et panneaux déjà ouverts gardent leur langue jusqu&apos;au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Poll interval:</source>
        <translation>&amp;Intervalle d&apos;interrogation :</translation>
    </message>
    <message>
        <source>For clusters whose file sets no poll_interval_ms; used from the next connection. The lab keeps its own simulated second.</source>
        <translation>Pour les clusters dont le fichier ne définit pas poll_interval_ms ; s&apos;applique à partir de la prochaine connexion. Le lab garde sa propre seconde simulée.</translation>
    </message>
    <message>
        <source>Default alert thresholds</source>
        <translation>Seuils d&apos;alerte par défaut</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>&amp;Queue depth</source>
        <translation>&amp;Profondeur de file</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messages</translation>
    </message>
    <message>
        <source>&amp;Oldest queued message</source>
        <translation>Message le plus &amp;ancien en file</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Replication lag (&amp;time)</source>
        <translation>Retard de réplication (&amp;temps)</translation>
    </message>
    <message>
        <source>Replication lag (&amp;bytes)</source>
        <translation>Retard de réplication (&amp;octets)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Disk free at most</source>
        <translation>Espace &amp;disque libre au plus</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1, warning</source>
        <translation>%1, avertissement</translation>
    </message>
    <message>
        <source>%1, critical</source>
        <translation>%1, critique</translation>
    </message>
    <message>
        <source>&amp;Stale after</source>
        <translation>Périm&amp;é après</translation>
    </message>
    <message>
        <source>Stale after this many poll intervals</source>
        <translation>Périmé après ce nombre d&apos;intervalles d&apos;interrogation</translation>
    </message>
    <message>
        <source> poll intervals</source>
        <translation> intervalles d&apos;interrogation</translation>
    </message>
    <message>
        <source>A cluster file&apos;s own thresholds (cluster defaults, group, node, link) override these.</source>
        <translation>Les seuils propres à un fichier de cluster (valeurs par défaut du cluster, groupe, nœud, lien) remplacent ceux-ci.</translation>
    </message>
</context>
<context>
    <name>mailha::Probe</name>
    <message>
        <source>not doveadm replicator status output: no &quot;username priority&quot; header</source>
        <translation>pas une sortie de doveadm replicator status : aucun en-tête &quot;username priority&quot;</translation>
    </message>
    <message>
        <source>user line has %1 fields, expected 6</source>
        <translation>la ligne utilisateur a %1 champs, 6 attendus</translation>
    </message>
    <message>
        <source>&quot;success sync&quot; is not H:MM:SS</source>
        <translation>&quot;success sync&quot; n&apos;est pas au format H:MM:SS</translation>
    </message>
    <message>
        <source>empty output</source>
        <translation>sortie vide</translation>
    </message>
    <message>
        <source>%1 users, %2 queued (%3 full), %4 failed, %5 syncing, stalest sync %6 ago</source>
        <translation>%1 utilisateurs, %2 en file (%3 complètes), %4 en échec, %5 en synchronisation, synchronisation la plus ancienne il y a %6</translation>
    </message>
    <message>
        <source>expected a JSON array of resources</source>
        <translation>tableau JSON de ressources attendu</translation>
    </message>
    <message>
        <source>resource without &quot;name&quot; or &quot;role&quot;</source>
        <translation>ressource sans &quot;name&quot; ni &quot;role&quot;</translation>
    </message>
    <message>
        <source>resource %1 has no device with a &quot;disk-state&quot;</source>
        <translation>la ressource %1 n&apos;a aucun périphérique avec &quot;disk-state&quot;</translation>
    </message>
    <message>
        <source>connection of %1 without &quot;connection-state&quot;</source>
        <translation>connexion de %1 sans &quot;connection-state&quot;</translation>
    </message>
    <message>
        <source>indented line before any resource</source>
        <translation>ligne indentée avant toute ressource</translation>
    </message>
    <message>
        <source>resource %1 without role: or disk:</source>
        <translation>ressource %1 sans role: ni disk:</translation>
    </message>
    <message>
        <source>empty output: no DRBD resource is configured</source>
        <translation>sortie vide : aucune ressource DRBD n&apos;est configurée</translation>
    </message>
    <message>
        <source>no DRBD resource in the output</source>
        <translation>aucune ressource DRBD dans la sortie</translation>
    </message>
    <message>
        <source>, split brain</source>
        <translation>, split brain</translation>
    </message>
    <message>
        <source>not HAProxy CSV: no &quot;# pxname,svname,...&quot; header</source>
        <translation>pas un CSV HAProxy : aucun en-tête &quot;# pxname,svname,...&quot;</translation>
    </message>
    <message>
        <source>CSV header lacks pxname, svname, status, scur or qcur</source>
        <translation>l&apos;en-tête CSV n&apos;a pas pxname, svname, status, scur ou qcur</translation>
    </message>
    <message>
        <source>row has %1 fields, the header %2</source>
        <translation>la ligne a %1 champs, l&apos;en-tête %2</translation>
    </message>
    <message>
        <source>%1 of %2 servers UP</source>
        <translation>%1 serveurs sur %2 UP</translation>
    </message>
    <message>
        <source>not /proc/loadavg: expected three load averages</source>
        <translation>pas /proc/loadavg : trois moyennes de charge attendues</translation>
    </message>
    <message>
        <source>no MemTotal line</source>
        <translation>aucune ligne MemTotal</translation>
    </message>
    <message>
        <source>memory low</source>
        <translation>mémoire faible</translation>
    </message>
    <message>
        <source>not df -P output: no &quot;Filesystem&quot; header</source>
        <translation>pas une sortie de df -P : aucun en-tête &quot;Filesystem&quot;</translation>
    </message>
    <message>
        <source>df line has no size and available bytes</source>
        <translation>la ligne df n&apos;a ni taille ni octets disponibles</translation>
    </message>
    <message>
        <source>%1 almost full</source>
        <translation>%1 presque plein</translation>
    </message>
    <message>
        <source>%1 filling up</source>
        <translation>%1 se remplit</translation>
    </message>
    <message>
        <source>%1 unit states for %2 units</source>
        <translation>%1 états d&apos;unité pour %2 unités</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>load %1, %2 of memory available</source>
        <translation>charge %1, %2 de mémoire disponible</translation>
    </message>
    <message>
        <source>instance without &quot;iname&quot; or a known &quot;state&quot;</source>
        <translation>instance sans &quot;iname&quot; ni &quot;state&quot; connu</translation>
    </message>
    <message>
        <source>not a VRRP state line (MASTER, BACKUP, FAULT)</source>
        <translation>pas une ligne d&apos;état VRRP (MASTER, BACKUP, FAULT)</translation>
    </message>
    <message>
        <source>empty VRRP state file</source>
        <translation>fichier d&apos;état VRRP vide</translation>
    </message>
    <message>
        <source>keepalived is %1</source>
        <translation>keepalived est %1</translation>
    </message>
    <message>
        <source>VRRP %1</source>
        <translation>VRRP %1</translation>
    </message>
    <message>
        <source>, holds %1</source>
        <translation>, détient %1</translation>
    </message>
    <message>
        <source>holds no virtual IP</source>
        <translation>ne détient aucune IP virtuelle</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>détient %1</translation>
    </message>
    <message>
        <source>no VRRP state file and no virtual IP known: set the vips or state_file parameter</source>
        <translation>aucun fichier d&apos;état VRRP et aucune IP virtuelle connue : définissez le paramètre vips ou state_file</translation>
    </message>
    <message>
        <source>unexpected row separator</source>
        <translation>séparateur de lignes inattendu</translation>
    </message>
    <message>
        <source>not a &quot;Name: value&quot; line of SHOW REPLICA STATUS\G</source>
        <translation>pas une ligne &quot;Name: value&quot; de SHOW REPLICA STATUS\G</translation>
    </message>
    <message>
        <source>field name &quot;%1&quot; is not a column name</source>
        <translation>le nom de champ &quot;%1&quot; n&apos;est pas un nom de colonne</translation>
    </message>
    <message>
        <source>not a &quot;name&lt;TAB&gt;value&quot; line</source>
        <translation>pas une ligne &quot;name&lt;TAB&gt;value&quot;</translation>
    </message>
    <message>
        <source>variable &quot;read_only&quot; missing or not ON/OFF</source>
        <translation>variable &quot;read_only&quot; absente ou différente de ON/OFF</translation>
    </message>
    <message>
        <source>source, writable</source>
        <translation>source, accessible en écriture</translation>
    </message>
    <message>
        <source>read-only, no replication configured</source>
        <translation>lecture seule, aucune réplication configurée</translation>
    </message>
    <message>
        <source>field &quot;Replica_IO_Running&quot;/&quot;Replica_SQL_Running&quot; missing</source>
        <translation>champ &quot;Replica_IO_Running&quot;/&quot;Replica_SQL_Running&quot; absent</translation>
    </message>
    <message>
        <source>replica of %1, IO %2, SQL %3, %4 behind</source>
        <translation>réplique de %1, IO %2, SQL %3, %4 de retard</translation>
    </message>
    <message>
        <source>empty output (exit status %1)</source>
        <translation>sortie vide (code de sortie %1)</translation>
    </message>
    <message>
        <source>unexpected root element &lt;%1&gt;</source>
        <translation>élément racine inattendu &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;node&gt; without a name</source>
        <translation>&lt;node&gt; sans nom</translation>
    </message>
    <message>
        <source>&lt;resource&gt; without an id</source>
        <translation>&lt;resource&gt; sans id</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>no XML document</source>
        <translation>aucun document XML</translation>
    </message>
    <message>
        <source>crm_mon reports status %1: %2</source>
        <translation>crm_mon signale le statut %1 : %2</translation>
    </message>
    <message>
        <source>no &lt;current_dc&gt; summary or no &lt;nodes&gt;: not crm_mon status</source>
        <translation>aucun résumé &lt;current_dc&gt; ou aucun &lt;nodes&gt; : pas un statut crm_mon</translation>
    </message>
    <message>
        <source>%1 of %2 nodes online, %3, DC %4</source>
        <translation>%1 nœuds sur %2 en ligne, %3, DC %4</translation>
    </message>
    <message>
        <source>quorate</source>
        <translation>quorum atteint</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>PAS DE QUORUM</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>, %1 failed resources, %2 failed actions</source>
        <translation>, %1 ressources en échec, %2 actions en échec</translation>
    </message>
    <message>
        <source>, this node (%1) is not in the cluster</source>
        <translation>, ce nœud (%1) n&apos;est pas dans le cluster</translation>
    </message>
    <message>
        <source>%1 active, %2 deferred, %3 hold, oldest %4</source>
        <translation>%1 active, %2 deferred, %3 hold, plus ancien %4</translation>
    </message>
    <message>
        <source>not a postqueue -j message record: %1</source>
        <translation>pas un enregistrement de message postqueue -j : %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>field &quot;queue_name&quot; or &quot;queue_id&quot; missing</source>
        <translation>champ &quot;queue_name&quot; ou &quot;queue_id&quot; absent</translation>
    </message>
    <message>
        <source>field &quot;arrival_time&quot;, &quot;message_size&quot; or &quot;recipients&quot; missing or of the wrong type</source>
        <translation>champ &quot;arrival_time&quot;, &quot;message_size&quot; ou &quot;recipients&quot; absent ou de mauvais type</translation>
    </message>
    <message>
        <source>not postqueue -p output: no &quot;-Queue ID-&quot; header</source>
        <translation>pas une sortie de postqueue -p : aucun en-tête &quot;-Queue ID-&quot;</translation>
    </message>
    <message>
        <source>message line has too few fields</source>
        <translation>la ligne de message a trop peu de champs</translation>
    </message>
    <message>
        <source>message line: size or arrival time unreadable</source>
        <translation>ligne de message : taille ou heure d&apos;arrivée illisible</translation>
    </message>
    <message>
        <source>recipient line outside a message</source>
        <translation>ligne de destinataire hors d&apos;un message</translation>
    </message>
    <message>
        <source>output ends before the &quot;-- N Kbytes in N Requests.&quot; line</source>
        <translation>la sortie se termine avant la ligne &quot;-- N Kbytes in N Requests.&quot;</translation>
    </message>
    <message>
        <source>Postfix is not running: %1</source>
        <translation>Postfix ne tourne pas : %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; missing or of the wrong type</source>
        <translation>champ &quot;%1&quot; absent ou de mauvais type</translation>
    </message>
    <message>
        <source>expected one JSON object</source>
        <translation>un seul objet JSON attendu</translation>
    </message>
    <message>
        <source>server version %1 is older than PostgreSQL 10</source>
        <translation>la version du serveur %1 est antérieure à PostgreSQL 10</translation>
    </message>
    <message>
        <source>primary at %1, %2 of %3 replicas streaming</source>
        <translation>primaire à %1, %2 répliques sur %3 en streaming</translation>
    </message>
    <message>
        <source>no WAL receiver</source>
        <translation>aucun WAL receiver</translation>
    </message>
    <message>
        <source>WAL receiver %1</source>
        <translation>WAL receiver %1</translation>
    </message>
    <message>
        <source>streaming from %1</source>
        <translation>streaming depuis %1</translation>
    </message>
    <message>
        <source>, replay paused</source>
        <translation>, rejeu en pause</translation>
    </message>
    <message>
        <source>standby, %1, %2 behind</source>
        <translation>standby, %1, %2 de retard</translation>
    </message>
    <message>
        <source>no output: the command was not run</source>
        <translation>aucune sortie : la commande n&apos;a pas été exécutée</translation>
    </message>
    <message>
        <source>could not run: %1</source>
        <translation>exécution impossible : %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>output cut at the transport&apos;s size limit</source>
        <translation>sortie tronquée à la limite de taille du transport</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>exited with status %1: %2</source>
        <translation>terminé avec le code %1 : %2</translation>
    </message>
    <message>
        <source>output is binary, not text</source>
        <translation>la sortie est binaire, pas du texte</translation>
    </message>
    <message>
        <source>%1 is not running: %2</source>
        <translation>%1 ne tourne pas : %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>expected a JSON array of interfaces</source>
        <translation>tableau JSON d&apos;interfaces attendu</translation>
    </message>
    <message>
        <source>interface without &quot;ifname&quot;</source>
        <translation>interface sans &quot;ifname&quot;</translation>
    </message>
    <message>
        <source>variable &quot;version&quot; missing</source>
        <translation>variable &quot;version&quot; absente</translation>
    </message>
    <message>
        <source>summary line does not match the %1 messages listed</source>
        <translation>la ligne de résumé ne correspond pas aux %1 messages listés</translation>
    </message>
    <message>
        <source>Postfix is not running; queue read from disk: %1</source>
        <translation>Postfix ne tourne pas ; file d&apos;attente lue sur le disque : %1</translation>
    </message>
    <message>
        <source>output ends inside a line: cut short</source>
        <translation>la sortie se termine au milieu d&apos;une ligne : tronquée</translation>
    </message>
    <message>
        <source>%1 is not a size in kB</source>
        <translation>%1 n&apos;est pas une taille en kB</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; out of range</source>
        <translation>champ &quot;%1&quot; hors limites</translation>
    </message>
</context>
<context>
    <name>mailha::Recording</name>
    <message>
        <source>cannot create recording %1: %2</source>
        <translation>impossible de créer l&apos;enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>cannot write recording %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>recording is not open</source>
        <translation>l&apos;enregistrement n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>cannot open recording %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a MailHA recording (bad magic)</source>
        <translation>%1 n&apos;est pas un enregistrement MailHA (nombre magique incorrect)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 at byte %3 (frame %4); replayed %n entries before it</source>
        <translation>
            <numerusform>%1 : %2 à l&apos;octet %3 (trame %4) ; %n entrée rejouée avant</numerusform>
            <numerusform>%1 : %2 à l&apos;octet %3 (trame %4) ; %n entrées rejouées avant</numerusform>
        </translation>
    </message>
    <message>
        <source>cut-off frame header</source>
        <translation>en-tête de trame tronqué</translation>
    </message>
    <message>
        <source>implausible frame length %1</source>
        <translation>longueur de trame invraisemblable %1</translation>
    </message>
    <message>
        <source>cut-off frame</source>
        <translation>trame tronquée</translation>
    </message>
    <message>
        <source>damaged frame (checksum mismatch)</source>
        <translation>trame endommagée (somme de contrôle incorrecte)</translation>
    </message>
    <message>
        <source>frame does not decompress</source>
        <translation>la trame ne se décompresse pas</translation>
    </message>
    <message>
        <source>malformed entry length</source>
        <translation>longueur d&apos;entrée mal formée</translation>
    </message>
    <message>
        <source>malformed entry</source>
        <translation>entrée mal formée</translation>
    </message>
    <message>
        <source>%1 has no header</source>
        <translation>%1 n&apos;a pas d&apos;en-tête</translation>
    </message>
    <message>
        <source>implausible uncompressed size</source>
        <translation>taille décompressée invraisemblable</translation>
    </message>
</context>
<context>
    <name>mailha::RecordingScenario</name>
    <message>
        <source>node %1 has no counterpart on the lab (nothing left of its technology); what happened to it is kept as notes</source>
        <translation>le nœud %1 n&apos;a pas d&apos;équivalent dans le lab (il n&apos;en reste aucun de sa technologie) ; ce qui lui est arrivé est conservé sous forme de notes</translation>
    </message>
    <message>
        <source>%1 %2 on %3, a node with no lab counterpart: not reproduced</source>
        <translation>%1 %2 sur %3, un nœud sans équivalent dans le lab : non reproduit</translation>
    </message>
    <message>
        <source>inferred from the recording: %1</source>
        <translation>déduit de l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source> (recorded node %1)</source>
        <translation> (nœud enregistré %1)</translation>
    </message>
    <message>
        <source>%1 every node of site %2 stopped answering at once: a site loss, reproduced as a crash of each node</source>
        <translation>%1 tous les nœuds du site %2 ont cessé de répondre en même temps : une perte de site, reproduite par un crash de chaque nœud</translation>
    </message>
    <message>
        <source>%1 stopped answering (%2)</source>
        <translation>%1 ne répond plus (%2)</translation>
    </message>
    <message>
        <source>%1 fell %2 behind %3 while both answered</source>
        <translation>%1 a pris %2 de retard sur %3 alors que les deux répondaient</translation>
    </message>
    <message>
        <source>%1 replication links between the sites broke at once</source>
        <translation>%1 liens de réplication entre les sites ont été rompus en même temps</translation>
    </message>
    <message>
        <source>%1 stopped replicating while it and its upstream answered</source>
        <translation>%1 a cessé de répliquer alors que lui-même et sa source répondaient</translation>
    </message>
    <message>
        <source>both DRBD peers of %1 became Primary</source>
        <translation>les deux pairs DRBD de %1 sont devenus Primary</translation>
    </message>
    <message>
        <source>two VRRP masters in %1: the sites lost each other</source>
        <translation>deux maîtres VRRP dans %1 : les sites se sont perdus de vue</translation>
    </message>
    <message>
        <source>%1 split brain in %2 (%3): no lab fault reproduces it on its own</source>
        <translation>%1 split brain dans %2 (%3) : aucune panne du lab ne le reproduit à elle seule</translation>
    </message>
    <message>
        <source>%1 %2 had no active member although its nodes answered</source>
        <translation>%1 %2 n&apos;avait aucun membre actif alors que ses nœuds répondaient</translation>
    </message>
    <message>
        <source>the DRBD link went down with both peers answering</source>
        <translation>le lien DRBD est tombé alors que les deux pairs répondaient</translation>
    </message>
    <message>
        <source>mail queues built up (%1)</source>
        <translation>les files d&apos;attente de messagerie se sont remplies (%1)</translation>
    </message>
    <message>
        <source>the VRRP master changed %1 times within a minute</source>
        <translation>le maître VRRP a changé %1 fois en une minute</translation>
    </message>
    <message numerus="yes">
        <source>the VIP moved %n time(s) without flapping: not reproduced (an operator&apos;s move is the trainee&apos;s job)</source>
        <translation>
            <numerusform>la VIP a été déplacée %n fois sans oscillation : non reproduit (un déplacement par l&apos;opérateur revient au stagiaire)</numerusform>
            <numerusform>la VIP a été déplacée %n fois sans oscillation : non reproduit (un déplacement par l&apos;opérateur revient au stagiaire)</numerusform>
        </translation>
    </message>
    <message>
        <source># Made by &apos;mailhactl record to-scenario&apos; from the recording %1.
</source>
        <translation># Créé par &apos;mailhactl record to-scenario&apos; à partir de l&apos;enregistrement %1.
</translation>
    </message>
    <message>
        <source># Recorded cluster: %1, starting %2.
</source>
        <translation># Cluster enregistré : %1, à partir de %2.
</translation>
    </message>
    <message>
        <source># Lab stand-ins: %1.
</source>
        <translation># Équivalents dans le lab : %1.
</translation>
    </message>
    <message>
        <source># Seen in the recording and not turned into a lab fault:
</source>
        <translation># Vu dans l&apos;enregistrement et non converti en panne de lab :
</translation>
    </message>
    <message>
        <source>%1 holds no samples to make a scenario from</source>
        <translation>%1 ne contient aucune mesure à partir de laquelle créer un scénario</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>Recorded incident on %1, %2</source>
        <translation>Incident enregistré sur %1, %2</translation>
    </message>
    <message>
        <source>A replay of a real incident on %1 (%2), on the lab. You are on call for the mail platform.</source>
        <translation>Le rejeu d&apos;un incident réel sur %1 (%2), dans le lab. Vous êtes d&apos;astreinte pour la plateforme de messagerie.</translation>
    </message>
    <message>
        <source>What the recording showed: %1. Compare the trainee&apos;s response with what the operators did then (the notes at the top of the scenario file).</source>
        <translation>Ce que l&apos;enregistrement a montré : %1. Comparez la réponse du stagiaire avec ce que les opérateurs ont fait à l&apos;époque (les notes en tête du fichier de scénario).</translation>
    </message>
    <message>
        <source>no fault the lab can reproduce</source>
        <translation>aucune panne que le lab puisse reproduire</translation>
    </message>
    <message>
        <source>the recording is cut off: %1</source>
        <translation>l&apos;enregistrement est tronqué : %1</translation>
    </message>
</context>
<context>
    <name>mailha::Runbook</name>
    <message>
        <source>unterminated &apos;{{&apos; in &quot;%1&quot;</source>
        <translation>&apos;{{&apos; non fermé dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad placeholder &apos;{{%1}}&apos;</source>
        <translation>espace réservé invalide &apos;{{%1}}&apos;</translation>
    </message>
    <message>
        <source>stray &apos;}}&apos; in &quot;%1&quot;</source>
        <translation>&apos;}}&apos; isolé dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the runbook has no id</source>
        <translation>le runbook n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>the runbook has no steps</source>
        <translation>le runbook n&apos;a aucune étape</translation>
    </message>
    <message>
        <source>parameter name &apos;%1&apos; must match [a-z][a-z0-9_]*</source>
        <translation>le nom de paramètre &apos;%1&apos; doit correspondre à [a-z][a-z0-9_]*</translation>
    </message>
    <message>
        <source>parameter name &apos;%1&apos; is reserved</source>
        <translation>le nom de paramètre &apos;%1&apos; est réservé</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is declared twice</source>
        <translation>le paramètre &apos;%1&apos; est déclaré deux fois</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; has no type</source>
        <translation>le paramètre &apos;%1&apos; n&apos;a pas de type</translation>
    </message>
    <message>
        <source>{{cluster}} may only stand as a whole argument</source>
        <translation>{{cluster}} ne peut figurer que comme argument entier</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>paramètre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;.%1&apos; needs a node parameter, &apos;%2&apos; is not one</source>
        <translation>&apos;.%1&apos; exige un paramètre de nœud, &apos;%2&apos; n&apos;en est pas un</translation>
    </message>
    <message>
        <source>node list &apos;%1&apos; cannot be an argument; target the step at it instead</source>
        <translation>la liste de nœuds &apos;%1&apos; ne peut pas être un argument ; ciblez plutôt l&apos;étape sur elle</translation>
    </message>
    <message>
        <source>text parameter &apos;%1&apos; may only stand as a whole argument, never inside one</source>
        <translation>le paramètre texte &apos;%1&apos; ne peut figurer que comme argument entier, jamais à l&apos;intérieur d&apos;un argument</translation>
    </message>
    <message>
        <source>step %1 has no id</source>
        <translation>l&apos;étape %1 n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>step id &apos;%1&apos; is used twice</source>
        <translation>l&apos;id d&apos;étape &apos;%1&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no kind</source>
        <translation>l&apos;étape &apos;%1&apos; n&apos;a pas de type (kind)</translation>
    </message>
    <message>
        <source>COMMAND step &apos;%1&apos; has no argv</source>
        <translation>l&apos;étape COMMAND &apos;%1&apos; n&apos;a pas d&apos;argv</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; needs argv or a condition</source>
        <translation>l&apos;étape &apos;%1&apos; exige argv ou une condition</translation>
    </message>
    <message>
        <source>MANUAL step &apos;%1&apos; cannot run a command</source>
        <translation>l&apos;étape MANUAL &apos;%1&apos; ne peut pas exécuter de commande</translation>
    </message>
    <message>
        <source>MANUAL step &apos;%1&apos; has no instructions</source>
        <translation>l&apos;étape MANUAL &apos;%1&apos; n&apos;a pas d&apos;instructions</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; runs a command but names no node</source>
        <translation>l&apos;étape &apos;%1&apos; exécute une commande mais ne désigne aucun nœud</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: node must be a node id or one {{parameter}}</source>
        <translation>étape &apos;%1&apos; : le nœud doit être un id de nœud ou un seul {{parameter}}</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: &apos;%2&apos; is not a node parameter</source>
        <translation>étape &apos;%1&apos; : &apos;%2&apos; n&apos;est pas un paramètre de nœud</translation>
    </message>
    <message>
        <source>value of &apos;%1&apos; starts with &apos;-&apos; and could pass for an option</source>
        <translation>la valeur de &apos;%1&apos; commence par &apos;-&apos; et pourrait passer pour une option</translation>
    </message>
    <message>
        <source>value of &apos;%1&apos; contains a NUL or newline</source>
        <translation>la valeur de &apos;%1&apos; contient un NUL ou un saut de ligne</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (for &apos;%2&apos;) runs no %3</source>
        <translation>le nœud &apos;%1&apos; (pour &apos;%2&apos;) n&apos;exécute aucun %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for &apos;%2&apos;) is not a node of cluster %3</source>
        <translation>&apos;%1&apos; (pour &apos;%2&apos;) n&apos;est pas un nœud du cluster %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (for &apos;%2&apos;) is not a service group of cluster %3</source>
        <translation>&apos;%1&apos; (pour &apos;%2&apos;) n&apos;est pas un groupe de services du cluster %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid identifier for &apos;%2&apos; ([A-Za-z0-9_.-])</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant valide pour &apos;%2&apos; ([A-Za-z0-9_.-])</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre entier pour &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;est ni un nom d&apos;hôte ni une adresse pour &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain absolute path for &apos;%2&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas un simple chemin absolu pour &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;{{%1.%2}}&apos;: &apos;%3&apos; is not a node</source>
        <translation>&apos;{{%1.%2}}&apos; : &apos;%3&apos; n&apos;est pas un nœud</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; of {{%2}} has characters that are not allowed inside an argument</source>
        <translation>la valeur &quot;%1&quot; de {{%2}} contient des caractères non autorisés dans un argument</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; of {{%2}} starts with &apos;-&apos; and could pass for an option</source>
        <translation>la valeur &quot;%1&quot; de {{%2}} commence par &apos;-&apos; et pourrait passer pour une option</translation>
    </message>
    <message>
        <source>not a runbook in Protobuf text format</source>
        <translation>pas un runbook au format texte Protobuf</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>no runbook with id &apos;%1&apos;</source>
        <translation>aucun runbook avec l&apos;id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>runbook %1 has no parameter &apos;%2&apos;</source>
        <translation>le runbook %1 n&apos;a pas de paramètre &apos;%2&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is required (%2)</source>
        <translation>le paramètre &apos;%1&apos; est obligatoire (%2)</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: &apos;%2&apos; is not a node of cluster %3</source>
        <translation>étape &apos;%1&apos; : &apos;%2&apos; n&apos;est pas un nœud du cluster %3</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: %2</source>
        <translation>étape &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>Runbook %1 — %2 on cluster %3%4</source>
        <translation>Runbook %1 — %2 sur le cluster %3%4</translation>
    </message>
    <message>
        <source> (LAB, simulated)</source>
        <translation> (LAB, simulé)</translation>
    </message>
    <message>
        <source>WARNING: this runbook can lose data (forced failover).</source>
        <translation>ATTENTION : ce runbook peut perdre des données (basculement d&apos;urgence forcé).</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Rien n&apos;a encore été exécuté.</translation>
    </message>
</context>
<context>
    <name>mailha::RunbookExecutor</name>
    <message>
        <source>Rollback: %1</source>
        <translation>Retour arrière : %1</translation>
    </message>
</context>
<context>
    <name>mailha::RunbookPanel</name>
    <message>
        <source>Interrupted runs</source>
        <translation>Exécutions interrompues</translation>
    </message>
    <message>
        <source>Steps marked UNKNOWN were started when the console stopped. Tick the ones you have checked did run: they are skipped. The others run again.</source>
        <translation>Les étapes marquées INCONNU avaient démarré quand la console s&apos;est arrêtée. Cochez celles dont vous avez vérifié qu&apos;elles se sont exécutées : elles seront ignorées. Les autres seront réexécutées.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>reason to abandon</source>
        <translation>raison de l&apos;abandon</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>type the cluster name (%1) to run</source>
        <translation>saisissez le nom du cluster (%1) pour exécuter</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>note (optional)</source>
        <translation>note (facultatif)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1 (défectueux)</translation>
    </message>
    <message>
        <source>WARNING: this runbook can lose data.</source>
        <translation>ATTENTION : ce runbook peut perdre des données.</translation>
    </message>
    <message>
        <source>, optional</source>
        <translation>, facultatif</translation>
    </message>
    <message>
        <source>Waiting for you: %1</source>
        <translation>En attente de votre action : %1</translation>
    </message>
    <message>
        <source>Run %1%2</source>
        <translation>Exécution %1%2</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>%1 on %2, started %3 by %4</source>
        <translation>%1 sur %2, démarré %3 par %4</translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation>Reprise impossible : %1</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>étape %1 %2</translation>
    </message>
    <message>
        <source>checked as done, skipped</source>
        <translation>vérifiée comme faite, ignorée</translation>
    </message>
    <message>
        <source>runs again</source>
        <translation>réexécutée</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reprise</translation>
    </message>
</context>
<context>
    <name>mailha::RunbookRun</name>
    <message>
        <source>no journal: refusing to change a cluster without an audit trail</source>
        <translation>aucun journal : refus de modifier un cluster sans piste d&apos;audit</translation>
    </message>
    <message>
        <source>the plan has errors: %1</source>
        <translation>le plan contient des erreurs : %1</translation>
    </message>
    <message>
        <source>a lab plan runs only on the lab cluster</source>
        <translation>un plan de lab ne s&apos;exécute que sur le cluster de lab</translation>
    </message>
    <message>
        <source>the lab cannot run a plan for the real cluster %1, and lab commands never reach a real host</source>
        <translation>le lab ne peut pas exécuter un plan pour le cluster réel %1, et les commandes du lab n&apos;atteignent jamais un hôte réel</translation>
    </message>
    <message>
        <source>the journalled run has %1 steps, the plan %2</source>
        <translation>l&apos;exécution journalisée compte %1 étapes, le plan %2</translation>
    </message>
    <message>
        <source>step %1 (%2) was started and has no result: decide whether to run it again or skip it</source>
        <translation>l&apos;étape %1 (%2) a démarré et n&apos;a pas de résultat : décidez s&apos;il faut la réexécuter ou l&apos;ignorer</translation>
    </message>
    <message>
        <source>lab and real clusters cannot be mixed</source>
        <translation>les clusters de lab et réels ne peuvent pas être mélangés</translation>
    </message>
    <message>
        <source>the run was not started</source>
        <translation>l&apos;exécution n&apos;a pas été démarrée</translation>
    </message>
    <message>
        <source>all %1 steps done</source>
        <translation>les %1 étapes sont terminées</translation>
    </message>
    <message>
        <source>aborted by the operator before step %1</source>
        <translation>interrompu par l&apos;opérateur avant l&apos;étape %1</translation>
    </message>
    <message>
        <source>aborted by the operator during step %1</source>
        <translation>interrompu par l&apos;opérateur pendant l&apos;étape %1</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>l&apos;étape %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>retour arrière : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>the journal could not record the result: %1</source>
        <translation>le journal n&apos;a pas pu enregistrer le résultat : %1</translation>
    </message>
    <message>
        <source>a manual step needs an operator to follow it</source>
        <translation>une étape manuelle exige qu&apos;un opérateur la suive</translation>
    </message>
    <message>
        <source>aborted by the operator</source>
        <translation>interrompu par l&apos;opérateur</translation>
    </message>
    <message>
        <source>aborted by the operator while waiting</source>
        <translation>interrompu par l&apos;opérateur pendant l&apos;attente</translation>
    </message>
    <message>
        <source>did not hold within %1 (%2 attempts); last: %3</source>
        <translation>non vérifié dans le délai de %1 (%2 tentatives) ; dernier résultat : %3</translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>délai dépassé après %1</translation>
    </message>
    <message>
        <source>exit status %1, expected %2: %3</source>
        <translation>code de sortie %1, attendu %2 : %3</translation>
    </message>
    <message>
        <source>output &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>sortie &quot;%1&quot;, attendu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>output does not contain &quot;%1&quot;</source>
        <translation>la sortie ne contient pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no live cluster state to check against</source>
        <translation>aucun état en direct du cluster à comparer</translation>
    </message>
    <message>
        <source>%1 is not reachable (%2)</source>
        <translation>%1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>%1 %2 is %3, expected %4</source>
        <translation>%1 %2 est %3, attendu %4</translation>
    </message>
    <message>
        <source>%1 runs no service %2</source>
        <translation>%1 n&apos;exécute aucun service %2</translation>
    </message>
    <message>
        <source>%1 is not in the live state</source>
        <translation>%1 n&apos;est pas dans l&apos;état en direct</translation>
    </message>
    <message>
        <source>Interrupted run %1 of %2 on %3, started %4 by %5</source>
        <translation>Exécution interrompue %1 de %2 sur %3, démarrée %4 par %5</translation>
    </message>
    <message>
        <source>the plan now has %1 steps, the journalled run had %2</source>
        <translation>le plan compte maintenant %1 étapes, l&apos;exécution journalisée en avait %2</translation>
    </message>
    <message>
        <source>step %1 differs: now &apos;%2&apos; on %3, journalled &apos;%4&apos; on %5</source>
        <translation>l&apos;étape %1 diffère : maintenant &apos;%2&apos; sur %3, journalisé &apos;%4&apos; sur %5</translation>
    </message>
    <message>
        <source>%1 — the command was sent to %2 but its result never came back, so it may have run. Check %2 before you retry or skip this step.</source>
        <translation>%1 — la commande a été envoyée à %2 mais son résultat n&apos;est jamais revenu, elle a donc pu s&apos;exécuter. Vérifiez %2 avant de réessayer ou d&apos;ignorer cette étape.</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>aucun code de sortie</translation>
    </message>
</context>
<context>
    <name>mailha::Scenarios</name>
    <message>
        <source>the scenario has no id</source>
        <translation>le scénario n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>duration_s must be positive</source>
        <translation>duration_s doit être positif</translation>
    </message>
    <message>
        <source>objectives.group &apos;%1&apos; is not a service group of the lab</source>
        <translation>objectives.group &apos;%1&apos; n&apos;est pas un groupe de services du lab</translation>
    </message>
    <message>
        <source>fault %1: unknown fault &apos;%2&apos;</source>
        <translation>panne %1 : panne inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>fault %1: %2</source>
        <translation>panne %1 : %2</translation>
    </message>
    <message>
        <source>fault %1: at_s %2 is outside the scenario</source>
        <translation>panne %1 : at_s %2 est en dehors du scénario</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>no scenario file or built-in scenario named &apos;%1&apos; (built in: %2)</source>
        <translation>aucun fichier de scénario ni scénario intégré nommé &apos;%1&apos; (intégrés : %2)</translation>
    </message>
    <message>
        <source>%1: action %2: unknown node &apos;%3&apos;</source>
        <translation>%1 : action %2 : nœud inconnu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: action %2: unknown fault &apos;%3&apos;</source>
        <translation>%1 : action %2 : panne inconnue &apos;%3&apos;</translation>
    </message>
    <message>
        <source>fault %1%2</source>
        <translation>panne %1%2</translation>
    </message>
    <message>
        <source>fault %1 ends</source>
        <translation>fin de la panne %1</translation>
    </message>
    <message>
        <source>%1 impaired: %2</source>
        <translation>%1 dégradé : %2</translation>
    </message>
    <message>
        <source>%1 impaired again</source>
        <translation>%1 de nouveau dégradé</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 rétabli</translation>
    </message>
    <message>
        <source>operator: %1</source>
        <translation>opérateur : %1</translation>
    </message>
    <message>
        <source>repaired %1</source>
        <translation>%1 réparé</translation>
    </message>
    <message>
        <source>  exit %1: %2</source>
        <translation>  sortie %1 : %2</translation>
    </message>
    <message>
        <source>%1 promoted; %2 of writes it never had</source>
        <translation>%1 promu ; %2 d&apos;écritures qu&apos;il n&apos;a jamais reçues</translation>
    </message>
    <message>
        <source>%1 became DRBD Primary; %2 out of sync on its peer lost</source>
        <translation>%1 est devenu DRBD Primary ; %2 non synchronisés sur son pair perdus</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> pendant %1</translation>
    </message>
</context>
<context>
    <name>mailha::ServiceTable</name>
    <message>
        <source>Filter nodes and services…</source>
        <translation>Filtrer les nœuds et services…</translation>
    </message>
    <message>
        <source>Filter the service table</source>
        <translation>Filtrer le tableau des services</translation>
    </message>
    <message>
        <source>Nodes and services</source>
        <translation>Nœuds et services</translation>
    </message>
</context>
<context>
    <name>mailha::ServiceTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (périmé)</translation>
    </message>
    <message>
        <source>a %1 · d %2 · h %3</source>
        <translation>a %1 · d %2 · h %3</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>jamais vu</translation>
    </message>
    <message>
        <source>stale, last seen %1 ago</source>
        <translation>périmé, vu pour la dernière fois il y a %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Queue (active · deferred · hold)</source>
        <translation>File d&apos;attente (active · deferred · hold)</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
</context>
<context>
    <name>mailha::SessionController</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Open the built-in &amp;lab</source>
        <translation>Ouvrir le &amp;lab intégré</translation>
    </message>
    <message>
        <source>&amp;Replay a recording…</source>
        <translation>Re&amp;jouer un enregistrement…</translation>
    </message>
    <message>
        <source>Replay a recording</source>
        <translation>Rejouer un enregistrement</translation>
    </message>
    <message>
        <source>MailHA recordings (*.mhrec);;All files (*)</source>
        <translation>Enregistrements MailHA (*.mhrec);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Lab</translation>
    </message>
    <message>
        <source>&amp;Instructor panel</source>
        <translation>Panneau &amp;formateur</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Record this session…</source>
        <translation>&amp;Enregistrer cette session…</translation>
    </message>
    <message>
        <source>&amp;Stop recording</source>
        <translation>&amp;Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Record this session</source>
        <translation>Enregistrer cette session</translation>
    </message>
    <message>
        <source>MailHA recordings (*.mhrec)</source>
        <translation>Enregistrements MailHA (*.mhrec)</translation>
    </message>
    <message>
        <source>Cannot open cluster</source>
        <translation>Impossible d&apos;ouvrir le cluster</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was connected.</source>
        <translation>%1 contient des erreurs ; aucune connexion n&apos;a été établie.</translation>
    </message>
    <message>
        <source>Key passphrase for %1</source>
        <translation>Phrase de passe de la clé pour %1</translation>
    </message>
    <message>
        <source>Cannot replay</source>
        <translation>Impossible de rejouer</translation>
    </message>
    <message>
        <source>Journal unavailable</source>
        <translation>Journal indisponible</translation>
    </message>
    <message>
        <source>No change can be made to the cluster without a journal: %1</source>
        <translation>Aucune modification du cluster n&apos;est possible sans journal : %1</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>A recording is being replayed: nothing can be changed.</source>
        <translation>Un enregistrement est en cours de rejeu : rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Enregistrement arrêté</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie de l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Switch over %1…</source>
        <translation>Bascule de %1…</translation>
    </message>
    <message>
        <source>Fail over %1…</source>
        <translation>Basculement d&apos;urgence de %1…</translation>
    </message>
    <message>
        <source>(no active-passive service)</source>
        <translation>(aucun service actif-passif)</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>&amp;Runbooks</translation>
    </message>
    <message>
        <source>&amp;Turn a recording into a scenario…</source>
        <translation>&amp;Transformer un enregistrement en scénario…</translation>
    </message>
    <message>
        <source>Turn a recording into a scenario</source>
        <translation>Transformer un enregistrement en scénario</translation>
    </message>
    <message>
        <source>Save the training scenario</source>
        <translation>Enregistrer le scénario de formation</translation>
    </message>
    <message>
        <source>Lab scenarios (*.textproto)</source>
        <translation>Scénarios de lab (*.textproto)</translation>
    </message>
    <message>
        <source>No scenario made</source>
        <translation>Aucun scénario créé</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Scenario %1 written to %2: %n fault(s) inferred</source>
        <translation>
            <numerusform>Scénario %1 écrit dans %2 : %n panne déduite</numerusform>
            <numerusform>Scénario %1 écrit dans %2 : %n pannes déduites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n observation(s) kept as notes</source>
        <translation>
            <numerusform>, %n observation conservée comme note</numerusform>
            <numerusform>, %n observations conservées comme notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailha::Shell</name>
    <message>
        <source>empty command</source>
        <translation>commande vide</translation>
    </message>
    <message>
        <source>argument %1 contains a NUL character</source>
        <translation>l&apos;argument %1 contient un caractère NUL</translation>
    </message>
    <message>
        <source>unterminated single quote</source>
        <translation>apostrophe simple non fermée</translation>
    </message>
    <message>
        <source>expansion inside double quotes is not supported</source>
        <translation>l&apos;expansion entre guillemets doubles n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>unterminated double quote</source>
        <translation>guillemet double non fermé</translation>
    </message>
    <message>
        <source>trailing backslash</source>
        <translation>barre oblique inverse finale</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2: only simple commands are accepted</source>
        <translation>&apos;%1&apos; à la colonne %2 : seules les commandes simples sont acceptées</translation>
    </message>
</context>
<context>
    <name>mailha::SshSession</name>
    <message>
        <source>this cluster is marked lab: true; SSH never connects to it</source>
        <translation>ce cluster est marqué lab: true ; SSH ne s&apos;y connecte jamais</translation>
    </message>
    <message>
        <source>no node &quot;%1&quot; in the cluster</source>
        <translation>aucun nœud &quot;%1&quot; dans le cluster</translation>
    </message>
    <message>
        <source>no command answered within %1 ms</source>
        <translation>aucune commande n&apos;a répondu en %1 ms</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>TCP connect timed out after %1 ms</source>
        <translation>délai de connexion TCP dépassé après %1 ms</translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>impossible de se connecter à %1 port %2 : %3</translation>
    </message>
    <message>
        <source>refusing host name &quot;%1&quot;: not a host name, address or ssh alias</source>
        <translation>nom d&apos;hôte &quot;%1&quot; refusé : ni nom d&apos;hôte, ni adresse, ni alias ssh</translation>
    </message>
    <message>
        <source>refusing user name &quot;%1&quot;</source>
        <translation>nom d&apos;utilisateur &quot;%1&quot; refusé</translation>
    </message>
    <message>
        <source>refusing jump host &quot;%1&quot;</source>
        <translation>hôte de rebond &quot;%1&quot; refusé</translation>
    </message>
    <message>
        <source>libssh failed to initialise</source>
        <translation>échec de l&apos;initialisation de libssh</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot read ssh config: %1</source>
        <translation>impossible de lire la configuration ssh : %1</translation>
    </message>
    <message>
        <source>refusing HostName &quot;%1&quot; from the ssh config</source>
        <translation>HostName &quot;%1&quot; de la configuration ssh refusé</translation>
    </message>
    <message>
        <source>cannot build the jump host command: %1</source>
        <translation>impossible de construire la commande de l&apos;hôte de rebond : %1</translation>
    </message>
    <message>
        <source>&apos;%&apos; in a path</source>
        <translation>&apos;%&apos; dans un chemin</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer within %2 ms (%3)</source>
        <translation>%1 a accepté la connexion mais n&apos;a pas répondu en %2 ms (%3)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1. The server now presents %2 key %3, which is not the key recorded in %4. Someone may be intercepting the connection (man-in-the-middle), or the host was reinstalled. The console will not connect to this node until you have verified the new key with the host&apos;s administrator and removed the old entry (ssh-keygen -R %5 -f %4).</source>
        <translation>CLÉ D&apos;HÔTE MODIFIÉE pour %1. Le serveur présente maintenant la clé %2 %3, qui n&apos;est pas la clé enregistrée dans %4. Quelqu&apos;un intercepte peut-être la connexion (attaque de l&apos;homme du milieu), ou l&apos;hôte a été réinstallé. La console ne se connectera pas à ce nœud tant que vous n&apos;aurez pas vérifié la nouvelle clé auprès de l&apos;administrateur de l&apos;hôte et supprimé l&apos;ancienne entrée (ssh-keygen -R %5 -f %4).</translation>
    </message>
    <message>
        <source>unknown host key for %1: %2 %3 is not in %4 and was not accepted</source>
        <translation>clé d&apos;hôte inconnue pour %1 : %2 %3 ne figure pas dans %4 et n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <source>cannot record the host key in %1: %2</source>
        <translation>impossible d&apos;enregistrer la clé d&apos;hôte dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot check the host key of %1 against %2: %3</source>
        <translation>impossible de vérifier la clé d&apos;hôte de %1 par rapport à %2 : %3</translation>
    </message>
    <message>
        <source>connection to %1 failed during authentication: %2</source>
        <translation>la connexion à %1 a échoué lors de l&apos;authentification : %2</translation>
    </message>
    <message>
        <source>%1 refused every key (ssh-agent%2 and the key files); the server offers: %3</source>
        <translation>%1 a refusé toutes les clés (ssh-agent%2 et les fichiers de clés) ; le serveur propose : %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>live (%1)</source>
        <translation>en ligne (%1)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot create a channel</source>
        <translation>impossible de créer un canal</translation>
    </message>
    <message>
        <source>cannot open a channel</source>
        <translation>impossible d&apos;ouvrir un canal</translation>
    </message>
    <message>
        <source>cannot start the command</source>
        <translation>impossible de lancer la commande</translation>
    </message>
    <message>
        <source>reading the output failed</source>
        <translation>échec de la lecture de la sortie</translation>
    </message>
    <message>
        <source>lost before the exit status</source>
        <translation>perdue avant le code de sortie</translation>
    </message>
    <message>
        <source>command %1 did not finish within %2 ms</source>
        <translation>la commande %1 ne s&apos;est pas terminée en %2 ms</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>connexion à %1 perdue</translation>
    </message>
    <message>
        <source>connection to %1 lost (keepalive failed)</source>
        <translation>connexion à %1 perdue (échec du keepalive)</translation>
    </message>
    <message>
        <source>cannot start the streaming shell</source>
        <translation>impossible de démarrer le shell de streaming</translation>
    </message>
    <message>
        <source>cannot send the command</source>
        <translation>impossible d&apos;envoyer la commande</translation>
    </message>
    <message>
        <source>the streaming shell ended</source>
        <translation>le shell de streaming s&apos;est terminé</translation>
    </message>
</context>
<context>
    <name>mailha::SshSource</name>
    <message>
        <source>this cluster is marked lab: true; SSH never connects to it</source>
        <translation>ce cluster est marqué lab: true ; SSH ne s&apos;y connecte jamais</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
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
        <translation>aucun nœud périmé</translation>
    </message>
</context>
<context>
    <name>mailha::TextProto</name>
    <message>
        <source>%1: not valid Protobuf text format</source>
        <translation>%1 : format texte Protobuf invalide</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailha::Timeline</name>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Time travel: show the cluster at an earlier moment</source>
        <translation>Voyage dans le temps : afficher le cluster à un instant antérieur</translation>
    </message>
    <message>
        <source>Return to the live state</source>
        <translation>Revenir à l&apos;état en direct</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>HISTORY: %1 (%2 ago)</source>
        <translation>HISTORIQUE : %1 (il y a %2)</translation>
    </message>
    <message>
        <source>started runbook %1 (%2 steps)</source>
        <translation>runbook %1 démarré (%2 étapes)</translation>
    </message>
    <message>
        <source>overrides: %1</source>
        <translation>dérogations : %1</translation>
    </message>
    <message>
        <source>step %1 %2</source>
        <translation>étape %1 %2</translation>
    </message>
    <message>
        <source>step %1 skipped: %2</source>
        <translation>étape %1 ignorée : %2</translation>
    </message>
    <message>
        <source>override of %1: %2</source>
        <translation>dérogation pour %1 : %2</translation>
    </message>
    <message>
        <source>runbook %1 %2: %3</source>
        <translation>runbook %1 %2 : %3</translation>
    </message>
    <message>
        <source>interrupted run of %1 abandoned: %2</source>
        <translation>exécution interrompue de %1 abandonnée : %2</translation>
    </message>
    <message>
        <source>interrupted run of %1 resumed: %2</source>
        <translation>exécution interrompue de %1 reprise : %2</translation>
    </message>
    <message>
        <source>line %1: not a cluster event</source>
        <translation>ligne %1 : pas un événement du cluster</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>%1 events from %2 to %3.</source>
        <translation>%1 événements de %2 à %3.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>Lancer ou mettre en pause le rejeu</translation>
    </message>
    <message>
        <source>Replay at %1 times</source>
        <translation>Rejeu à %1 fois la vitesse</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Pause the replay</source>
        <translation>Mettre le rejeu en pause</translation>
    </message>
    <message>
        <source>Play the replay</source>
        <translation>Lancer le rejeu</translation>
    </message>
</context>
<context>
    <name>mailha::TimelineView</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Who / where</source>
        <translation>Qui / où</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Add a note to the timeline (goes into the journal)</source>
        <translation>Ajouter une note à la chronologie (elle est consignée dans le journal)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
</context>
<context>
    <name>mailha::TopologyView</name>
    <message>
        <source>Cluster topology</source>
        <translation>Topologie du cluster</translation>
    </message>
    <message>
        <source>%1 has %2 active members (%3)</source>
        <translation>%1 a %2 membres actifs (%3)</translation>
    </message>
    <message>
        <source>%1 is DOWN: no active member</source>
        <translation>%1 est EN PANNE : aucun membre actif</translation>
    </message>
    <message>
        <source>%1 lost redundancy: N+%2, needs N+%3</source>
        <translation>%1 a perdu sa redondance : N+%2, N+%3 requis</translation>
    </message>
    <message>
        <source>%1 RPO over objective: a failover now loses %2 (objective %3)</source>
        <translation>%1 RPO au-delà de l&apos;objectif : un basculement maintenant perdrait %2 (objectif %3)</translation>
    </message>
    <message>
        <source>SPLIT BRAIN — %1. Fence one side before anything else.</source>
        <translation>SPLIT BRAIN — %1. Isolez un côté avant toute autre chose.</translation>
    </message>
    <message>
        <source>Show details of %1</source>
        <translation>Afficher les détails de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Switch over %1 to %2…</source>
        <translation>Basculer %1 vers %2…</translation>
    </message>
    <message>
        <source>Fail over %1 to %2…</source>
        <translation>Basculement d&apos;urgence de %1 vers %2…</translation>
    </message>
    <message>
        <source>Flush the queue on %1…</source>
        <translation>Vider la file d&apos;attente sur %1…</translation>
    </message>
    <message>
        <source>%1 RPO unknown: no failover candidate (objective %2)</source>
        <translation>%1 RPO inconnu : aucun candidat au basculement (objectif %2)</translation>
    </message>
</context>
<context>
    <name>mailha::ctl::ProbeCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Run a probe&apos;s read-only commands on this machine, or parse a captured output, and print the sample. TECHNOLOGY is one of postfix, postgres, mysql, drbd, pacemaker, keepalived, dovecot, haproxy, host.</source>
        <translation>Exécuter les commandes en lecture seule d&apos;une sonde sur cette machine, ou analyser une sortie capturée, et afficher la mesure. TECHNOLOGY est l&apos;un de postfix, postgres, mysql, drbd, pacemaker, keepalived, dovecot, haproxy, host.</translation>
    </message>
    <message>
        <source>The probe to run.</source>
        <translation>La sonde à exécuter.</translation>
    </message>
    <message>
        <source>Parse FILE (&apos;-&apos; for stdin) as the output of the probe&apos;s first command instead of running it; KEY=FILE gives the output of the command named KEY. Repeatable.</source>
        <translation>Analyser FILE (&apos;-&apos; pour stdin) comme la sortie de la première commande de la sonde au lieu de l&apos;exécuter ; KEY=FILE fournit la sortie de la commande nommée KEY. Répétable.</translation>
    </message>
    <message>
        <source>A probe parameter (socket path, port, ...). Repeatable.</source>
        <translation>Un paramètre de sonde (chemin de socket, port, ...). Répétable.</translation>
    </message>
    <message>
        <source>Print the sample as JSON (Protobuf JSON mapping).</source>
        <translation>Afficher la mesure en JSON (correspondance JSON de Protobuf).</translation>
    </message>
    <message>
        <source>Only list the commands the probe would run.</source>
        <translation>Lister seulement les commandes que la sonde exécuterait.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>expected one TECHNOLOGY</source>
        <translation>une seule TECHNOLOGY attendue</translation>
    </message>
    <message>
        <source>no probe for &apos;%1&apos;</source>
        <translation>aucune sonde pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--param attend KEY=VALUE, pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>mailha_labd</name>
    <message>
        <source>Serves the lab cluster over SSH for a training session: every lab node listens on its own port (the base port, then the next ones in cluster order), answers the probes&apos; commands in the real formats and accepts the runbooks&apos; commands. SCENARIO is &apos;lab&apos; for free play, a scenario file or a built-in scenario id.</source>
        <translation>Sert le cluster de lab par SSH pour une session de formation : chaque nœud du lab écoute sur son propre port (le port de base, puis les suivants dans l&apos;ordre du cluster), répond aux commandes des sondes dans les formats réels et accepte les commandes des runbooks. SCENARIO vaut &apos;lab&apos; pour le jeu libre, un fichier de scénario ou l&apos;id d&apos;un scénario intégré.</translation>
    </message>
    <message>
        <source>&apos;lab&apos; (default), a scenario file or id.</source>
        <translation>&apos;lab&apos; (par défaut), un fichier de scénario ou un id.</translation>
    </message>
    <message>
        <source>Address and base port (default 127.0.0.1:2200).</source>
        <translation>Adresse et port de base (par défaut 127.0.0.1:2200).</translation>
    </message>
    <message>
        <source>Host key file; created (ed25519, 0600) if missing.</source>
        <translation>Fichier de clé d&apos;hôte ; créé (ed25519, 0600) s&apos;il est absent.</translation>
    </message>
    <message>
        <source>Public keys allowed to log in (default ~/.ssh/authorized_keys).</source>
        <translation>Clés publiques autorisées à se connecter (par défaut ~/.ssh/authorized_keys).</translation>
    </message>
    <message>
        <source>Simulation speed (1, 5, 20, ...).</source>
        <translation>Vitesse de simulation (1, 5, 20, ...).</translation>
    </message>
    <message>
        <source>Write a cluster file for the trainees&apos; consoles to FILE.</source>
        <translation>Écrire dans FILE un fichier de cluster pour les consoles des stagiaires.</translation>
    </message>
    <message>
        <source>Host name trainees use to reach this machine (default: the listen address).</source>
        <translation>Nom d&apos;hôte que les stagiaires utilisent pour joindre cette machine (par défaut : l&apos;adresse d&apos;écoute).</translation>
    </message>
    <message>
        <source>User name written into the cluster file.</source>
        <translation>Nom d&apos;utilisateur écrit dans le fichier de cluster.</translation>
    </message>
    <message>
        <source>--listen wants ADDR:PORT, not &apos;%1&apos;</source>
        <translation>--listen attend ADDR:PORT, pas &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>not enough ports above %1 for %n node(s)</source>
        <translation>
            <numerusform>pas assez de ports au-dessus de %1 pour %n nœud</numerusform>
            <numerusform>pas assez de ports au-dessus de %1 pour %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab served by mailha-labd (%1); simulated, reached over SSH</source>
        <translation>Lab servi par mailha-labd (%1) ; simulé, joint par SSH</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Serving the lab (%1) at %2x speed; host key %3</source>
        <translation>Lab (%1) servi à la vitesse ×%2 ; clé d&apos;hôte %3</translation>
    </message>
    <message>
        <source>cannot encode the score</source>
        <translation>impossible d&apos;encoder le score</translation>
    </message>
    <message>
        <source>When the scenario ends (or labd is stopped), write its score to FILE as JSON.</source>
        <translation>À la fin du scénario (ou à l&apos;arrêt de labd), écrire son score en JSON dans FILE.</translation>
    </message>
    <message>
        <source>When the scenario ends (or labd is stopped), write the debrief to FILE (.md or .html).</source>
        <translation>À la fin du scénario (ou à l&apos;arrêt de labd), écrire le débriefing dans FILE (.md ou .html).</translation>
    </message>
    <message>
        <source>--debrief wants a .md or .html file (mailhactl lab run writes PDF)</source>
        <translation>--debrief attend un fichier .md ou .html (mailhactl lab run écrit du PDF)</translation>
    </message>
    <message>
        <source>Scenario %1 ended; score:</source>
        <translation>Scénario %1 terminé ; score :</translation>
    </message>
    <message>
        <source>Stopped at %1 into scenario %2; score so far:</source>
        <translation>Arrêté après %1 dans le scénario %2 ; score provisoire :</translation>
    </message>
</context>
<context>
    <name>mailhactl</name>
    <message>
        <source>Show the cluster topology, roles, lag and queues</source>
        <translation>Afficher la topologie du cluster, les rôles, le retard et les files d&apos;attente</translation>
    </message>
    <message>
        <source>Training: list scenarios, run one headless and score it</source>
        <translation>Formation : lister les scénarios, en exécuter un sans interface et le noter</translation>
    </message>
    <message>
        <source>Run or replay one technology&apos;s probe here and print its sample</source>
        <translation>Exécuter ou rejouer ici la sonde d&apos;une technologie et afficher sa mesure</translation>
    </message>
    <message>
        <source>List, show and dry-run runbooks</source>
        <translation>Lister, afficher et simuler des runbooks</translation>
    </message>
    <message>
        <source>Show or verify the operator journal, add a note</source>
        <translation>Afficher ou vérifier le journal de l&apos;opérateur, ajouter une note</translation>
    </message>
    <message>
        <source>Export the incident timeline as Markdown, HTML or PDF</source>
        <translation>Exporter la chronologie de l&apos;incident en Markdown, HTML ou PDF</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;mailhactl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Exécutez &apos;mailhactl COMMAND --help&apos; pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Run a training scenario on the lab cluster to its end without a window, apply the operator actions scripted in a file, and print the score. SCENARIO is a file or the id of a built-in scenario. Exit status: 0 when the scenario was passed, 1 when not.</source>
        <translation>Exécuter un scénario de formation sur le cluster de lab jusqu&apos;à la fin sans fenêtre, appliquer les actions de l&apos;opérateur scriptées dans un fichier et afficher le score. SCENARIO est un fichier ou l&apos;id d&apos;un scénario intégré. Code de sortie : 0 si le scénario est réussi, 1 sinon.</translation>
    </message>
    <message>
        <source>Scenario file or built-in id.</source>
        <translation>Fichier de scénario ou id intégré.</translation>
    </message>
    <message>
        <source>Operator actions (ActionScript, text format); &apos;model&apos; for the scenario&apos;s model answer.</source>
        <translation>Actions de l&apos;opérateur (ActionScript, format texte) ; &apos;model&apos; pour la réponse modèle du scénario.</translation>
    </message>
    <message>
        <source>Pace the run at N times real time (default: as fast as possible).</source>
        <translation>Cadencer l&apos;exécution à N fois le temps réel (par défaut : aussi vite que possible).</translation>
    </message>
    <message>
        <source>Print the score as JSON (Protobuf JSON mapping).</source>
        <translation>Afficher le score en JSON (correspondance JSON de Protobuf).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>expected one SCENARIO</source>
        <translation>un seul SCENARIO attendu</translation>
    </message>
    <message>
        <source>--speed takes a positive number</source>
        <translation>--speed attend un nombre positif</translation>
    </message>
    <message>
        <source>no model answer for %1</source>
        <translation>aucune réponse modèle pour %1</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2)</source>
        <translation>Scénario : %1 (%2)</translation>
    </message>
    <message>
        <source>detected:          %1</source>
        <translation>détecté :           %1</translation>
    </message>
    <message>
        <source> after the fault</source>
        <translation> après la panne</translation>
    </message>
    <message>
        <source>restored:          %1</source>
        <translation>rétabli :           %1</translation>
    </message>
    <message>
        <source>RTO objective:     %1 — met: %2</source>
        <translation>objectif RTO :      %1 — atteint : %2</translation>
    </message>
    <message>
        <source>data lost:         %1 (%2)</source>
        <translation>données perdues :   %1 (%2)</translation>
    </message>
    <message>
        <source>RPO objective:     %1 — met: %2</source>
        <translation>objectif RPO :      %1 — atteint : %2</translation>
    </message>
    <message>
        <source>operator actions:  %1 (%2 failed)</source>
        <translation>actions opérateur : %1 (%2 en échec)</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>NON RÉUSSI</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Débriefing : %1</translation>
    </message>
    <message>
        <source>Recording file to write (mode 0600).</source>
        <translation>Fichier d&apos;enregistrement à écrire (mode 0600).</translation>
    </message>
    <message>
        <source>Simulated seconds to record (default 3600).</source>
        <translation>Secondes simulées à enregistrer (par défaut 3600).</translation>
    </message>
    <message>
        <source>Record this scenario (file or built-in id).</source>
        <translation>Enregistrer ce scénario (fichier ou id intégré).</translation>
    </message>
    <message>
        <source>Seed of free play (default 1).</source>
        <translation>Graine du jeu libre (par défaut 1).</translation>
    </message>
    <message>
        <source>expected one OUTPUT file</source>
        <translation>un seul fichier OUTPUT attendu</translation>
    </message>
    <message>
        <source>--seconds takes a positive whole number</source>
        <translation>--seconds attend un nombre entier positif</translation>
    </message>
    <message>
        <source>recorded %1 of the lab (%2) to %3: %4</source>
        <translation>enregistré %1 du lab (%2) dans %3 : %4</translation>
    </message>
    <message>
        <source>Replay a recording headless and print the cluster as it was at a moment (default: the end), with the events up to then. A cut-off recording replays up to the cut, which is reported.</source>
        <translation>Rejouer un enregistrement sans fenêtre et afficher le cluster tel qu&apos;il était à un instant donné (par défaut : la fin), avec les événements jusqu&apos;à cet instant. Un enregistrement tronqué est rejoué jusqu&apos;à la coupure, qui est signalée.</translation>
    </message>
    <message>
        <source>Recording file.</source>
        <translation>Fichier d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Seconds from the start of the recording (default: the end).</source>
        <translation>Secondes depuis le début de l&apos;enregistrement (par défaut : la fin).</translation>
    </message>
    <message>
        <source>Print the snapshot as JSON (Protobuf JSON mapping).</source>
        <translation>Afficher l&apos;instantané en JSON (correspondance JSON de Protobuf).</translation>
    </message>
    <message>
        <source>expected one RECORDING</source>
        <translation>un seul RECORDING attendu</translation>
    </message>
    <message>
        <source>--at takes a number of seconds</source>
        <translation>--at attend un nombre de secondes</translation>
    </message>
    <message>
        <source>Recording of %1, %2 rounds from %3; showing %4</source>
        <translation>Enregistrement de %1, %2 cycles depuis %3 ; affichage : %4</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
    <message>
        <source>Cluster %1%2 at %3</source>
        <translation>Cluster %1%2 à %3</translation>
    </message>
    <message>
        <source> (LAB, simulated)</source>
        <translation> (LAB, simulé)</translation>
    </message>
    <message>
        <source>STALE (never read: %1)</source>
        <translation>PÉRIMÉ (jamais lu : %1)</translation>
    </message>
    <message>
        <source>STALE (last seen %1 ago, %2)</source>
        <translation>PÉRIMÉ (vu pour la dernière fois il y a %1, %2)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>SPLIT BRAIN</source>
        <translation>SPLIT BRAIN</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>EN PANNE</translation>
    </message>
    <message>
        <source>redundancy lost</source>
        <translation>redondance perdue</translation>
    </message>
    <message>
        <source>RPO over objective</source>
        <translation>RPO au-delà de l&apos;objectif</translation>
    </message>
    <message>
        <source>Show the cluster: every node&apos;s services with role, health, lag and queues, replication links, and per service group the active members, redundancy and projected RPO. Without CLUSTER, runs the built-in lab cluster.</source>
        <translation>Afficher le cluster : les services de chaque nœud avec rôle, état, retard et files d&apos;attente, les liens de réplication et, par groupe de services, les membres actifs, la redondance et le RPO projeté. Sans CLUSTER, exécute le cluster de lab intégré.</translation>
    </message>
    <message>
        <source>Cluster file (Protobuf text format).</source>
        <translation>Fichier de cluster (format texte Protobuf).</translation>
    </message>
    <message>
        <source>Lab only: simulated seconds to run first (default 30).</source>
        <translation>Lab uniquement : secondes simulées à exécuter d&apos;abord (par défaut 30).</translation>
    </message>
    <message>
        <source>Lab only: simulation seed (default 1).</source>
        <translation>Lab uniquement : graine de la simulation (par défaut 1).</translation>
    </message>
    <message>
        <source>Cluster file only: ssh config to read instead of ~/.ssh/config.</source>
        <translation>Fichier de cluster uniquement : configuration ssh à lire au lieu de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Cluster file only: known_hosts file instead of ~/.ssh/known_hosts.</source>
        <translation>Fichier de cluster uniquement : fichier known_hosts au lieu de ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Cluster file only: directory of the default key files instead of ~/.ssh.</source>
        <translation>Fichier de cluster uniquement : répertoire des fichiers de clés par défaut au lieu de ~/.ssh.</translation>
    </message>
    <message>
        <source>Cluster file only: ms to wait for a connect and for each command (default 5000).</source>
        <translation>Fichier de cluster uniquement : attente en ms pour une connexion et pour chaque commande (par défaut 5000).</translation>
    </message>
    <message>
        <source>expected at most one cluster file</source>
        <translation>au plus un fichier de cluster attendu</translation>
    </message>
    <message>
        <source>--seconds and --seed take a whole number</source>
        <translation>--seconds et --seed attendent un nombre entier</translation>
    </message>
    <message>
        <source>cannot read the cluster file %1</source>
        <translation>impossible de lire le fichier de cluster %1</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds, at least 100</source>
        <translation>--timeout attend des millisecondes, au moins 100</translation>
    </message>
    <message>
        <source>PDF export needs a QGuiApplication (mailhactl creates one for it)</source>
        <translation>l&apos;export PDF exige une QGuiApplication (mailhactl en crée une pour cela)</translation>
    </message>
    <message>
        <source>Record the lab (or a scenario) to a recording file</source>
        <translation>Enregistrer le lab (ou un scénario) dans un fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Replay a recording and show the cluster at a moment</source>
        <translation>Rejouer un enregistrement et afficher le cluster à un instant donné</translation>
    </message>
    <message>
        <source>Show or verify the operator journal, or add a note to it. verify exits 1 when the journal was edited, truncated or reordered.</source>
        <translation>Afficher ou vérifier le journal de l&apos;opérateur, ou y ajouter une note. verify se termine avec le code 1 si le journal a été modifié, tronqué ou réordonné.</translation>
    </message>
    <message>
        <source>Use the default journal of this cluster.</source>
        <translation>Utiliser le journal par défaut de ce cluster.</translation>
    </message>
    <message>
        <source>Journal file (default: the cluster&apos;s).</source>
        <translation>Fichier journal (par défaut : celui du cluster).</translation>
    </message>
    <message>
        <source>%1: %2 entries, chain intact</source>
        <translation>%1 : %2 entrées, chaîne intacte</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>raison : %1</translation>
    </message>
    <message>
        <source>note %1 written to %2</source>
        <translation>note %1 écrite dans %2</translation>
    </message>
    <message>
        <source>List, show and dry-run runbooks. A dry run prints every command, on which host, in order, exactly as it would run; nothing runs.</source>
        <translation>Lister, afficher et simuler des runbooks. Une simulation affiche chaque commande, sur quel hôte, dans l&apos;ordre, exactement telle qu&apos;elle s&apos;exécuterait ; rien n&apos;est exécuté.</translation>
    </message>
    <message>
        <source>Also read the runbooks in DIR (e.g. the cluster&apos;s folder).</source>
        <translation>Lire aussi les runbooks de DIR (par ex. le dossier du cluster).</translation>
    </message>
    <message>
        <source>Cluster file (default: the built-in lab cluster).</source>
        <translation>Fichier de cluster (par défaut : le cluster de lab intégré).</translation>
    </message>
    <message>
        <source>Runbook parameter; repeat for several.</source>
        <translation>Paramètre du runbook ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Afficher le plan en JSON.</translation>
    </message>
    <message>
        <source>WARNING: this runbook can lose data (forced failover).</source>
        <translation>ATTENTION : ce runbook peut perdre des données (basculement d&apos;urgence forcé).</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>optional </source>
        <translation>facultatif </translation>
    </message>
    <message>
        <source>default %1 </source>
        <translation>par défaut %1 </translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>--param takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--param attend KEY=VALUE, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Export the incident timeline (operator actions and notes from the journal, merged with cluster events and alerts) for the post-mortem.</source>
        <translation>Exporter la chronologie de l&apos;incident (actions et notes de l&apos;opérateur issues du journal, fusionnées avec les événements et alertes du cluster) pour le post-mortem.</translation>
    </message>
    <message>
        <source>Journal file; repeat for several.</source>
        <translation>Fichier journal ; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>Cluster events and alerts, one JSON object per line (Protobuf JSON mapping).</source>
        <translation>Événements et alertes du cluster, un objet JSON par ligne (correspondance JSON de Protobuf).</translation>
    </message>
    <message>
        <source>Write here instead of standard output (required for pdf).</source>
        <translation>Écrire ici au lieu de la sortie standard (obligatoire pour pdf).</translation>
    </message>
    <message>
        <source>Title of the report.</source>
        <translation>Titre du rapport.</translation>
    </message>
    <message>
        <source>give --journal, --cluster or --events</source>
        <translation>indiquez --journal, --cluster ou --events</translation>
    </message>
    <message>
        <source>no journal at %1</source>
        <translation>aucun journal à l&apos;emplacement %1</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie de l&apos;incident</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE</source>
        <translation>--format pdf exige --output FILE</translation>
    </message>
    <message>
        <source>Monitoring plugin for Nagios, Icinga and Zabbix: reads the cluster once, evaluates the console&apos;s alerts and prints one status line with performance data. Exit status 0 OK, 1 WARNING (a warning alert), 2 CRITICAL (a critical alert), 3 UNKNOWN (bad command line, unreadable or invalid cluster file, no node readable). Thresholds come from the cluster file. Without CLUSTER, checks the built-in lab cluster.</source>
        <translation>Plugin de supervision pour Nagios, Icinga et Zabbix : lit le cluster une fois, évalue les alertes de la console et affiche une ligne d&apos;état avec des données de performance. Code de sortie 0 OK, 1 WARNING (une alerte d&apos;avertissement), 2 CRITICAL (une alerte critique), 3 UNKNOWN (ligne de commande incorrecte, fichier de cluster illisible ou invalide, aucun nœud lisible). Les seuils proviennent du fichier de cluster. Sans CLUSTER, vérifie le cluster de lab intégré.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>no node could be read: %1</source>
        <translation>aucun nœud n&apos;a pu être lu : %1</translation>
    </message>
    <message>
        <source>%1: %2 nodes live, no alerts</source>
        <translation>%1 : %2 nœuds joignables, aucune alerte</translation>
    </message>
    <message>
        <source>%1 critical, %2 warning: %3</source>
        <translation>%1 critiques, %2 avertissements : %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Lab only: inject a fault a minute before the end of --seconds (at the start when shorter), e.g. node-crash:db-b; repeatable. Faults: %1.</source>
        <translation>Lab uniquement : injecter une panne une minute avant la fin de --seconds (au début si la durée est plus courte), par ex. node-crash:db-b ; répétable. Pannes : %1.</translation>
    </message>
    <message>
        <source>--lab-fault applies to the built-in lab only, not to a cluster file</source>
        <translation>--lab-fault ne s&apos;applique qu&apos;au lab intégré, pas à un fichier de cluster</translation>
    </message>
    <message>
        <source>unknown lab fault &apos;%1&apos;</source>
        <translation>panne de lab inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 describes a simulated cluster (lab: true), which is never contacted over SSH; leave the file out for the lab</source>
        <translation>%1 décrit un cluster simulé (lab: true), qui n&apos;est jamais contacté par SSH ; omettez le fichier pour le lab</translation>
    </message>
    <message>
        <source>Monitoring plugin (Nagios, Icinga, Zabbix): one status line, exit 0-3</source>
        <translation>Plugin de supervision (Nagios, Icinga, Zabbix) : une ligne d&apos;état, code de sortie 0-3</translation>
    </message>
    <message>
        <source>Write the debrief (score and timeline) to FILE: .md, .html or .pdf.</source>
        <translation>Écrire le débriefing (score et chronologie) dans FILE : .md, .html ou .pdf.</translation>
    </message>
    <message>
        <source>Debrief format, md | html | pdf (default: from the file name).</source>
        <translation>Format du débriefing, md | html | pdf (par défaut : d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <source>--debrief wants a .md, .html or .pdf file, or --format</source>
        <translation>--debrief attend un fichier .md, .html ou .pdf, ou --format</translation>
    </message>
    <message>
        <source>a PDF debrief needs --format pdf on the command line</source>
        <translation>un débriefing PDF exige --format pdf sur la ligne de commande</translation>
    </message>
    <message>
        <source>runbook steps:     %1 followed, %2 skipped, %3 overridden</source>
        <translation>étapes du runbook : %1 suivies, %2 ignorées, %3 avec dérogation</translation>
    </message>
    <message>
        <source>Turn a recording into a training scenario for the lab: the recorded cluster, a hidden fault timeline inferred from what the recording shows (mapped onto the lab&apos;s nodes), a seed and objectives from the cluster&apos;s RTO/RPO. What cannot be mapped to a lab fault is listed as notes. Run it with &apos;mailhactl lab run FILE&apos; or load it in the instructor panel.</source>
        <translation>Transformer un enregistrement en scénario de formation pour le lab : le cluster enregistré, une chronologie de pannes cachée déduite de ce que montre l&apos;enregistrement (transposée sur les nœuds du lab), une graine et des objectifs issus du RTO/RPO du cluster. Ce qui ne peut pas être transposé en panne de lab est listé sous forme de notes. Exécutez-le avec &apos;mailhactl lab run FILE&apos; ou chargez-le dans le panneau formateur.</translation>
    </message>
    <message>
        <source>Scenario file to write (default: standard output).</source>
        <translation>Fichier de scénario à écrire (par défaut : sortie standard).</translation>
    </message>
    <message>
        <source>Scenario id (default: from the file name).</source>
        <translation>Id du scénario (par défaut : d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <source>Scenario title.</source>
        <translation>Titre du scénario.</translation>
    </message>
    <message>
        <source>no recording at %1</source>
        <translation>aucun enregistrement dans %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote scenario %1 to %2: %n fault(s)</source>
        <translation>
            <numerusform>scénario %1 écrit dans %2 : %n panne</numerusform>
            <numerusform>scénario %1 écrit dans %2 : %n pannes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n note(s)</source>
        <translation>
            <numerusform>, %n note</numerusform>
            <numerusform>, %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the lab cluster (free play, or a scenario with its faults) to a recording file: every sample and event, compressed and crash-safe. Simulated time runs as fast as the machine allows. &apos;mailhactl record to-scenario RECORDING&apos; turns a recording into a training scenario.</source>
        <translation>Enregistrer le cluster de lab (jeu libre, ou un scénario avec ses pannes) dans un fichier d&apos;enregistrement : chaque mesure et chaque événement, compressés et résistants aux plantages. Le temps simulé s&apos;écoule aussi vite que la machine le permet. &apos;mailhactl record to-scenario RECORDING&apos; transforme un enregistrement en scénario de formation.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for highly available mail clusters. Without a cluster file it opens the built-in lab.</source>
        <translation>Console pour clusters de messagerie hautement disponibles. Sans fichier de cluster, elle ouvre le lab intégré.</translation>
    </message>
    <message>
        <source>Cluster description to connect to.</source>
        <translation>Description du cluster auquel se connecter.</translation>
    </message>
    <message>
        <source>User interface language (de, fr, en).</source>
        <translation>Langue de l&apos;interface utilisateur (de, fr, en).</translation>
    </message>
    <message>
        <source>Seed of the lab simulation.</source>
        <translation>Graine de la simulation du lab.</translation>
    </message>
    <message>
        <source>Lab speed: 1 is real time.</source>
        <translation>Vitesse du lab : 1 correspond au temps réel.</translation>
    </message>
    <message>
        <source>Simulated seconds of lab history to show at start.</source>
        <translation>Secondes simulées d&apos;historique du lab à afficher au démarrage.</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Enregistrer une image de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>Seconds to run before the screenshot.</source>
        <translation>Secondes d&apos;exécution avant la capture d&apos;écran.</translation>
    </message>
    <message>
        <source>Initial window size, e.g. 1366x768.</source>
        <translation>Taille initiale de la fenêtre, par ex. 1366x768.</translation>
    </message>
    <message>
        <source>Inject a lab fault at start, e.g. node-crash:db-b (with --lab-history: a minute before the end).</source>
        <translation>Injecter une panne de lab au démarrage, par ex. node-crash:db-b (avec --lab-history : une minute avant la fin).</translation>
    </message>
    <message>
        <source>Select a node at start.</source>
        <translation>Sélectionner un nœud au démarrage.</translation>
    </message>
    <message>
        <source>system, light or dark (default: as in Preferences).</source>
        <translation>system, light ou dark (par défaut : comme dans les préférences).</translation>
    </message>
    <message>
        <source>Start a training scenario on the lab at start (with --lab-history: from the start of the history).</source>
        <translation>Lancer un scénario de formation sur le lab au démarrage (avec --lab-history : depuis le début de l&apos;historique).</translation>
    </message>
    <message>
        <source>Open at start: instructor (the instructor panel) or wizard[:candidates|preflight|plan[:GROUP]] (the switchover wizard of GROUP, by default the first active-passive group, at that page).</source>
        <translation>Ouvrir au démarrage : instructor (le panneau formateur) ou wizard[:candidates|preflight|plan[:GROUP]] (l&apos;assistant de bascule de GROUP, par défaut du premier groupe actif-passif, à cette page).</translation>
    </message>
    <message>
        <source>Save a picture of the whole screen, dialogs included, and quit.</source>
        <translation>Enregistrer une image de tout l&apos;écran, boîtes de dialogue comprises, et quitter.</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first frame showing live data, then quit (benchmarks).</source>
        <translation>Afficher les millisecondes entre le démarrage et la première image montrant des données en direct, puis quitter (benchmarks).</translation>
    </message>
    <message>
        <source>Start with the built-in window and dock layout, forgetting the saved one.</source>
        <translation>Démarrer avec la disposition intégrée de la fenêtre et des docks, en oubliant celle enregistrée.</translation>
    </message>
</context>
</TS>
