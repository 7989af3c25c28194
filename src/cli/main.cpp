#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("oms-upgrade"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMSUA_VERSION));
    QTextStream(stdout) << "oms-upgrade " << QCoreApplication::applicationVersion() << '\n';
    return 0;
}
