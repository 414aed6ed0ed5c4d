// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mailha {

namespace {

using Key = Settings::Key;

// The form shows friendlier units than the settings store: minutes for the
// oldest message, MiB for lag in bytes.
double unitOf(Key key)
{
    switch (key) {
    case Key::OldestMessageWarnS:
    case Key::OldestMessageCritS: return 60;
    case Key::LagWarnBytes:
    case Key::LagCritBytes: return 1 << 20;
    default: return 1;
    }
}

QList<Settings::Key> formKeys()
{
    return QList<Settings::Key>{Key::Language, Key::Theme, Key::PollIntervalS} + Settings::thresholdKeys();
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_pages(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    m_pages->setObjectName(QStringLiteral("preferencesPages"));
    m_pages->setAccessibleName(tr("Preference pages"));
    m_pages->addTab(createGeneralPage(), tr("&General"));
    m_pages->addTab(createMonitoringPage(), tr("&Monitoring"));
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    load();
}

QWidget *PreferencesDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(system.isEmpty() ? tr("System language") : tr("System language (%1)").arg(system),
                        QStringLiteral("system"));
    // Each language under its own name, so a person can find theirs in any language.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("Menus and panels that are already open keep their language until the "
                                       "console is started again."),
                                    page);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), Settings::themeName(Settings::Theme::System));
    m_theme->addItem(tr("Light"), Settings::themeName(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), Settings::themeName(Settings::Theme::Dark));
    form->addRow(tr("&Theme:"), m_theme);
    return page;
}

QWidget *PreferencesDialog::createMonitoringPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    const Settings::Info &poll = Settings::info(Key::PollIntervalS);
    m_pollInterval = new QSpinBox(page);
    m_pollInterval->setObjectName(QStringLiteral("pollInterval"));
    m_pollInterval->setAccessibleName(tr("Poll interval in seconds"));
    m_pollInterval->setRange(int(poll.min), int(poll.max));
    m_pollInterval->setSuffix(tr(" s"));
    form->addRow(tr("&Poll interval:"), m_pollInterval);
    auto *pollNote = new QLabel(tr("For clusters whose file sets no poll_interval_ms; used from the next connection. "
                                   "The lab keeps its own simulated second."),
                                page);
    pollNote->setWordWrap(true);
    form->addRow(QString(), pollNote);

    auto *box = new QGroupBox(tr("Default alert thresholds"), page);
    layout->addWidget(box);
    auto *grid = new QGridLayout(box);
    grid->addWidget(new QLabel(tr("Warning"), box), 0, 1);
    grid->addWidget(new QLabel(tr("Critical"), box), 0, 2);

    const auto addEditor = [this, box](Key key, const QString &accessibleName, const QString &suffix, int decimals) {
        const Settings::Info &info = Settings::info(key);
        const double unit = unitOf(key);
        QAbstractSpinBox *editor = nullptr;
        if (decimals == 0) {
            auto *spin = new QSpinBox(box);
            spin->setRange(int(std::ceil(info.min / unit)), int(std::min(info.max / unit, 2.0e9)));
            spin->setSuffix(suffix);
            editor = spin;
        } else {
            auto *spin = new QDoubleSpinBox(box);
            spin->setDecimals(decimals);
            spin->setRange(info.min / unit, info.max / unit);
            spin->setSuffix(suffix);
            editor = spin;
        }
        editor->setObjectName(info.name.section(QLatin1Char('/'), 1));
        editor->setAccessibleName(accessibleName);
        m_thresholds.insert(key, editor);
        return editor;
    };
    struct Row {
        QString label;
        Key warn;
        Key crit;
        QString suffix;
        int decimals;
    };
    const Row rows[] = {
        {tr("&Queue depth"), Key::QueueWarn, Key::QueueCrit, tr(" messages"), 0},
        {tr("&Oldest queued message"), Key::OldestMessageWarnS, Key::OldestMessageCritS, tr(" min"), 1},
        {tr("Replication lag (&time)"), Key::LagWarnS, Key::LagCritS, tr(" s"), 1},
        {tr("Replication lag (&bytes)"), Key::LagWarnBytes, Key::LagCritBytes, tr(" MiB"), 0},
        {tr("&Disk free at most"), Key::DiskFreeWarnPct, Key::DiskFreeCritPct, tr(" %"), 1},
    };
    int r = 1;
    for (const Row &row : rows) {
        auto *label = new QLabel(row.label, box);
        const QString plain = QString(row.label).remove(QLatin1Char('&'));
        QAbstractSpinBox *warn = addEditor(row.warn, tr("%1, warning").arg(plain), row.suffix, row.decimals);
        QAbstractSpinBox *crit = addEditor(row.crit, tr("%1, critical").arg(plain), row.suffix, row.decimals);
        label->setBuddy(warn);
        grid->addWidget(label, r, 0);
        grid->addWidget(warn, r, 1);
        grid->addWidget(crit, r, 2);
        ++r;
    }
    auto *staleLabel = new QLabel(tr("&Stale after"), box);
    QAbstractSpinBox *stale = addEditor(Key::StaleAfterIntervals, tr("Stale after this many poll intervals"),
                                        tr(" poll intervals"), 0);
    staleLabel->setBuddy(stale);
    grid->addWidget(staleLabel, r, 0);
    grid->addWidget(stale, r, 1, 1, 2);
    auto *note = new QLabel(tr("A cluster file's own thresholds (cluster defaults, group, node, link) override these."),
                            box);
    note->setWordWrap(true);
    grid->addWidget(note, r + 1, 0, 1, 3);
    layout->addStretch(1);
    return page;
}

void PreferencesDialog::setForm(Key key, const QVariant &value)
{
    switch (key) {
    case Key::Language:
    case Key::Theme: {
        QComboBox *box = key == Key::Language ? m_language : m_theme;
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
        return;
    }
    case Key::PollIntervalS: m_pollInterval->setValue(value.toInt()); return;
    default: break;
    }
    QAbstractSpinBox *editor = m_thresholds.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(int(std::llround(value.toDouble() / unitOf(key))));
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
        dspin->setValue(value.toDouble() / unitOf(key));
}

QVariant PreferencesDialog::formValue(Key key) const
{
    switch (key) {
    case Key::Language: return m_language->currentData();
    case Key::Theme: return m_theme->currentData();
    case Key::PollIntervalS: return m_pollInterval->value();
    default: break;
    }
    QAbstractSpinBox *editor = m_thresholds.value(key);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return qlonglong(spin->value()) * qlonglong(unitOf(key));
    if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
        return dspin->value() * unitOf(key);
    return {};
}

void PreferencesDialog::load()
{
    if (!m_settings)
        return;
    for (Key key : formKeys())
        setForm(key, m_settings->value(key));
}

void PreferencesDialog::restoreDefaults()
{
    for (Key key : formKeys())
        setForm(key, Settings::info(key).defaultValue);
}

void PreferencesDialog::apply()
{
    if (!m_settings)
        return;
    for (Key key : formKeys()) {
        // A field the person left alone keeps the stored value, even where
        // the form's units (minutes, MiB) cannot show it exactly.
        const QVariant now = formValue(key);
        setForm(key, m_settings->value(key));
        const bool edited = formValue(key) != now;
        setForm(key, now);
        if (edited)
            m_settings->setValue(key, now);
    }
}

} // namespace mailha
