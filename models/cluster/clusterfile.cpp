// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterfile.h"

#include "core/names.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStringList>

#include <cstring>
#include <functional>

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>

namespace mailha {

namespace {

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::TextFormat;
using ParseInfoTree = TextFormat::ParseInfoTree;
using ParseLocation = TextFormat::ParseLocation;

// lupdate reads ClusterFileText::tr() calls under the context "mailha::ClusterFile".
struct ClusterFileText {
    Q_DECLARE_TR_FUNCTIONS(mailha::ClusterFile)
};

class Collector final : public google::protobuf::io::ErrorCollector
{
public:
    Collector(QString file, QList<ClusterFileError> &errors)
        : m_file(std::move(file))
        , m_errors(errors)
    {
    }

    void AddError(int line, google::protobuf::io::ColumnNumber column, const std::string &message) override
    {
        // The tokenizer counts from 0; people and editors count from 1.
        m_errors.append({m_file, line + 1, column + 1, qstr(message)});
    }

    void AddWarning(int line, google::protobuf::io::ColumnNumber column, const std::string &message) override
    {
        AddError(line, column, message);
    }

private:
    QString m_file;
    QList<ClusterFileError> &m_errors;
};

/// Where one message of the file is: its own start and the locations of its fields.
struct Place {
    const ParseInfoTree *tree = nullptr;
    ParseLocation start;
};

class Checker
{
public:
    Checker(const ClusterSpec &spec, QString file, const ParseInfoTree *root)
        : m_spec(spec)
        , m_file(std::move(file))
        , m_root{root, ParseLocation(0, 0)}
    {
    }

    QList<ClusterFileError> run();

private:
    static const FieldDescriptor *field(const Descriptor *d, const char *name) { return d->FindFieldByName(name); }

    Place nested(const Place &parent, const Descriptor *d, const char *name, int index) const
    {
        Place p;
        const FieldDescriptor *f = field(d, name);
        if (parent.tree && f) {
            p.tree = parent.tree->GetTreeForNested(f, index);
            p.start = parent.tree->GetLocation(f, index);
        }
        if (p.start.line < 0)
            p.start = parent.start;
        return p;
    }

    void error(const Place &at, const Descriptor *d, const char *name, const QString &message)
    {
        ParseLocation loc = at.start;
        const FieldDescriptor *f = name ? field(d, name) : nullptr;
        if (at.tree && f) {
            const ParseLocation own = at.tree->GetLocation(f, f->is_repeated() ? 0 : -1);
            if (own.line >= 0)
                loc = own;
        }
        const bool known = m_root.tree && loc.line >= 0;
        m_errors.append({m_file, known ? loc.line + 1 : 0, known ? loc.column + 1 : 0, message});
    }

    void checkIds(const char *listName, const Descriptor *d, int count, const std::function<std::string(int)> &idOf,
                  QSet<QString> &ids, const QString &what);
    void checkThresholds(const Place &at, const Descriptor *d, const char *name, const Thresholds &t);

