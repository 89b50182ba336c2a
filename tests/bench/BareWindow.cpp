// The yardstick of the start-up benchmark: a bare Qt Widgets window started and closed the way
// `laatu --exit-after-startup` is (show, let pending events run, exit 0).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Laatu"), &window));
    window.resize(1100, 720);
    window.show();
    QTimer::singleShot(0, &app, [] { QApplication::exit(0); });
    return QApplication::exec();
}
