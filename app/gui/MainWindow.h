#pragma once

#include "instrument/Instrument.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QTreeWidgetItem;

namespace Ui {
class MainWindow;
}

namespace laatu::gui {

class ReviewListPanel;

// The main window. For now it shows the criteria catalog: sections and criteria on the left,
// the chosen criterion's definition, anchors and suggestion rule on the right. The review walk
// grows from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Instrument instrument, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Instrument &instrument() const { return m_instrument; }
    void setInstrument(Instrument instrument);
    // Shows the criterion with `id` (selects it in the list); false when the id is unknown.
    bool showCriterion(const QString &id);
    // Takes the open database and lists its reviews.
    void setDatabase(std::unique_ptr<Database> database);
    Database *database() const { return m_database.get(); }
    ReviewListPanel *reviewList() const { return m_reviewList; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void openCatalogFile();
    void useBuiltInCatalog();
    void chooseLanguage(const QString &setting);
    void showAbout();
    void fillLanguageMenu();
    void fillCriteriaTree();
    void showCurrentItem();
    void retranslate();
    void reloadReviews();
    void showStatus();
    QString language() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Instrument m_instrument;
    QActionGroup *m_languageGroup = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReviewRepository> m_repository;
    QDockWidget *m_reviewDock = nullptr;
    ReviewListPanel *m_reviewList = nullptr;
};

} // namespace laatu::gui
