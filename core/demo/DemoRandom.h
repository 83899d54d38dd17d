// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>

namespace tsunagu::demo {

__extension__ typedef unsigned __int128 DemoUint128;

// A small, fast pseudo-random generator (xoshiro256**, seeded through
// splitmix64) with its own range reduction, so a seed gives the same data on
// every platform and standard library (std::uniform_int_distribution does not
// promise that). Streams are derived from (seed, purpose, index), so each client
// or consultation gets its own sequence whatever order they are made in.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed, std::uint64_t stream = 0, std::uint64_t index = 0)
    {
        std::uint64_t x = seed ^ (stream * 0x9E3779B97F4A7C15ull) ^ (index * 0xD1B54A32D192ED03ull);
        for (std::uint64_t &word : m_state)
            word = splitmix(x);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // 0 ≤ value < n (n > 0), without modulo bias worth speaking of (Lemire).
    std::uint64_t below(std::uint64_t n)
    {
        return static_cast<std::uint64_t>((static_cast<DemoUint128>(next()) * n) >> 64);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(below(static_cast<std::uint64_t>(n))); }
    // lo ≤ value ≤ hi
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    long long between(long long lo, long long hi)
    {
        return lo + static_cast<long long>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    // 0 ≤ value < 1
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

    // An index drawn with the given relative weights.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (int i = 0; i < static_cast<int>(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }
    int weighted(std::initializer_list<int> weights)
    {
        return weighted(std::span<const int>(weights.begin(), weights.size()));
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4];
};

} // namespace tsunagu::demo
