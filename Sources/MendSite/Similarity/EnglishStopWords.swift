/// Common English words that say nothing about what a page is about, removed
/// before weighing terms. Words shorter than three letters are not listed: the
/// tokenizer drops those anyway. Contractions use the ASCII apostrophe, to which
/// the tokenizer maps the typographic one (’).
enum EnglishStopWords {
    /// The list (lowercase, unstemmed); based on the NLTK and Lucene English lists.
    static let words: Set<String> = [
        "about", "above", "after", "again", "against", "ain't", "all", "also", "although", "always",
        "among", "and", "another", "any", "anyone", "anything", "are", "aren't", "around", "because",
        "been", "before", "being", "below", "between", "both", "but", "can", "can't", "cannot",
        "could", "couldn't", "did", "didn't", "does", "doesn't", "doing", "don't", "down", "during",
        "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further",
        "get", "gets", "getting", "got", "had", "hadn't", "has", "hasn't", "have", "haven't",
        "having", "he'd", "he'll", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "however", "i'd", "i'll", "i'm", "i've", "into", "isn't", "it'll", "its",
        "itself", "just", "let", "many", "may", "might", "mine", "more", "most", "much",
        "must", "mustn't", "myself", "neither", "never", "nor", "not", "now", "off", "often",
        "once", "one", "only", "other", "others", "ought", "our", "ours", "ourselves", "out",
        "over", "own", "per", "quite", "rather", "really", "same", "shall", "shan't", "she",
        "she'd", "she'll", "should", "shouldn't", "since", "some", "something", "still", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "they'd", "they'll", "they're", "they've", "this", "those", "though", "through", "thus", "too",
        "under", "until", "upon", "very", "was", "wasn't", "we'd", "we'll", "we're", "we've",
        "well", "were", "weren't", "what", "whatever", "when", "whenever", "where", "whether", "which",
        "while", "who", "whoever", "whom", "whose", "why", "will", "with", "within", "without",
        "won't", "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your",
        "yours", "yourself", "yourselves",
    ]

    /// Whether `word` (lowercase) is a stop word.
    static func contains(_ word: String) -> Bool {
        words.contains(word)
    }
}
