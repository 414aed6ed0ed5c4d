// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/derive.h"
#include "core/settings.h"

#include <QFileInfo>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;
using Key = Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // Every case gets a fresh INI file: nothing leaks between cases, and the
    // user's real settings are never read.
    QString freshPath() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files)); }

    static QString keyName(Key key)
    {
        return QString::fromLatin1(QMetaEnum::fromType<Key>().valueToKey(int(key)));
    }

private Q_SLOTS:
    void declarationsMatchTheKeys()
    {
        const QMetaEnum keys = QMetaEnum::fromType<Key>();
        QCOMPARE(Settings::declarations().size(), keys.keyCount());
        QStringList names;
        for (int i = 0; i < keys.keyCount(); ++i) {
            const Settings::Info &info = Settings::info(Key(keys.value(i)));
            QCOMPARE(int(info.key), keys.value(i));
            QVERIFY2(!names.contains(info.name), qPrintable(info.name));
            names.append(info.name);
            // Every default passes its own validation.
            QVERIFY2(Settings::validated(info.key, info.defaultValue).isValid(), keys.key(i));
        }
    }

    void defaults()
    {
        Settings s(freshPath());
        QCOMPARE(s.pollIntervalS(), 2);
        QCOMPARE(s.theme(), Settings::Theme::System);
        QCOMPARE(s.language(), QStringLiteral("system"));
        QVERIFY(s.languageOverride().isEmpty());
        QVERIFY(s.recentClusters().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
        // Untouched thresholds are exactly the built-in ones the cluster files build on.
        QCOMPARE(QString::fromStdString(s.defaultThresholds().DebugString()),
                 QString::fromStdString(builtinThresholds().DebugString()));
        for (const Settings::Info &info : Settings::declarations())
            QVERIFY2(s.isDefault(info.key), qPrintable(info.name));
    }

    void roundTrip()
    {
        const QString path = freshPath();
        {
            Settings s(path);
            QVERIFY(s.setValue(Key::PollIntervalS, 15));
            QVERIFY(s.setValue(Key::QueueWarn, 42));
            QVERIFY(s.setValue(Key::LagWarnS, 2.5));
            QVERIFY(s.setValue(Key::LagCritBytes, qlonglong(3) << 30));
            QVERIFY(s.setValue(Key::DiskFreeCritPct, 3.5));
            QVERIFY(s.setValue(Key::StaleAfterIntervals, 4));
            QVERIFY(s.setValue(Key::Theme, Settings::themeName(Settings::Theme::Dark)));
            QVERIFY(s.setValue(Key::Language, QStringLiteral("de")));
            s.setWindowLayout(QByteArray("\x01\x02geometry", 10), QByteArray("state\0bytes", 11));
        }
        Settings s(path);
        QCOMPARE(s.pollIntervalS(), 15);
        QCOMPARE(s.theme(), Settings::Theme::Dark);
        QCOMPARE(s.languageOverride(), QStringLiteral("de"));
        QCOMPARE(s.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(s.windowState(), QByteArray("state\0bytes", 11));
        const Thresholds t = s.defaultThresholds();
        QCOMPARE(t.queue_warn(), 42);
        QCOMPARE(t.lag_warn_s(), 2.5);
        QCOMPARE(t.lag_crit_bytes(), qint64(3) << 30);
        QCOMPARE(t.disk_free_crit_pct(), 3.5);
        QCOMPARE(t.stale_after_intervals(), 4);
        QCOMPARE(t.queue_crit(), builtinThresholds().queue_crit());
        QVERIFY(!s.isDefault(Key::QueueWarn));

        s.reset(Key::QueueWarn);
        QCOMPARE(s.defaultThresholds().queue_warn(), builtinThresholds().queue_warn());
        s.resetWindowLayout();
        QVERIFY(s.windowState().isEmpty());
    }

    void badStoredValuesReadAsDefault_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("poll interval: text") << Key::PollIntervalS << QVariant(QStringLiteral("often"));
        QTest::newRow("poll interval: zero") << Key::PollIntervalS << QVariant(0);
        QTest::newRow("poll interval: negative") << Key::PollIntervalS << QVariant(QStringLiteral("-5"));
        QTest::newRow("poll interval: too long") << Key::PollIntervalS << QVariant(100000);
        QTest::newRow("poll interval: fraction") << Key::PollIntervalS << QVariant(QStringLiteral("2.5"));
        QTest::newRow("queue warn: list") << Key::QueueWarn << QVariant(QStringList{QStringLiteral("1"), QStringLiteral("2")});
        QTest::newRow("lag: nan") << Key::LagWarnS << QVariant(QStringLiteral("nan"));
        QTest::newRow("lag: inf") << Key::LagCritS << QVariant(qInf());
        QTest::newRow("disk: 100 %") << Key::DiskFreeWarnPct << QVariant(100.0);
        QTest::newRow("stale: zero") << Key::StaleAfterIntervals << QVariant(0);
        QTest::newRow("theme: unknown") << Key::Theme << QVariant(QStringLiteral("solarized"));
        QTest::newRow("theme: number") << Key::Theme << QVariant(2);
        QTest::newRow("language: unshipped") << Key::Language << QVariant(QStringLiteral("xx"));
        QTest::newRow("geometry: text") << Key::WindowGeometry << QVariant(QStringLiteral("800x600"));
    }
    void badStoredValuesReadAsDefault()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, stored);
        const QString path = freshPath();
        QSettings(path, QSettings::IniFormat).setValue(Settings::info(key).name, stored);
        Settings s(path);
        QCOMPARE(s.value(key), Settings::info(key).defaultValue);
        // And nothing of the kind can be stored through the typed side.
        QSignalSpy spy(&s, &Settings::changed);
        QVERIFY(!s.setValue(key, stored));
        QCOMPARE(spy.count(), 0);
    }

    void goodStoredTextIsAccepted()
    {
        // What a person may well type into the INI file by hand.
        const QString path = freshPath();
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.setValue(Settings::info(Key::PollIntervalS).name, QStringLiteral("30"));
            ini.setValue(Settings::info(Key::LagWarnS).name, QStringLiteral("0.5"));
            ini.setValue(Settings::info(Key::Theme).name, QStringLiteral("light"));
        }
        Settings s(path);
        QCOMPARE(s.pollIntervalS(), 30);
        QCOMPARE(s.defaultThresholds().lag_warn_s(), 0.5);
        QCOMPARE(s.theme(), Settings::Theme::Light);
    }

    void rangeBoundsAreInclusive()
    {
        Settings s(freshPath());
        const Settings::Info &poll = Settings::info(Key::PollIntervalS);
        QVERIFY(s.setValue(Key::PollIntervalS, int(poll.min)));
        QCOMPARE(s.pollIntervalS(), int(poll.min));
        QVERIFY(s.setValue(Key::PollIntervalS, int(poll.max)));
        QCOMPARE(s.pollIntervalS(), int(poll.max));
        QVERIFY(!s.setValue(Key::PollIntervalS, int(poll.max) + 1));
        QCOMPARE(s.pollIntervalS(), int(poll.max));
    }

    void recentClustersOrderDedupeAndLimit()
    {
        const QString path = freshPath();
        Settings s(path);
        QSignalSpy spy(&s, &Settings::changed);
        s.addRecentCluster(QStringLiteral("/c/a.textproto"));
        s.addRecentCluster(QStringLiteral("/c/b.textproto"));
        s.addRecentCluster(QStringLiteral("/c/a.textproto"));
        QCOMPARE(s.recentClusters(), (QStringList{QStringLiteral("/c/a.textproto"), QStringLiteral("/c/b.textproto")}));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).value<Key>(), Key::RecentClusters);

        for (int i = 0; i < 15; ++i)
            s.addRecentCluster(QStringLiteral("/c/%1.textproto").arg(i));
        const QStringList recent = s.recentClusters();
        QCOMPARE(recent.size(), Settings::maxRecentClusters);
        QCOMPARE(recent.first(), QStringLiteral("/c/14.textproto"));
        QCOMPARE(recent.last(), QStringLiteral("/c/5.textproto"));

        // Relative paths are remembered absolute, so the list works from any directory.
        s.addRecentCluster(QStringLiteral("relative.textproto"));
        QVERIFY(QFileInfo(s.recentClusters().first()).isAbsolute());
        QVERIFY(s.recentClusters().first().endsWith(QLatin1String("/relative.textproto")));
    }

    void recentClustersFromTheOldKeyAndFormat()
    {
        // Written by the console before Settings existed, and as an INI file
        // stores a one-entry list; duplicates from a hand edit fold away.
        const QString path = freshPath();
        {
            QSettings ini(path, QSettings::IniFormat);
            ini.setValue(QStringLiteral("session/recentClusters"),
                         QStringList{QStringLiteral("/x/one"), QStringLiteral("/x/two"), QStringLiteral("/x/one")});
        }
        QCOMPARE(Settings(path).recentClusters(), (QStringList{QStringLiteral("/x/one"), QStringLiteral("/x/two")}));
        const QString single = freshPath();
        {
            QSettings ini(single, QSettings::IniFormat);
            ini.setValue(QStringLiteral("session/recentClusters"), QStringLiteral("/x/only"));
        }
        QCOMPARE(Settings(single).recentClusters(), QStringList{QStringLiteral("/x/only")});
    }

    void changeSignal()
    {
        Settings s(freshPath());
        QSignalSpy spy(&s, &Settings::changed);
        QVERIFY(s.setValue(Key::LagWarnS, 20.0));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<Key>(), Key::LagWarnS);
        // The same value again is no change.
        QVERIFY(s.setValue(Key::LagWarnS, 20.0));
        QCOMPARE(spy.count(), 0);
        // Setting the default explicitly after a change is a change back.
        QVERIFY(s.setValue(Key::LagWarnS, Settings::info(Key::LagWarnS).defaultValue));
        QCOMPARE(spy.count(), 1);
        spy.clear();
        s.reset(Key::LagWarnS);  // already the default
        QCOMPARE(spy.count(), 0);
        QVERIFY(s.setValue(Key::Theme, QStringLiteral("dark")));
        s.reset(Key::Theme);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<Key>(), Key::Theme);
        QCOMPARE(s.theme(), Settings::Theme::System);
    }

    void defaultStoreIsTheApplicationsSettings()
    {
        // The default constructor reads what QSettings() writes, the store
        // main() names; test mode keeps this away from the user's own file.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailHA-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
        QSettings().clear();
        QSettings().setValue(Settings::info(Key::QueueCrit).name, 777);
        QCOMPARE(Settings().defaultThresholds().queue_crit(), 777);
        QSettings().clear();
        QCOMPARE(Settings().defaultThresholds().queue_crit(), builtinThresholds().queue_crit());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
