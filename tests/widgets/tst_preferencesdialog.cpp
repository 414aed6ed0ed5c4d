// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/derive.h"
#include "core/settings.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;
using Key = Settings::Key;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A settings file per case: never the user's own.
    QString freshPath() { return m_dir.filePath(QStringLiteral("prefs-%1.ini").arg(++m_files)); }

    static void select(QComboBox *box, const QString &data)
    {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        box->setCurrentIndex(i);
    }

    static void editTheForm(PreferencesDialog &dialog)
    {
        select(dialog.themeBox(), QStringLiteral("dark"));
        select(dialog.languageBox(), QStringLiteral("fr"));
        dialog.pollIntervalBox()->setValue(7);
        qobject_cast<QSpinBox *>(dialog.thresholdBox(Key::QueueWarn))->setValue(123);
        qobject_cast<QDoubleSpinBox *>(dialog.thresholdBox(Key::LagWarnS))->setValue(3.5);
        qobject_cast<QSpinBox *>(dialog.thresholdBox(Key::LagCritBytes))->setValue(512);  // MiB
        qobject_cast<QDoubleSpinBox *>(dialog.thresholdBox(Key::OldestMessageWarnS))->setValue(45);  // minutes
    }

    static void expectEdited(const Settings &s)
    {
        QCOMPARE(s.theme(), Settings::Theme::Dark);
        QCOMPARE(s.language(), QStringLiteral("fr"));
        QCOMPARE(s.pollIntervalS(), 7);
        const Thresholds t = s.defaultThresholds();
        QCOMPARE(t.queue_warn(), 123);
        QCOMPARE(t.lag_warn_s(), 3.5);
        QCOMPARE(t.lag_crit_bytes(), qint64(512) << 20);
        QCOMPARE(t.oldest_message_warn_s(), 45.0 * 60);
        QCOMPARE(t.queue_crit(), builtinThresholds().queue_crit());
    }

private Q_SLOTS:
    void showsTheStoredValues()
    {
        Settings s(freshPath());
        QVERIFY(s.setValue(Key::Theme, QStringLiteral("light")));
        QVERIFY(s.setValue(Key::PollIntervalS, 12));
        QVERIFY(s.setValue(Key::LagWarnBytes, qlonglong(64) << 20));
        PreferencesDialog dialog(&s);
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("light"));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(dialog.pollIntervalBox()->value(), 12);
        QCOMPARE(qobject_cast<QSpinBox *>(dialog.thresholdBox(Key::LagWarnBytes))->value(), 64);
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(dialog.thresholdBox(Key::OldestMessageCritS))->value(),
                 builtinThresholds().oldest_message_crit_s() / 60);
        QCOMPARE(qobject_cast<QSpinBox *>(dialog.thresholdBox(Key::StaleAfterIntervals))->value(),
                 builtinThresholds().stale_after_intervals());
        // Both pages, every threshold with an editor.
        QCOMPARE(dialog.pages()->count(), 2);
        for (Key key : Settings::thresholdKeys())
            QVERIFY2(dialog.thresholdBox(key), qPrintable(Settings::info(key).name));
    }

    void applyWritesAndStaysOpen()
    {
        const QString path = freshPath();
        Settings s(path);
        PreferencesDialog dialog(&s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        editTheForm(dialog);
        QSignalSpy spy(&s, &Settings::changed);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        expectEdited(s);
        QVERIFY(dialog.isVisible());
        // One signal per changed value, none for the untouched ones.
        QCOMPARE(spy.count(), 7);
        expectEdited(Settings(path));
    }

    void okWritesAndCloses()
    {
        Settings s(freshPath());
        PreferencesDialog dialog(&s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        editTheForm(dialog);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        expectEdited(s);
    }

    void cancelLeavesTheSettingsAlone()
    {
        Settings s(freshPath());
        QVERIFY(s.setValue(Key::QueueWarn, 77));
        PreferencesDialog dialog(&s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        editTheForm(dialog);
        QSignalSpy spy(&s, &Settings::changed);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(s.theme(), Settings::Theme::System);
        QCOMPARE(s.defaultThresholds().queue_warn(), 77);
        QCOMPARE(s.pollIntervalS(), 2);
    }

    void escapeCancels()
    {
        Settings s(freshPath());
        PreferencesDialog dialog(&s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        editTheForm(dialog);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(s.pollIntervalS(), 2);
    }

    void restoreDefaultsFillsTheFormOnly()
    {
        Settings s(freshPath());
        PreferencesDialog dialog(&s);
        editTheForm(dialog);
        dialog.apply();
        expectEdited(s);

        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(dialog.pollIntervalBox()->value(), 2);
        QCOMPARE(qobject_cast<QSpinBox *>(dialog.thresholdBox(Key::QueueWarn))->value(),
                 int(builtinThresholds().queue_warn()));
        // Not written until OK or Apply.
        expectEdited(s);
        dialog.apply();
        for (const Settings::Info &info : Settings::declarations())
            QVERIFY2(s.isDefault(info.key), qPrintable(info.name));
    }

    void untouchedFieldsKeepValuesTheFormCannotShow()
    {
        // 1.5 MiB shows as 2 MiB; applying without touching it must not round the stored value.
        Settings s(freshPath());
        const qlonglong odd = (qlonglong(3) << 20) / 2;
        QVERIFY(s.setValue(Key::LagWarnBytes, odd));
        PreferencesDialog dialog(&s);
        dialog.pollIntervalBox()->setValue(9);
        dialog.apply();
        QCOMPARE(s.pollIntervalS(), 9);
        QCOMPARE(s.value(Key::LagWarnBytes).toLongLong(), odd);
    }

    void everyEditorIsNamedAndReachableByKeyboard()
    {
        Settings s(freshPath());
        PreferencesDialog dialog(&s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QList<QWidget *> editors{dialog.themeBox(), dialog.languageBox(), dialog.pollIntervalBox()};
        for (Key key : Settings::thresholdKeys())
            editors.append(dialog.thresholdBox(key));
        for (QWidget *w : std::as_const(editors)) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
        }
        // Tab walks the General page from language to theme.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.pages()->setCurrentIndex(0);
        dialog.languageBox()->setFocus();
        QTRY_VERIFY(dialog.languageBox()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(dialog.themeBox()->hasFocus());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
