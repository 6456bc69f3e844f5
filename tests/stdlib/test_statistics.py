# statistics: averages, spread, quantiles, errors; results print as CPython's
import statistics
from statistics import (mean, fmean, median, median_low, median_high, median_grouped, mode,
                        multimode, pstdev, stdev, pvariance, variance, quantiles,
                        harmonic_mean, geometric_mean, StatisticsError)

datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1, 0.2, 0.3],
    [1, 2.5, 3, 4.75],
    [10**12, 10**12 + 1, 10**12 + 7],
    [-5, 0, 5, 10],
    [1e100, 1.0, -1e100, 3.0],
    [0.5] * 7,
    [True, False, True, True],
    [3, 3, 3],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
     106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
     103, 107, 101, 81, 109, 104],
]
for d in datasets:
    print(d[:6])
    print("  mean", mean(d), "fmean", fmean(d), "median", median(d), median_low(d), median_high(d))
    print("  pvariance", pvariance(d), "variance", variance(d))
    print("  pstdev", pstdev(d), "stdev", stdev(d))
    print("  quantiles", quantiles(d), quantiles(d, n=10), quantiles(d, method="inclusive"))
    print("  mode", mode(d), "multimode", multimode(d), "median_grouped", median_grouped(d))

print(mean(x for x in range(10)), mean(iter([1.5, 2.5])), mean(range(1, 8)))
print(variance([1, 2, 3, 4], 2.5), pvariance([1, 2, 3, 4], mu=2.5), variance([1, 2, 3], 2))
print(stdev([1, 2, 3, 4], xbar=2.5), pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance([1]), pstdev([7]))
print(type(mean([1, 2, 3])).__name__, type(mean([1, 2])).__name__, type(variance([1, 2, 3])).__name__)
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), fmean(iter([1, 2])))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([40, 60], weights=[5, 30]))
print(harmonic_mean([5]), harmonic_mean([0, 5]), harmonic_mean([1, 2, 4]))
print(geometric_mean([54, 24, 36]), round(geometric_mean([54, 24, 36]), 9), geometric_mean([1.5, 2.5]))
print(median([]) if False else median([7]), median([1, 3, 5, 7]), median(["b", "a", "c"]))
print(median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]), median_grouped([52, 52, 53, 54]))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2), median_grouped([1, 3, 3, 5, 7], interval=1))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(mode(["red", "red", "green", "blue", "blue"]), multimode("aabbbbccddddeeffffgg"), multimode([]))
print(quantiles([1, 2], n=2), quantiles(range(1, 11), n=4, method="inclusive"), quantiles([1.5, 9.25, 3.0], n=5))
print(quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=10))
print(quantiles([3, 1], n=1))

print(statistics.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
print(statistics.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
lr = statistics.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr, lr.slope, round(lr.intercept, 6))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))

nd = statistics.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(nd.cdf(115), nd.pdf(100), nd.inv_cdf(0.975), nd.zscore(130), nd.quantiles())
print(nd + 5, nd * 2, nd - statistics.NormalDist(10, 20), nd == statistics.NormalDist(100.0, 15.0))
print(statistics.NormalDist(2.4, 1.6).overlap(statistics.NormalDist(3.2, 2.0)))
print(statistics.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))

errors = [
    (mean, []), (fmean, []), (median, []), (median_low, []), (median_high, []), (mode, []),
    (variance, [1]), (stdev, [1]), (pvariance, []), (pstdev, []), (quantiles, [1]),
    (harmonic_mean, []), (harmonic_mean, [-1, 2]), (harmonic_mean, [-1]), (geometric_mean, [1, 0]),
    (geometric_mean, [1, -2]), (geometric_mean, []), (median_grouped, []),
]
for f, d in errors:
    try:
        f(d)
        print(f.__name__, "no error")
    except StatisticsError as e:
        print(f.__name__, "StatisticsError:", e)
for call in (lambda: quantiles([1, 2, 3], n=0), lambda: quantiles([1, 2, 3], method="x"),
             lambda: fmean([1, 2], weights=[1]), lambda: fmean([1, 2], weights=[1, -1]),
             lambda: statistics.covariance([1, 2], [1]), lambda: statistics.correlation([1, 1], [1, 2]),
             lambda: statistics.linear_regression([2, 2], [1, 2]), lambda: harmonic_mean([1, 2], weights=[1]),
             lambda: statistics.NormalDist(0, -1), lambda: statistics.NormalDist().inv_cdf(1.5),
             lambda: mean(["a", "b"]), lambda: harmonic_mean(["x"])):
    try:
        print(call())
    except (StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(StatisticsError, ValueError))
inf = float("inf")
print(mean([1, inf]), variance([1.0, inf, 2.0]), pvariance([inf, 1]))
