/// What demo households buy, where, and for how much (in cents).
///
/// Weights say how often a category appears on a weekday and on a weekend;
/// amounts are skewed towards the low end of each merchant's range.
enum DemoCatalog {
    struct Merchant {
        let name: String
        let minimum: Int64
        let maximum: Int64
        var wholeUnits = false
    }

    struct Spending {
        let category: String
        let weekdayWeight: Int
        let weekendWeight: Int
        let merchants: [Merchant]
    }

    /// Day-to-day spending; rent, utilities and subscriptions are scheduled instead.
    static let spending: [Spending] = [
        Spending(category: "food", weekdayWeight: 45, weekendWeight: 50, merchants: [
            Merchant(name: "Grocery store", minimum: 1_200, maximum: 14_000),
            Merchant(name: "Coffee", minimum: 280, maximum: 650),
            Merchant(name: "Lunch", minimum: 900, maximum: 2_200),
            Merchant(name: "Bakery", minimum: 300, maximum: 1_500),
            Merchant(name: "Café Crème", minimum: 350, maximum: 900),
            Merchant(name: "寿司 Sushi Bar", minimum: 1_800, maximum: 6_500),
            Merchant(name: "Farmers market", minimum: 800, maximum: 4_500),
            Merchant(name: "Pizza delivery", minimum: 1_500, maximum: 4_000),
        ]),
        Spending(category: "transport", weekdayWeight: 22, weekendWeight: 10, merchants: [
            Merchant(name: "Metro card top-up", minimum: 2_000, maximum: 5_000, wholeUnits: true),
            Merchant(name: "Fuel", minimum: 3_000, maximum: 9_000),
            Merchant(name: "Taxi", minimum: 900, maximum: 4_500),
            Merchant(name: "Parking", minimum: 300, maximum: 2_500),
            Merchant(name: "Train ticket", minimum: 1_200, maximum: 12_000),
        ]),
        Spending(category: "entertainment", weekdayWeight: 6, weekendWeight: 18, merchants: [
            Merchant(name: "Cinema", minimum: 1_100, maximum: 3_200),
            Merchant(name: "Concert tickets", minimum: 3_500, maximum: 16_000, wholeUnits: true),
            Merchant(name: "Bar", minimum: 1_200, maximum: 7_000),
            Merchant(name: "Museum", minimum: 800, maximum: 2_500, wholeUnits: true),
            Merchant(name: "Bowling", minimum: 1_500, maximum: 4_500),
        ]),
        Spending(category: "shopping", weekdayWeight: 10, weekendWeight: 16, merchants: [
            Merchant(name: "Clothing", minimum: 1_500, maximum: 15_000),
            Merchant(name: "Electronics", minimum: 2_000, maximum: 90_000),
            Merchant(name: "Bookshop", minimum: 900, maximum: 4_500),
            Merchant(name: "Hardware store", minimum: 500, maximum: 12_000),
            Merchant(name: "Online order", minimum: 700, maximum: 20_000),
        ]),
        Spending(category: "health", weekdayWeight: 5, weekendWeight: 2, merchants: [
            Merchant(name: "Pharmacy", minimum: 400, maximum: 6_000),
            Merchant(name: "Dentist", minimum: 6_000, maximum: 40_000, wholeUnits: true),
            Merchant(name: "Gym day pass", minimum: 1_000, maximum: 2_000, wholeUnits: true),
            Merchant(name: "Optician", minimum: 5_000, maximum: 30_000),
        ]),
        Spending(category: "other", weekdayWeight: 4, weekendWeight: 4, merchants: [
            Merchant(name: "Gift", minimum: 1_500, maximum: 10_000),
            Merchant(name: "Haircut", minimum: 2_000, maximum: 6_000, wholeUnits: true),
            Merchant(name: "Post office", minimum: 150, maximum: 3_000),
            Merchant(name: "Charity donation", minimum: 1_000, maximum: 10_000, wholeUnits: true),
        ]),
    ]

    static let weekdayWeights = spending.map(\.weekdayWeight)
    static let weekendWeights = spending.map(\.weekendWeight)
    static let weekdayTotal = weekdayWeights.reduce(0, +)
    static let weekendTotal = weekendWeights.reduce(0, +)

    /// The household's monthly bills: (day of month, category, description, minimum, maximum, steady).
    /// A steady bill's amount is drawn once and rises at most once a year; the others vary with use.
    static let bills: [(day: Int, category: String, name: String, minimum: Int64, maximum: Int64, steady: Bool)] = [
        (1, "rent", "Rent", 95_000, 180_000, true),
        (6, "utilities", "Electricity bill", 4_500, 16_000, false),
        (12, "utilities", "Water bill", 2_000, 6_000, false),
        (18, "utilities", "Internet", 3_999, 6_999, true),
        (3, "subscriptions", "Music streaming", 999, 1_699, true),
        (9, "subscriptions", "Video streaming", 1_099, 2_299, true),
        (21, "subscriptions", "Cloud storage", 299, 999, true),
    ]

    /// Rare notes, so that a search for one of their words matches few rows.
    static let notes = [
        "warranty claim pending", "reimbursable by employer", "split with Sam", "birthday present",
        "paid in cash", "ask for receipt",
    ]
    static let tags = ["travel", "work", "family", "kids"]
}
