/// The text side of a ``SimilarityIndex`` as an update of some documents' texts needs it.
/// A clean build keeps only what it computed anyway (``TextVectors/Built``); the first
/// update unpacks it into ``TextTermsState``, which later updates change in place.
enum TextTerms: Sendable {
    case built(TextVectors.Built, isCandidate: [Bool])
    case state(TextTermsState)
    /// Only while an update holds the state (so that changing it copies nothing).
    case taken
}
