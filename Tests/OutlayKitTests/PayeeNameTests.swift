import Testing
@testable import OutlayKit

/// The payee a bank's text names: real texts from the banks' exports, cleaned.
@Suite struct PayeeNameTests {
    @Test(arguments: [
        ("PG&E            WEB ONLINE                 PPD ID: 9432610001", "PG&E"),
        ("ACME CORP        PAYROLL                    PPD ID: 1234567890", "ACME CORP PAYROLL"),
        ("WHOLEFDS MKT #10233 SAN FRANCISCO CA", "WHOLEFDS MKT"),
        ("WHOLEFDS MKT 10234 NEW YORK NY", "WHOLEFDS MKT"),
        ("ZELLE PAYMENT TO LANDLORD JOHN 11/01", "ZELLE PAYMENT TO LANDLORD JOHN"),
        ("PAYMENT TO CHASE CARD ENDING IN 1234 11/29", "PAYMENT TO CHASE"),
        ("PURCHASE AUTHORIZED ON 11/27 SAFEWAY #1234 SAN FRANCISCO CA S384332 CARD 1234", "SAFEWAY"),
        ("RECURRING PAYMENT AUTHORIZED ON 11/24 SPOTIFY USA", "SPOTIFY USA"),
        ("TESCO STORES 3021  ON 24 NOV          BCC", "TESCO STORES"),
        ("UBER   *EATS", "UBER EATS"),
        ("AMAZON MKTPL*AB12CD", "AMAZON MKTPL"),
        ("TST* BLUE BOTTLE COFFEE", "BLUE BOTTLE COFFEE"),
        ("SQ *BLUE BOTTLE 0931", "BLUE BOTTLE"),
        ("POS PURCHASE REWE 1234 BERLIN", "REWE BERLIN"),
        ("BEA   NR:12AB34   28.11.24/17.42 ALBERT HEIJN 1234,PAS123", "ALBERT HEIJN"),
        ("PRET A MANGER    ON 27 NOV          BCC", "PRET A MANGER"),
        ("ACME CORP DES:PAYROLL ID:0042", "ACME CORP"),
        ("/TRTP/SEPA OVERBOEKING/IBAN/NL20INGB0001234567/NAME/ACME BV/REMI/Salaris november", "ACME BV"),
        ("Shop 97", "Shop 97"),
        ("7-ELEVEN 33215", "7-ELEVEN"),
        ("Netflix", "Netflix"),
        ("12345", "12345"),
    ])
    func aBanksTextLosesItsNoise(_ raw: String, _ payee: String) {
        #expect(PayeeName.clean(raw) == payee)
    }
}