    const ClusterSpec &m_spec;
    QString m_file;
    Place m_root;
    QList<ClusterFileError> m_errors;
};

void Checker::checkIds(const char *listName, const Descriptor *d, int count, const std::function<std::string(int)> &idOf,
                       QSet<QString> &ids, const QString &what)
{
    for (int i = 0; i < count; ++i) {
        const Place at = nested(m_root, ClusterSpec::descriptor(), listName, i);
        const QString id = qstr(idOf(i));
        if (id.isEmpty())
            error(at, d, "id", ClusterFileText::tr("%1 without an id: expected id: \"...\"").arg(what));
        else if (ids.contains(id))
            error(at, d, "id", ClusterFileText::tr("duplicate %1 id \"%2\"").arg(what, id));
        ids.insert(id);
    }
}

void Checker::checkThresholds(const Place &at, const Descriptor *d, const char *name, const Thresholds &t)
{
    if (t.queue_warn() < 0 || t.queue_crit() < 0 || t.lag_warn_s() < 0 || t.lag_crit_s() < 0 || t.lag_warn_bytes() < 0
        || t.lag_crit_bytes() < 0 || t.stale_after_intervals() < 0 || t.oldest_message_warn_s() < 0
        || t.oldest_message_crit_s() < 0)
        error(at, d, name, ClusterFileText::tr("thresholds must not be negative (0 means: not set here)"));
    if (t.disk_free_warn_pct() < 0 || t.disk_free_warn_pct() > 100 || t.disk_free_crit_pct() < 0
        || t.disk_free_crit_pct() > 100)
        error(at, d, name, ClusterFileText::tr("disk free thresholds are percentages: expected 0 to 100"));
}

QList<ClusterFileError> Checker::run()
{
    const Descriptor *cd = ClusterSpec::descriptor();
    if (m_spec.name().empty())
        error(m_root, cd, nullptr, ClusterFileText::tr("the cluster has no name: expected name: \"...\" at the top level"));
    if (m_spec.poll_interval_ms() != 0 && m_spec.poll_interval_ms() < 200)
        error(m_root, cd, "poll_interval_ms", ClusterFileText::tr("poll_interval_ms %1 is too short: expected 0 (default 2000) or at least 200")
                                                  .arg(m_spec.poll_interval_ms()));
    if (m_spec.anti_flap_s() < 0)
        error(m_root, cd, "anti_flap_s", ClusterFileText::tr("anti_flap_s must not be negative"));
    checkThresholds(m_root, cd, "default_thresholds", m_spec.default_thresholds());

    QSet<QString> sites, groups, nodes, links, vips;
    checkIds("sites", Site::descriptor(), m_spec.sites_size(), [&](int i) { return m_spec.sites(i).id(); }, sites, ClusterFileText::tr("site"));
    checkIds("groups", ServiceGroup::descriptor(), m_spec.groups_size(), [&](int i) { return m_spec.groups(i).id(); }, groups,
             ClusterFileText::tr("group"));
    checkIds("nodes", Node::descriptor(), m_spec.nodes_size(), [&](int i) { return m_spec.nodes(i).id(); }, nodes, ClusterFileText::tr("node"));
    checkIds("links", ReplicationLink::descriptor(), m_spec.links_size(), [&](int i) { return m_spec.links(i).id(); }, links,
             ClusterFileText::tr("link"));
    checkIds("floating_ips", FloatingIp::descriptor(), m_spec.floating_ips_size(),
             [&](int i) { return m_spec.floating_ips(i).id(); }, vips, ClusterFileText::tr("floating IP"));

    QHash<QString, Technology> groupTech;
    for (int i = 0; i < m_spec.groups_size(); ++i) {
        const ServiceGroup &g = m_spec.groups(i);
        const Place at = nested(m_root, cd, "groups", i);
        groupTech.insert(qstr(g.id()), g.technology());
        if (g.technology() == TECHNOLOGY_UNSPECIFIED)
            error(at, ServiceGroup::descriptor(), "technology",
                  ClusterFileText::tr("group \"%1\" has no technology: expected technology: POSTGRES, POSTFIX, ...").arg(qstr(g.id())));
        if (g.pattern() == HA_PATTERN_UNSPECIFIED)
            error(at, ServiceGroup::descriptor(), "pattern",
                  ClusterFileText::tr("group \"%1\" has no pattern: expected pattern: ACTIVE_PASSIVE or ACTIVE_ACTIVE").arg(qstr(g.id())));
        checkThresholds(at, ServiceGroup::descriptor(), "thresholds", g.thresholds());
    }

    for (int i = 0; i < m_spec.nodes_size(); ++i) {
        const Node &n = m_spec.nodes(i);
        const Place at = nested(m_root, cd, "nodes", i);
        const Descriptor *nd = Node::descriptor();
        const QString id = qstr(n.id());
        if (n.site().empty() && !sites.isEmpty())
            error(at, nd, nullptr, ClusterFileText::tr("node \"%1\" has no site: expected site: one of %2").arg(id, QStringList(sites.values()).join(QLatin1String(", "))));
        else if (!n.site().empty() && !sites.contains(qstr(n.site())))
            error(at, nd, "site", ClusterFileText::tr("node \"%1\" names unknown site \"%2\"").arg(id, qstr(n.site())));
        if (n.host().empty())
            error(at, nd, nullptr, ClusterFileText::tr("node \"%1\" has no host: expected host: \"address or ssh alias\"").arg(id));
        else if (!isSafeHostName(qstr(n.host())))
            error(at, nd, "host", ClusterFileText::tr("node \"%1\": host \"%2\" is not a host name, address or ssh alias").arg(id, qstr(n.host())));
        if (n.port() > 65535)
            error(at, nd, "port", ClusterFileText::tr("node \"%1\": port %2 is out of range: expected 1 to 65535").arg(id).arg(n.port()));
        if (!n.user().empty() && !isSafeUserName(qstr(n.user())))
            error(at, nd, "user", ClusterFileText::tr("node \"%1\": user \"%2\" is not an account name").arg(id, qstr(n.user())));
        if (!n.jump_host().empty() && !isSafeJumpHost(qstr(n.jump_host())))
            error(at, nd, "jump_host",
                  ClusterFileText::tr("node \"%1\": jump_host \"%2\" is not of the form [user@]host[:port]").arg(id, qstr(n.jump_host())));
        if (qstr(n.identity_file()).contains(QLatin1Char('\n')))
            error(at, nd, "identity_file", ClusterFileText::tr("node \"%1\": identity_file holds a line break").arg(id));
        checkThresholds(at, nd, "thresholds", n.thresholds());

        QSet<QString> services;
        for (int s = 0; s < n.services_size(); ++s) {
            const ServiceSpec &svc = n.services(s);
            const Place sat = nested(at, nd, "services", s);
            const Descriptor *sd = ServiceSpec::descriptor();
            const QString sid = qstr(svc.id());
            if (sid.isEmpty())
                error(sat, sd, nullptr, ClusterFileText::tr("service on node \"%1\" without an id: expected id: \"...\"").arg(id));
            else if (services.contains(sid))
                error(sat, sd, "id", ClusterFileText::tr("duplicate service id \"%1\" on node \"%2\"").arg(sid, id));
            services.insert(sid);
            if (svc.technology() == TECHNOLOGY_UNSPECIFIED)
                error(sat, sd, nullptr, ClusterFileText::tr("service \"%1\" on node \"%2\" has no technology").arg(sid, id));
            if (!svc.group().empty() && !groups.contains(qstr(svc.group())))
                error(sat, sd, "group", ClusterFileText::tr("service \"%1\" on node \"%2\" names unknown group \"%3\"").arg(sid, id, qstr(svc.group())));
            else if (!svc.group().empty() && svc.technology() != TECHNOLOGY_UNSPECIFIED
                     && groupTech.value(qstr(svc.group())) != svc.technology()
                     && groupTech.value(qstr(svc.group())) != TECHNOLOGY_UNSPECIFIED)
                error(sat, sd, "technology", ClusterFileText::tr("service \"%1\" on node \"%2\" is %3 but its group \"%4\" is %5")
                                                 .arg(sid, id, technologyName(svc.technology()), qstr(svc.group()),
                                                      technologyName(groupTech.value(qstr(svc.group())))));
        }
    }

    for (int i = 0; i < m_spec.links_size(); ++i) {
        const ReplicationLink &l = m_spec.links(i);
        const Place at = nested(m_root, cd, "links", i);
        const Descriptor *ld = ReplicationLink::descriptor();
        const QString id = qstr(l.id());
        if (!groups.contains(qstr(l.group())))
            error(at, ld, "group", ClusterFileText::tr("link \"%1\" names unknown group \"%2\"").arg(id, qstr(l.group())));
        if (!nodes.contains(qstr(l.from_node())))
            error(at, ld, "from_node", ClusterFileText::tr("link \"%1\": from_node \"%2\" is not a node id").arg(id, qstr(l.from_node())));
        if (!nodes.contains(qstr(l.to_node())))
            error(at, ld, "to_node", ClusterFileText::tr("link \"%1\": to_node \"%2\" is not a node id").arg(id, qstr(l.to_node())));
        if (!l.from_node().empty() && l.from_node() == l.to_node())
            error(at, ld, "to_node", ClusterFileText::tr("link \"%1\" replicates node \"%2\" to itself").arg(id, qstr(l.to_node())));
        if (l.mode() == REPLICATION_MODE_UNSPECIFIED)
            error(at, ld, nullptr, ClusterFileText::tr("link \"%1\" has no mode: expected mode: SYNC or ASYNC").arg(id));
        if (l.intentional_delay_s() < 0)
            error(at, ld, "intentional_delay_s", ClusterFileText::tr("link \"%1\": intentional_delay_s must not be negative").arg(id));
        checkThresholds(at, ld, "thresholds", l.thresholds());
    }

    for (int i = 0; i < m_spec.floating_ips_size(); ++i) {
        const FloatingIp &v = m_spec.floating_ips(i);
        const Place at = nested(m_root, cd, "floating_ips", i);
        const Descriptor *vd = FloatingIp::descriptor();
        const QString id = qstr(v.id());
        if (v.address().empty())
            error(at, vd, nullptr, ClusterFileText::tr("floating IP \"%1\" has no address: expected address: \"192.0.2.25/24\"").arg(id));
        if (!v.group().empty() && !groups.contains(qstr(v.group())))
            error(at, vd, "group", ClusterFileText::tr("floating IP \"%1\" names unknown group \"%2\"").arg(id, qstr(v.group())));
        if (!v.preferred_node().empty() && !nodes.contains(qstr(v.preferred_node())))
            error(at, vd, "preferred_node",
                  ClusterFileText::tr("floating IP \"%1\": preferred_node \"%2\" is not a node id").arg(id, qstr(v.preferred_node())));
    }
    return m_errors;
}

bool allChars(QStringView text, const char *extra)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!plain && !(u < 128 && std::strchr(extra, char(u))))
            return false;
    }
    return true;
}

} // namespace

