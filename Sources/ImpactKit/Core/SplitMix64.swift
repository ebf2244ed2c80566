/// SplitMix64 (Steele, Lea and Flood 2014; the seeding generator of Java's SplittableRandom and of xoshiro): a
/// small, fast generator whose whole state is the seed, so a run with the same seed repeats exactly on every
/// platform — what a reproducible simulation needs. Not for secrets.
/// Public since 1.0, kept public through 1.x so that 1.x sources compile.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double uniformly in [0, 1), from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
