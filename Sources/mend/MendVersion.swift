/// The version `mend --version` prints; raised with every release.
enum MendVersion {
    static let current = "0.10.0"
}
