// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

namespace mailha::bench {

/// The value at fraction `p` (0.5: the median) of the sorted samples; -1 if none.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return -1;
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, size_t(double(samples.size()) * p))];
}

inline double median(std::vector<double> samples)
{
    return percentile(std::move(samples), 0.5);
}

} // namespace mailha::bench
