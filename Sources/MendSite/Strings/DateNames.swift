/// How dates are written in the languages Mend knows: the month names as a date uses them
/// (the genitive where a language declines them, "5 maja 2024") and the order of day, month
/// and year. The strings table starts from these for the site's `language`; `months` and
/// `date` in `strings:` replace them.
enum DateNames {
    /// Month names, January first, and the `date` pattern, for a BCP 47 tag (its primary
    /// language; English for one not listed).
    static func forLanguage(_ language: String) -> (months: [String], date: String) {
        let primary = String(language.lowercased().prefix { $0 != "-" })
        return table[primary] ?? table["en"]!
    }
}

private extension DateNames {
    static func names(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    static func numbered(_ suffix: String) -> [String] { (1...12).map { "\($0)\(suffix)" } }

    static let table: [String: (months: [String], date: String)] = [
        "en": (names("January February March April May June July August September October November December"), "{{day}} {{month}} {{year}}"),
        "fr": (names("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"), "{{day}} {{month}} {{year}}"),
        "de": (names("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"), "{{day}}. {{month}} {{year}}"),
        "es": (names("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"), "{{day}} de {{month}} de {{year}}"),
        "it": (names("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"), "{{day}} {{month}} {{year}}"),
        "pt": (names("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"), "{{day}} de {{month}} de {{year}}"),
        "nl": (names("januari februari maart april mei juni juli augustus september oktober november december"), "{{day}} {{month}} {{year}}"),
        "sv": (names("januari februari mars april maj juni juli augusti september oktober november december"), "{{day}} {{month}} {{year}}"),
        "da": (names("januar februar marts april maj juni juli august september oktober november december"), "{{day}}. {{month}} {{year}}"),
        "nb": (names("januar februar mars april mai juni juli august september oktober november desember"), "{{day}}. {{month}} {{year}}"),
        "no": (names("januar februar mars april mai juni juli august september oktober november desember"), "{{day}}. {{month}} {{year}}"),
        "nn": (names("januar februar mars april mai juni juli august september oktober november desember"), "{{day}}. {{month}} {{year}}"),
        "fi": (names("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"), "{{day}}. {{month}} {{year}}"),
        "pl": (names("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"), "{{day}} {{month}} {{year}}"),
        "cs": (names("ledna února března dubna května června července srpna září října listopadu prosince"), "{{day}}. {{month}} {{year}}"),
        "ru": (names("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"), "{{day}} {{month}} {{year}} г."),
        "uk": (names("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"), "{{day}} {{month}} {{year}} р."),
        "tr": (names("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"), "{{day}} {{month}} {{year}}"),
        "ja": (numbered("月"), "{{year}}年{{month}}{{day}}日"),
        "zh": (numbered("月"), "{{year}}年{{month}}{{day}}日"),
        "ko": (numbered("월"), "{{year}}년 {{month}} {{day}}일"),
    ]
}
