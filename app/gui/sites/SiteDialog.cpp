#include "SiteDialog.h"

#include "ui_SiteDialog.h"

#include "i18n/Translator.h"
#include "review/CountyList.h"

#include <QApplication>
#include <QCollator>
#include <QKeyEvent>
#include <QPushButton>
#include <QUuid>

#include <algorithm>

namespace laatu::gui {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;
} // namespace

SiteDialog::SiteDialog(const Site &site, const QStringList &knownCounties, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SiteDialog>())
    , m_site(site)
    , m_knownCounties(knownCounties)
    , m_language(Translator::currentLanguage())
{
    m_ui->setupUi(this);
    setWindowTitle(site.uuid.isEmpty() ? tr("New Site") : tr("Site Details"));
    if (m_site.uuid.isEmpty())
        m_site.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fillCounties(site.county);
    m_ui->nameEdit->setText(site.name);
    m_ui->organisationEdit->setText(site.organisation);
    m_ui->unitEdit->setText(site.unit);
    m_ui->municipalityEdit->setText(site.municipality);
    setCounty(site.county);
    m_ui->countyCombo->installEventFilter(this);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &SiteDialog::updateOk);
    connect(m_ui->countyCombo, &QComboBox::currentIndexChanged, this, &SiteDialog::countyChanged);
    connect(m_ui->otherCountyEdit, &QLineEdit::textChanged, this, &SiteDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    countyChanged();
}

SiteDialog::~SiteDialog() = default;

// The listed counties sorted in the user's language, then the database's other counties, then
// "Other…".
void SiteDialog::fillCounties(const QString &current)
{
    QComboBox *combo = m_ui->countyCombo;
    const CountyList &list = CountyList::builtIn();
    const auto add = [combo](const QString &text, CountyKind kind, const QString &value) {
        combo->addItem(text);
        combo->setItemData(combo->count() - 1, int(kind), KindRole);
        combo->setItemData(combo->count() - 1, value, ValueRole);
    };
    for (const QString &name : list.names(m_language))
        add(name, CountyKind::Listed, list.find(name)->id);

    QStringList stored;
    for (const QString &text : m_knownCounties + QStringList {current}) {
        const QString county = text.trimmed();
        if (!county.isEmpty() && !list.find(county) && !stored.contains(county))
            stored << county;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(stored.begin(), stored.end(), collator);
    if (!stored.isEmpty() && combo->count() > 0)
        combo->insertSeparator(combo->count());
    for (const QString &county : stored) {
        add(county, CountyKind::Stored, county);
        combo->setItemData(combo->count() - 1,
                           tr("Used in this database; not one of the wellbeing services counties"),
                           Qt::ToolTipRole);
    }
    if (combo->count() > 0)
        combo->insertSeparator(combo->count());
    add(tr("Other…"), CountyKind::Other, QString());
    combo->setItemData(combo->count() - 1, tr("Type a county that is not in the list"),
                       Qt::ToolTipRole);
}

int SiteDialog::countyIndex(CountyKind kind, const QString &value) const
{
    const QComboBox *combo = m_ui->countyCombo;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i, KindRole).isValid()
            && CountyKind(combo->itemData(i, KindRole).toInt()) == kind
            && (kind == CountyKind::Other || combo->itemData(i, ValueRole).toString() == value))
            return i;
    }
    return -1;
}

void SiteDialog::setCounty(const QString &county)
{
    const QString text = county.trimmed();
    int index = -1;
    if (const County *listed = CountyList::builtIn().find(text))
        index = countyIndex(CountyKind::Listed, listed->id);
    else if (!text.isEmpty())
        index = countyIndex(CountyKind::Stored, text);
    if (index < 0 && !text.isEmpty()) {
        index = countyIndex(CountyKind::Other);
        m_ui->otherCountyEdit->setText(text);
    }
    m_ui->countyCombo->setCurrentIndex(index);
    countyChanged();
}

