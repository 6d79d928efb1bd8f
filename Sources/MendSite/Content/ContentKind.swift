/// What a content file is, from where it lives under `content/`.
public enum ContentKind: String, Sendable, Hashable {
    /// `content/guides/<guide>/index.md`: the article, with its steps composed in.
    case guide
    /// `content/guides/<guide>/NN-<slug>.md`: one step of a guide.
    case step
    /// `content/posts/<slug>.md`.
    case post
    /// `content/pages/<slug>.md`: about, privacy, …
    case page
}
