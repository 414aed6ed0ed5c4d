// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include "cluster/derive.h"

#include <QFileInfo>
#include <QSettings>

#include <cmath>

namespace mailha {

namespace {

QList<Settings::Info> declare()
{
    using K = Settings::Key;
    using T = Settings::Type;
    // The threshold defaults are the built-in ones, so an untouched
    // preference changes nothing.
    const Thresholds b = builtinThresholds();
    constexpr double day = 86400;
    constexpr double mib = 1 << 20;
    return {
        {K::PollIntervalS, QStringLiteral("monitoring/pollIntervalS"), T::Int,
         int(pollIntervalMs(ClusterSpec()) / 1000), 1, 3600, {}},
        {K::QueueWarn, QStringLiteral("thresholds/queueWarn"), T::Int, qlonglong(b.queue_warn()), 1, 1e7, {}},
        {K::QueueCrit, QStringLiteral("thresholds/queueCrit"), T::Int, qlonglong(b.queue_crit()), 1, 1e7, {}},
        {K::OldestMessageWarnS, QStringLiteral("thresholds/oldestMessageWarnS"), T::Double, b.oldest_message_warn_s(), 60,
         30 * day, {}},
        {K::OldestMessageCritS, QStringLiteral("thresholds/oldestMessageCritS"), T::Double, b.oldest_message_crit_s(), 60,
         30 * day, {}},
        {K::LagWarnS, QStringLiteral("thresholds/lagWarnS"), T::Double, b.lag_warn_s(), 0.1, day, {}},
        {K::LagCritS, QStringLiteral("thresholds/lagCritS"), T::Double, b.lag_crit_s(), 0.1, day, {}},
        {K::LagWarnBytes, QStringLiteral("thresholds/lagWarnBytes"), T::Int, qlonglong(b.lag_warn_bytes()), mib,
         1024 * 1024 * mib, {}},
        {K::LagCritBytes, QStringLiteral("thresholds/lagCritBytes"), T::Int, qlonglong(b.lag_crit_bytes()), mib,
         1024 * 1024 * mib, {}},
        {K::DiskFreeWarnPct, QStringLiteral("thresholds/diskFreeWarnPct"), T::Double, b.disk_free_warn_pct(), 0.1, 99, {}},
        {K::DiskFreeCritPct, QStringLiteral("thresholds/diskFreeCritPct"), T::Double, b.disk_free_crit_pct(), 0.1, 99, {}},
        {K::StaleAfterIntervals, QStringLiteral("thresholds/staleAfterIntervals"), T::Int,
         qlonglong(b.stale_after_intervals()), 1, 100, {}},
        {K::Theme, QStringLiteral("appearance/theme"), T::Choice, QStringLiteral("system"), 0, 0,
         {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}},
        {K::Language, QStringLiteral("appearance/language"), T::Choice, QStringLiteral("system"), 0, 0,
         {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}},
        // The key SessionController used before, so users keep their list.
        {K::RecentClusters, QStringLiteral("session/recentClusters"), T::StringList, QStringList(), 0, 0, {}},
        {K::WindowGeometry, QStringLiteral("window/geometry"), T::Bytes, QByteArray(), 0, 0, {}},
        {K::WindowState, QStringLiteral("window/state"), T::Bytes, QByteArray(), 0, 0, {}},
    };
}

QStringList cleanedRecent(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        if (!p.isEmpty() && !out.contains(p))
            out.append(p);
        if (out.size() == Settings::maxRecentClusters)
            break;
    }
    return out;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

const QList<Settings::Info> &Settings::declarations()
{
    static const QList<Info> all = declare();
    return all;
}

const Settings::Info &Settings::info(Key key)
{
    // Declared in enum order; the unit test holds the two together.
    return declarations().at(int(key));
}

QVariant Settings::validated(Key key, const QVariant &value)
{
    const Info &i = info(key);
    bool ok = false;
    switch (i.type) {
    case Type::Int: {
        // Strings too: INI files store every number as text. "2.5" is not an int.
        double d = 0;
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
            d = value.toDouble();
            ok = true;
        } else {
            d = double(value.toLongLong(&ok));
        }
        if (!ok || !std::isfinite(d) || d != std::floor(d) || d < i.min || d > i.max)
            return {};
        return i.defaultValue.typeId() == QMetaType::Int ? QVariant(int(d)) : QVariant(qlonglong(d));
    }
    case Type::Double: {
        const double d = value.toDouble(&ok);
        if (!ok || !std::isfinite(d) || d < i.min || d > i.max)
            return {};
        return d;
    }
    case Type::Choice: {
        if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
            return {};
        const QString s = value.toString();
        return i.choices.contains(s) ? QVariant(s) : QVariant();
    }
    case Type::StringList: {
        // An INI file hands back a one-entry list as a plain string.
        if (value.typeId() == QMetaType::QString)
            return cleanedRecent({value.toString()});
        if (value.typeId() == QMetaType::QStringList)
            return cleanedRecent(value.toStringList());
        if (value.typeId() != QMetaType::QVariantList)
            return {};
        QStringList strings;
        for (const QVariant &v : value.toList()) {
            if (v.typeId() != QMetaType::QString)
                return {};
            strings.append(v.toString());
        }
        return cleanedRecent(strings);
    }
    case Type::Bytes:
        return value.typeId() == QMetaType::QByteArray ? value : QVariant();
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    const Info &i = info(key);
    const QVariant stored = m_settings->value(i.name);
    if (!stored.isValid())
        return i.defaultValue;
    const QVariant v = validated(key, stored);
    return v.isValid() ? v : i.defaultValue;
}

bool Settings::setValue(Key key, const QVariant &value)
{
    const QVariant v = validated(key, value);
    if (!v.isValid())
        return false;
    const QVariant before = this->value(key);
    m_settings->setValue(info(key).name, v);
    if (v != before)
        Q_EMIT changed(key);
    return true;
}

void Settings::reset(Key key)
{
    const QVariant before = value(key);
    m_settings->remove(info(key).name);
    if (before != value(key))
        Q_EMIT changed(key);
}

bool Settings::isDefault(Key key) const
{
    return value(key) == info(key).defaultValue;
}

QList<Settings::Key> Settings::thresholdKeys()
{
    return {Key::QueueWarn,    Key::QueueCrit,    Key::OldestMessageWarnS, Key::OldestMessageCritS,
            Key::LagWarnS,     Key::LagCritS,     Key::LagWarnBytes,       Key::LagCritBytes,
            Key::DiskFreeWarnPct, Key::DiskFreeCritPct, Key::StaleAfterIntervals};
}

Thresholds Settings::defaultThresholds() const
{
    Thresholds t;
    t.set_queue_warn(value(Key::QueueWarn).toLongLong());
    t.set_queue_crit(value(Key::QueueCrit).toLongLong());
    t.set_oldest_message_warn_s(value(Key::OldestMessageWarnS).toDouble());
    t.set_oldest_message_crit_s(value(Key::OldestMessageCritS).toDouble());
    t.set_lag_warn_s(value(Key::LagWarnS).toDouble());
    t.set_lag_crit_s(value(Key::LagCritS).toDouble());
    t.set_lag_warn_bytes(value(Key::LagWarnBytes).toLongLong());
    t.set_lag_crit_bytes(value(Key::LagCritBytes).toLongLong());
    t.set_disk_free_warn_pct(value(Key::DiskFreeWarnPct).toDouble());
    t.set_disk_free_crit_pct(value(Key::DiskFreeCritPct).toDouble());
    t.set_stale_after_intervals(value(Key::StaleAfterIntervals).toInt());
    return t;
}

Settings::Theme Settings::theme() const
{
    const QString name = value(Key::Theme).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString Settings::themeName(Theme theme)
{
    return info(Key::Theme).choices.at(int(theme));
}

QString Settings::languageOverride() const
{
    const QString l = language();
    return l == QLatin1String("system") ? QString() : l;
}

QStringList Settings::recentClusters() const
{
    return value(Key::RecentClusters).toStringList();
}

void Settings::addRecentCluster(const QString &path)
{
    QStringList recent = recentClusters();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    setValue(Key::RecentClusters, recent);
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    setValue(Key::WindowGeometry, geometry);
    setValue(Key::WindowState, state);
}

void Settings::resetWindowLayout()
{
    reset(Key::WindowGeometry);
    reset(Key::WindowState);
}

} // namespace mailha
