// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"

#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace mailha {

/// The console's preferences, typed and declared once (key, type, default,
/// valid range) in settings.cpp, on top of QSettings. Enums are stored as
/// strings. A stored value of the wrong type or out of range reads as the
/// default, so a hand-edited or stale file can never put garbage on screen;
/// setValue() refuses such values.
///
/// Not thread-safe: used on the GUI thread. Two Settings objects on the same
/// store see each other's writes, but only the writer emits changed().
class Settings final : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        PollIntervalS,
        QueueWarn,
        QueueCrit,
        OldestMessageWarnS,
        OldestMessageCritS,
        LagWarnS,
        LagCritS,
        LagWarnBytes,
        LagCritBytes,
        DiskFreeWarnPct,
        DiskFreeCritPct,
        StaleAfterIntervals,
        Theme,
        Language,
        RecentClusters,
        WindowGeometry,
        WindowState,
    };
    Q_ENUM(Key)

    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    enum class Type { Int, Double, Choice, StringList, Bytes };

    /// One setting's declaration. Numbers are bounded by [min, max];
    /// a Choice is one of `choices`, stored as that string.
    struct Info {
        Key key;
        QString name;  ///< the QSettings key
        Type type;
        QVariant defaultValue;
        double min = 0;
        double max = 0;
        QStringList choices;
    };

    static constexpr int maxRecentClusters = 10;

    /// The application's QSettings (organisation and application names set in main()).
    explicit Settings(QObject *parent = nullptr);
    /// An INI file of its own, for tests and tools.
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    static const QList<Info> &declarations();
    static const Info &info(Key key);

    /// The stored value, converted to the declared type; the default when
    /// nothing valid is stored.
    QVariant value(Key key) const;
    /// False (and nothing stored) when `value` has the wrong type or range.
    bool setValue(Key key, const QVariant &value);
    void reset(Key key);
    bool isDefault(Key key) const;
    /// A value checked against the declaration: converted, or invalid.
    static QVariant validated(Key key, const QVariant &value);

    int pollIntervalS() const { return value(Key::PollIntervalS).toInt(); }
    /// The thresholds below every cluster file's: a cluster's own
    /// default, group, node and link thresholds still win.
    Thresholds defaultThresholds() const;
    /// The keys making up defaultThresholds(), in the order a form shows them.
    static QList<Key> thresholdKeys();

    Theme theme() const;
    static QString themeName(Theme theme);
    /// "system", or a language code ("en", "de", "fr").
    QString language() const { return value(Key::Language).toString(); }
    /// For LanguageManager::install(): empty when the system locale applies.
    QString languageOverride() const;

    /// Most recent first, without duplicates, at most maxRecentClusters.
    QStringList recentClusters() const;
    /// Puts `path` (made absolute) at the top of recentClusters().
    void addRecentCluster(const QString &path);

    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
    /// Forgets the saved window geometry and dock layout.
    void resetWindowLayout();

Q_SIGNALS:
    /// After a stored value changed through this object.
    void changed(mailha::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace mailha
