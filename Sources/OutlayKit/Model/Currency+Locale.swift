import Foundation

extension Currency {
    /// The currency of the user's locale, to suggest for a new book: from
    /// `LC_ALL`, `LC_MONETARY` or `LANG` (`de_CH.UTF-8` → CHF), which Foundation's
    /// current locale does not read where the system has no locales installed;
    /// nil when they name no country.
    public static var ofLocale: Currency? { ofLocale(ProcessInfo.processInfo.environment) }

    static func ofLocale(_ environment: [String: String]) -> Currency? {
        let names = ["LC_ALL", "LC_MONETARY", "LANG"].compactMap { environment[$0] }.filter { !$0.isEmpty }
        for name in names {
            // language_REGION[.encoding][@modifier]; C and POSIX name no country.
            let identifier = name.split(separator: ".").first.map(String.init)?.split(separator: "@").first.map(String.init) ?? name
            guard identifier.contains("_"), let code = Locale(identifier: identifier).currency?.identifier else { continue }
            return try? Currency(code: code)
        }
        return Locale.current.currency.flatMap { try? Currency(code: $0.identifier) }
    }
}
