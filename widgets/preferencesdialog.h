// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QAbstractSpinBox;
class QComboBox;
class QDialogButtonBox;
class QSpinBox;
class QTabWidget;

namespace mailha {

/// Edit › Preferences: General (language, theme) and Monitoring (poll
/// interval, default alert thresholds). It edits a Settings object and
/// nothing else; whoever owns the Settings applies the changes when it
/// announces them. OK and Apply write the form, Cancel leaves the settings
/// as they were, Restore Defaults fills the form with the defaults (written
/// on OK or Apply).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings *settings, QWidget *parent = nullptr);

    /// Writes the form to the settings.
    void apply();
    /// Fills the form with the declared defaults.
    void restoreDefaults();
    /// Fills the form from the settings.
    void load();

    QTabWidget *pages() const { return m_pages; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *pollIntervalBox() const { return m_pollInterval; }
    /// The editor of one threshold key (a QSpinBox or QDoubleSpinBox).
    QAbstractSpinBox *thresholdBox(Settings::Key key) const { return m_thresholds.value(key); }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QWidget *createGeneralPage();
    QWidget *createMonitoringPage();
    void setForm(Settings::Key key, const QVariant &value);
    QVariant formValue(Settings::Key key) const;

    QPointer<Settings> m_settings;
    QTabWidget *m_pages;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    QMap<Settings::Key, QAbstractSpinBox *> m_thresholds;
    QDialogButtonBox *m_buttons;
};

} // namespace mailha
