import Foundation
import MendSite

// similar-bench: the "Similar posts" engine alone, on the Markdown files of a site.
//   similar-bench --content DIR [--count N] [--runs R] [--postings P] [--terms T] [--tag-postings P] [--quality Q]
// Reads every .md file under DIR (front matter `title`, `date` and `tags: [a, b]`; the rest
// as the text, Markdown and all), then R times builds the index and ranks every page. Prints
// each run's index and ranking times on standard error and on standard output
// "index_ms rank_ms checksum" (medians; the checksum is of every page's list, to tell
// whether a change to the engine changed what it suggests). `--postings`, `--terms` and
// `--tag-postings` set SimilarityOptions' postingsPerTerm, termsPerQuery and postingsPerTag. With `--quality Q`, Q pages spread
// over the site are also asked an exhaustive search (every list whole, every term looked up),
// and it prints how the scores of the pages found compare with the best ones', summed.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("similar-bench: \(message)\n".utf8))
    exit(2)
}

var content = ""
var count = 3
var runs = 3
var options = SimilarityOptions()
var quality = 0
var rest = CommandLine.arguments.dropFirst()
while let flag = rest.popFirst() {
    let value = rest.popFirst() ?? ""
    switch flag {
    case "--content": content = value
    case "--count": count = max(1, Int(value) ?? 3)
    case "--runs": runs = max(1, Int(value) ?? 3)
    case "--postings": options.postingsPerTerm = max(1, Int(value) ?? 1024)
    case "--terms": options.termsPerQuery = max(1, Int(value) ?? 8)
    case "--tag-postings": options.postingsPerTag = max(1, Int(value) ?? 4096)
    case "--quality": quality = max(0, Int(value) ?? 0)
    default: fail("unknown option \(flag)")
    }
}
if content.isEmpty { fail("usage: similar-bench --content DIR [--count N] [--runs R] [--postings P] [--terms T] [--tag-postings P] [--quality Q]") }

/// One Markdown file as a document: its front matter's title, date and tags, and its body.
func document(path: String, relative: String) -> SimilarityDocument? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    var title = "", date: String?, tags: [String] = [], body = Substring(text)
    if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex) {
        for line in text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch line[..<colon] {
            case "title": title = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            case "date": date = value
            case "tags": tags = value.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
            default: break
            }
        }
        body = text[end.upperBound...]
    }
    return SimilarityDocument(key: relative, tags: tags, textParts: [title, String(body)], date: date)
}

let root = URL(fileURLWithPath: content).standardizedFileURL.path
guard let walker = FileManager.default.enumerator(atPath: root) else { fail("cannot read \(root)") }
let paths = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.sorted()
let documents = paths.compactMap { document(path: root + "/" + $0, relative: $0) }
if documents.isEmpty { fail("no Markdown files under \(root)") }
FileHandle.standardError.write(Data("\(documents.count) documents\n".utf8))

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let clock = ContinuousClock()
var indexTimes: [Double] = [], rankTimes: [Double] = []
var checksum: UInt64 = 0
var found: [[Int]] = []
for run in 1...runs {
    var index: SimilarityIndex?
    let indexTime = clock.measure { index = SimilarityIndex(documents, options: options) }
    var lists: [[Int]] = []
    let rankTime = clock.measure { lists = index!.allSimilar(count: count) }
    var hash: UInt64 = 14_695_981_039_346_656_037
    for list in lists {
        for page in list + [-1] { hash = (hash ^ UInt64(bitPattern: Int64(page))) &* 1_099_511_628_211 }
    }
    checksum = hash
    found = lists
    indexTimes.append(milliseconds(indexTime))
    rankTimes.append(milliseconds(rankTime))
    FileHandle.standardError.write(Data(String(format: "run %d: index %.0f ms, rank %.0f ms\n", run, indexTimes.last!, rankTimes.last!).utf8))
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
print(String(format: "%.1f %.1f %016llx", median(indexTimes), median(rankTimes), checksum))

if quality > 0 {
    var exhaustiveOptions = options
    exhaustiveOptions.postingsPerTerm = documents.count
    exhaustiveOptions.postingsPerTag = documents.count
    exhaustiveOptions.termsPerQuery = 1_000_000
    let exhaustive = SimilarityIndex(documents, options: exhaustiveOptions)
    var (foundScore, bestScore, same) = (0.0, 0.0, 0)
    for page in stride(from: 0, to: documents.count, by: max(1, documents.count / quality)) {
        let best = exhaustive.similar(to: page, count: count)
        bestScore += best.reduce(0) { $0 + exhaustive.score(page, $1) }
        foundScore += found[page].reduce(0) { $0 + exhaustive.score(page, $1) }
        if best == found[page] { same += 1 }
    }
    print(String(format: "quality: found %.4f of the best scores; %d lists of %d the same", foundScore / max(bestScore, 1e-12), same,
                 (documents.count + max(1, documents.count / quality) - 1) / max(1, documents.count / quality)))
}
