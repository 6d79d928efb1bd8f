import MendSite

/// A reproducible corpus of made-up pages for property tests (and benchmarks):
/// words from a Zipf-distributed vocabulary, each page about one topic that adds
/// its own favourite words and tags, a few drafts and pages without a date.
struct SyntheticCorpus {
    struct Parameters {
        var documentCount = 2_000
        var vocabularySize = 20_000
        var wordsPerDocument = 100...300
        var tagCount = 200
        var topicCount = 40
        var seed: UInt64 = 2024
    }

    let documents: [SimilarityDocument]
    /// `topics[i]` is the topic `documents[i]` was written about.
    let topics: [Int]

    init(_ parameters: Parameters = Parameters()) {
        var random = SplitMix64(seed: parameters.seed)
        let vocabulary = (0..<parameters.vocabularySize).map(Self.word)
        let words = ZipfSampler(count: parameters.vocabularySize)
        let tags = ZipfSampler(count: parameters.tagCount)
        var documents: [SimilarityDocument] = []
        var topics: [Int] = []
        for number in 0..<parameters.documentCount {
            let topic = random.below(parameters.topicCount)
            let length = parameters.wordsPerDocument.lowerBound
                + random.below(parameters.wordsPerDocument.count)
            let text = (0..<length).map { _ in
                // A quarter of the words come from the topic's own slice of the vocabulary.
                let rank = random.below(4) == 0
                    ? (500 + topic * 150 + words.sample(&random) % 150) % parameters.vocabularySize
                    : words.sample(&random)
                return vocabulary[rank]
            }.joined(separator: " ")
            let tagNumbers = (0..<(1 + random.below(5))).map { _ in
                random.below(10) < 7 ? (topic * 4 + random.below(4)) % parameters.tagCount : tags.sample(&random)
            }
            let date = random.below(20) == 0 ? nil
                : "20\(15 + random.below(10))-0\(1 + random.below(9))-1\(random.below(10))"
            documents.append(SimilarityDocument(
                key: "/posts/\(number)/", tags: tagNumbers.map { "tag\($0)" }, text: text,
                date: date, isCandidate: random.below(20) != 0))
            topics.append(topic)
        }
        self.documents = documents
        self.topics = topics
    }

    /// A pronounceable made-up word for a vocabulary rank, at least four letters.
    static func word(_ rank: Int) -> String {
        let consonants = Array("bdfgklmnprtvz"), vowels = Array("aeiou")
        var number = rank + 65  // at least two syllables
        var word = ""
        while number > 0 {
            word.append(consonants[number % 13])
            word.append(vowels[(number / 13) % 5])
            number /= 65
        }
        return word
    }
}