void SiteDialog::setValues(const QString &name, const QString &municipality, const QString &county)
{
    m_ui->nameEdit->setText(name);
    m_ui->municipalityEdit->setText(municipality);
    setCounty(county);
}

// A listed county is stored as the site already has it, else as shown, unless the database
// already uses only its name in the other language (so the comparisons keep one group).
QString SiteDialog::listedCountyText(const County &county) const
{
    const CountyList &list = CountyList::builtIn();
    if (list.find(m_site.county) == &county)
        return m_site.county.trimmed();
    const QString shown = county.name(m_language);
    const QString other = shown == county.finnish ? county.swedish : county.finnish;
    if (!m_knownCounties.contains(shown) && m_knownCounties.contains(other))
        return other;
    return shown;
}

QString SiteDialog::countyText() const
{
    const QComboBox *combo = m_ui->countyCombo;
    const int index = combo->currentIndex();
    if (index < 0 || !combo->itemData(index, KindRole).isValid())
        return {};
    const QString value = combo->itemData(index, ValueRole).toString();
    const CountyList &list = CountyList::builtIn();
    switch (CountyKind(combo->itemData(index, KindRole).toInt())) {
    case CountyKind::Listed:
        if (const County *county = list.byId(value))
            return listedCountyText(*county);
        return {};
    case CountyKind::Stored:
        return value;
    case CountyKind::Other:
        break;
    }
    // Typed text that names a listed or already used county is that county.
    const QString typed = m_ui->otherCountyEdit->text().simplified();
    if (const County *county = list.find(typed))
        return listedCountyText(*county);
    for (const QString &known : m_knownCounties) {
        if (CountyList::normalized(known) == CountyList::normalized(typed))
            return known.trimmed();
    }
    return typed;
}

void SiteDialog::countyChanged()
{
    const int index = m_ui->countyCombo->currentIndex();
    const bool other = index >= 0 && index == countyIndex(CountyKind::Other);
    m_ui->otherCountyLabel->setVisible(other);
    m_ui->otherCountyEdit->setVisible(other);
    updateOk();
}

// Typing in the closed list picks the first county that starts with what was typed, spaces
// included ("Etelä-S"), so a whole name can be typed; a space on its own opens the list.
bool SiteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->countyCombo && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool plain
            = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && !text.isEmpty() && text.at(0).isPrint())
            return searchCounty(text);
    }
    return QDialog::eventFilter(watched, event);
}

bool SiteDialog::searchCounty(const QString &typed)
{
    if (!m_searchTimer.isValid() || m_searchTimer.elapsed() > QApplication::keyboardInputInterval())
        m_search.clear();
    if (m_search.isEmpty() && typed == QLatin1String(" "))
        return false;
    m_searchTimer.start();
    m_search += typed;
    QComboBox *combo = m_ui->countyCombo;
    const auto matches = [combo](int i, const QString &prefix) {
        return combo->itemData(i, KindRole).isValid()
            && combo->itemText(i).startsWith(prefix, Qt::CaseInsensitive);
    };
    for (int i = 0; i < combo->count(); ++i) {
        if (matches(i, m_search)) {
            combo->setCurrentIndex(i);
            return true;
        }
    }
    // The same letter again goes to the next county that starts with it.
    if (m_search.count(m_search.front()) == m_search.size()) {
        const QString letter(m_search.front());
        for (int step = 1; step <= combo->count(); ++step) {
            const int i = (combo->currentIndex() + step) % combo->count();
            if (matches(i, letter)) {
                combo->setCurrentIndex(i);
                break;
            }
        }
    }
    return true;
}

void SiteDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->nameEdit->text().trimmed().isEmpty() && !countyText().isEmpty());
}

Site SiteDialog::site() const
{
    Site site = m_site;
    site.name = m_ui->nameEdit->text().trimmed();
    site.organisation = m_ui->organisationEdit->text().trimmed();
    site.unit = m_ui->unitEdit->text().trimmed();
    site.municipality = m_ui->municipalityEdit->text().trimmed();
    site.county = countyText();
    return site;
}

} // namespace laatu::gui