QString ClusterFileError::toString() const
{
    if (line <= 0)
        return file.isEmpty() ? message : file + QLatin1String(": ") + message;
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

QString ClusterFileLoad::errorText() const
{
    QStringList lines;
    for (const ClusterFileError &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

bool isSafeHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > 253 || host.startsWith(QLatin1Char('-')))
        return false;
    // ':' for IPv6 literals; '%' for an IPv6 zone; nothing a shell would act on.
    return allChars(host, ".-_:%");
}

bool isSafeUserName(QStringView user)
{
    return !user.isEmpty() && user.size() <= 64 && !user.startsWith(QLatin1Char('-')) && allChars(user, ".-_");
}

bool isSafeJumpHost(QStringView jump)
{
    if (jump.isEmpty())
        return false;
    for (QStringView hop : jump.split(QLatin1Char(','))) {
        QStringView rest = hop;
        const qsizetype at = rest.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            if (!isSafeUserName(rest.left(at)))
                return false;
            rest = rest.mid(at + 1);
        }
        QStringView host = rest;
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (rest.startsWith(QLatin1Char('['))) {
            const qsizetype close = rest.indexOf(QLatin1Char(']'));
            if (close < 0)
                return false;
            host = rest.mid(1, close - 1);
            const QStringView tail = rest.mid(close + 1);
            if (!tail.isEmpty() && (!tail.startsWith(QLatin1Char(':')) || !allChars(tail.mid(1), "")))
                return false;
        } else if (colon >= 0 && rest.count(QLatin1Char(':')) == 1) {
            host = rest.left(colon);
            if (rest.mid(colon + 1).isEmpty() || !allChars(rest.mid(colon + 1), ""))
                return false;
        }
        if (!isSafeHostName(host))
            return false;
    }
    return true;
}

ClusterFileLoad parseClusterFile(const QByteArray &text, const QString &fileName)
{
    ClusterFileLoad result;
    Collector collector(fileName, result.errors);
    ParseInfoTree tree;
    TextFormat::Parser parser;
    parser.RecordErrorsTo(&collector);
    parser.WriteLocationsTo(&tree);
    if (!parser.ParseFromString(text.toStdString(), &result.spec)) {
        if (result.errors.isEmpty())
            result.errors.append({fileName, 0, 0, ClusterFileText::tr("not a cluster file (Protobuf text format of mailha.ClusterSpec)")});
        return result;
    }
    result.errors = Checker(result.spec, fileName, &tree).run();
    return result;
}

ClusterFileLoad loadClusterFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ClusterFileLoad result;
        result.errors.append({path, 0, 0, ClusterFileText::tr("cannot read the cluster file: %1").arg(file.errorString())});
        return result;
    }
    return parseClusterFile(file.readAll(), path);
}

QList<ClusterFileError> validateClusterSpec(const ClusterSpec &spec, const QString &fileName)
{
    return Checker(spec, fileName, nullptr).run();
}

} // namespace mailha
