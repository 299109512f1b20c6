import OutlayKit

/// One sync of this device with its server, as `outlay sync` and the
/// dashboard's `S` run it: the sync protocol, or compatibility mode when the
/// server turns out to be a gateway with only the basic routes.
public enum DeviceSync {
    /// `progress` is told the changes sent and received so far, after each batch.
    public static func run(database: AppDatabase, credentials: SyncCredentials, progress: ProgressReporter? = nil) async throws -> SyncRunner.Report {
        let client = HTTPSyncClient(credentials: credentials, currency: database.currency)
        do {
            var runner = SyncRunner(service: SyncService(database: database), transport: client)
            runner.progress = progress
            return try await runner.run()
        } catch SyncError.noSyncEndpoints {
            return try await BasicGatewaySync(database: database).run(with: client)
        }
    }
}
