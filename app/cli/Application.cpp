// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#ifdef TSUNAGU_CLI_PDF
#include "ui/statistics/PdfReport.h"

#include <QApplication>
#endif

namespace tsunagu::cli {

bool canDrawPdf()
{
#ifdef TSUNAGU_CLI_PDF
    return true;
#else
    return false;
#endif
}

QString pdfUnavailableMessage()
{
    return QCoreApplication::translate("tsunagu::cli",
                                       "PDF export is available from the statistics screen of the desktop application; "
                                       "here, use --format csv, xlsx or json.");
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
#ifdef TSUNAGU_CLI_PDF
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (statsWritesPdf(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform's start-up notes (under cron: "XDG_RUNTIME_DIR not set")
        // are for developers: a successful run leaves stderr empty (CLI.md).
        // Critical and fatal messages still go through.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &text) {
            if ((type == QtCriticalMsg || type == QtFatalMsg) && previous)
                previous(type, context, text);
        });
        auto app = std::make_unique<QApplication>(argc, argv);
        qInstallMessageHandler(previous);
        return app;
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

Result<QByteArray> drawPdf(const statistics::Report &report)
{
#ifdef TSUNAGU_CLI_PDF
    // Qt Charts draws through a graphics scene, which needs a QApplication.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        return ui::PdfReport::render(report);
    return fail(ErrorCode::Invalid,
                QCoreApplication::translate("tsunagu::cli", "A PDF is drawn only when the command line asks for it: "
                                                            "give --format pdf."),
                QStringLiteral("format"));
#else
    Q_UNUSED(report);
    return fail(ErrorCode::Invalid, pdfUnavailableMessage(), QStringLiteral("format"));
#endif
}

} // namespace tsunagu::cli
