/// Banks' own category names, as their exports write them, and the Outlay
/// category each means: Chase, Capital One, American Express, Discover,
/// Monzo, Starling, Commerzbank, and the words Quicken files and other banks
/// use. Keys are lowercased; an American Express "Group-Subgroup" name is
/// also looked up by its group.
enum BankCategoryMap {
    static func category(for bankCategory: String) -> String? {
        let key = bankCategory.trimmingWhitespace().lowercased()
        if let name = names[key] { return name }
        if let dash = key.firstIndex(of: "-"), let name = names[String(key[..<dash])] { return name }
        return nil
    }

    static let names: [String: String] = {
        var map: [String: String] = [:]
        func add(_ category: String, _ keys: [String]) { for key in keys { map[key] = category } }
        add("food", ["food & drink", "groceries", "grocery", "dining", "restaurants", "restaurant", "supermarkets", "eating_out",
                     "eating out", "food", "merchandise & supplies-groceries", "lebensmittel", "restaurants & cafés", "alimentación",
                     "restauration", "alimentation", "boodschappen", "eten & drinken"])
        add("transport", ["gas", "gasoline", "gas/automotive", "automotive", "travel", "transportation", "airfare", "car rental",
                          "transport", "auto & transport", "mobilität", "verkehr", "transporte", "transports", "vervoer", "fuel"])
        add("shopping", ["shopping", "merchandise", "merchandise & supplies", "general merchandise", "home", "einkäufe", "shopping & lifestyle",
                         "compras", "achats", "winkelen", "clothing"])
        add("entertainment", ["entertainment", "travel/ entertainment", "travel/entertainment", "lodging", "holidays", "lifestyle",
                              "freizeit", "ocio", "loisirs", "vrije tijd", "recreation"])
        add("utilities", ["bills & utilities", "bills", "bills_and_services", "bills and services", "phone/cable", "internet",
                          "utilities", "communications", "energie", "versorgung", "suministros", "factures", "vaste lasten"])
        add("health", ["health & wellness", "health care", "medical services", "personal_care", "personal care", "health",
                       "gesundheit", "salud", "santé", "gezondheid", "pharmacy"])
        add("rent", ["rent", "housing", "wohnen", "miete", "vivienda", "logement", "wonen", "mortgage"])
        add("subscriptions", ["subscriptions", "subscription", "streaming", "abonnements"])
        add("salary", ["income", "salary", "paycheck", "einkommen", "gehalt", "nómina", "salaire", "salaris"])
        add("other", ["personal", "education", "gifts & donations", "professional services", "fees & adjustments", "other services",
                      "services", "general", "charity", "family", "expenses", "finances", "gifts", "other", "miscellaneous",
                      "business services", "fees"])
        return map
    }()
}
