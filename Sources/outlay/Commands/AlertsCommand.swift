import ArgumentParser
import OutlayBasics
import OutlayKit
import TerminalUI

struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "The inbox: budget alerts, weekly summaries and monthly reports.",
        subcommands: [List.self, Read.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Newest first; unread ones marked with *.")
        @Flag(help: "Only unread ones.") var unread = false
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let notifications = try global.withDatabase(printingAlerts: false) {
                try NotificationService(database: $0).list(unreadOnly: unread)
            }
            if output.json {
                JSONOutput.print(.array(notifications.map { $0.json() }))
                return
            }
            guard !notifications.isEmpty else {
                print(unread ? "No unread alerts." : "No alerts yet.")
                return
            }
            let style = TerminalStyle.standardOutput
            var table = TextTable([TextTable.Column(title: " "), TextTable.Column(title: "ID"), TextTable.Column(title: "DATE"),
                               TextTable.Column(title: "TYPE"), TextTable.Column(title: "MESSAGE", flexible: true)])
            for n in notifications {
                table.append([TextTable.Cell(text: n.isRead ? " " : "*") { style.bold($0) },
                              TextTable.Cell(text: String(n.id.suffix(8))) { style.dim($0) },
                              TextTable.Cell(text: String(n.createdAt.description.prefix(10))),
                              TextTable.Cell(text: n.type.rawValue), TextTable.Cell(text: n.message)])
            }
            print(table.render(width: TerminalStyle.width, style: style))
        }
    }

    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark one alert, or --all, as read.")
        @Argument(help: "The alert's id or its last characters.") var id: String?
        @Flag(help: "Every alert.") var all = false
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if (id == nil) == !all { throw ValidationError("give an alert id or --all") }
        }

        func run() throws {
            try global.withDatabase(printingAlerts: false) { database in
                let service = NotificationService(database: database)
                if let id {
                    try service.markRead(id: id)
                    print("Marked \(id) as read")
                } else {
                    print("Marked \(try service.markAllRead()) alerts as read")
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete an alert from the inbox.")
        @Argument(help: "The alert's id or its last characters.") var id: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try global.withDatabase(printingAlerts: false) { try NotificationService(database: $0).delete(id: id) }
            print("Deleted alert \(id)")
        }
    }
}
