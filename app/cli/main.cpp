// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu-cli: the administrator's and supervisor's command line (design/CLI.md).
#include "Application.h"
#include "Command.h"

#include "common/ContextFallbackTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>

using namespace tsunagu;

namespace {

QString overview()
{
    QString text = QCoreApplication::translate("tsunagu::cli", "Usage: tsunagu-cli COMMAND --db FILE [options]\n\n"
                                                      "Commands:\n");
    for (const cli::Command &c : cli::commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(14), c.summary);
    text += QCoreApplication::translate("tsunagu::cli", "\nRun 'tsunagu-cli COMMAND --help' for the options of one command.\n"
                                               "Without --db, the database of the desktop application is used.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // A QCoreApplication, or a QApplication on the offscreen platform when the
    // command draws a PDF (Application.h).
    const std::unique_ptr<QCoreApplication> app = cli::createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tsunagu"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));

    // Core messages are catalogued under their namespace; the fallback finds them.
    ContextFallbackTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tsunagu"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("help")) {
        cli::print(overview());
        return args.size() < 2 ? cli::Usage : cli::Ok;
    }
    if (args.at(1) == QLatin1String("--version")) {
        cli::print(QStringLiteral("tsunagu-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return cli::Ok;
    }

    const QString name = args.at(1);
    for (const cli::Command &command : cli::commands()) {
        if (command.name != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command.summary + QStringLiteral("\n\n")
                                         + QCoreApplication::translate("tsunagu::cli", "Example:") + QStringLiteral("\n  ")
                                         + command.example);
        parser.addHelpOption();
        parser.addOption({QStringLiteral("db"), QCoreApplication::translate("tsunagu::cli", "The database file."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("staff"),
                          QCoreApplication::translate("tsunagu::cli", "The acting staff member (default: $TSUNAGU_STAFF or cli)."),
                          QStringLiteral("NAME")});
        if (command.addOptions)
            command.addOptions(parser);
        args.removeAt(1);
        if (!parser.parse(args)) {
            cli::printError(parser.errorText());
            return cli::Usage;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            cli::print(parser.helpText().replace(args.constFirst(), QStringLiteral("tsunagu-cli ") + name));
            return cli::Ok;
        }
        return command.run(parser);
    }
    cli::printError(QCoreApplication::translate("tsunagu::cli", "Unknown command '%1'. Run 'tsunagu-cli --help' for the list.")
                        .arg(name));
    return cli::Usage;
}
