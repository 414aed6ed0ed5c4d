// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>

namespace mailha {

/// A small, portable PRNG (splitmix64) with its own distributions, so the lab
/// produces the same numbers for the same seed on every compiler and standard
/// library (std:: distributions are implementation-defined).
class LabRandom final
{
public:
    explicit LabRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box-Muller).
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    /// Poisson-distributed count with mean `lambda`.
    qint64 poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 30)
            return std::max<qint64>(0, qint64(std::llround(lambda + std::sqrt(lambda) * normal())));
        const double limit = std::exp(-lambda);
        qint64 k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

private:
    quint64 m_state;
};

} // namespace mailha
