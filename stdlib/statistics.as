"""statistics: mathematical statistics functions (CPython's statistics module).

CPython computes mean(), variance() and friends exactly with fractions and
rounds once at the end. Aster's ints are 64-bit and it has no fractions
module, so exact sums are kept here as lists of floats that add up to them
exactly (the partials of Shewchuk's algorithm, as CPython's math.fsum keeps
them) and quotients and square roots are corrected with exactly computed
remainders. Float data are first summed in twice the precision
(Sum2) with an error bound, and the result is checked to be the correctly
rounded one for every value within that bound; only when the check fails
does the exact computation run. The results are CPython's floats. Results
that are ints are too, while they fit in 64 bits (a larger exact result is
a float here).
"""

import math
from math import sqrt, exp, log, fabs, erf, tau, hypot
from collections import Counter, namedtuple
from bisect import bisect_left, bisect_right

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]


class StatisticsError(ValueError):
    pass


# --- exact float arithmetic -------------------------------------------------

def _msum_add(partials, x):
    """Add the finite float x to the exact sum kept in partials."""
    i = 0
    for y in partials:
        if (x if x >= 0.0 else -x) < (y if y >= 0.0 else -y):
            x, y = y, x
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            partials[i] = lo
            i += 1
        x = hi
    if i < len(partials):
        del partials[i:]
    partials.append(x)


def _exact(values):
    """The partials of the exact sum of the finite floats in values
    (Shewchuk's algorithm, as math.fsum keeps them)."""
    partials = []
    n = 0
    for x in values:
        i = 0
        j = 0
        while j < n:
            y = partials[j]
            j += 1
            hi = x + y
            if (x if x >= 0.0 else -x) < (y if y >= 0.0 else -y):
                lo = x - (hi - y)
            else:
                lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        if i < n:
            del partials[i:]
        partials.append(x)
        n = i + 1
    return partials


def _fsum(values):
    """math.fsum as CPython computes it: the correctly rounded sum."""
    vals = [float(x) for x in values]
    special = None
    for x in vals:
        if x - x != 0.0:
            special = _special_sum(vals)
            break
    if special is not None:
        return special
    return _round(_exact(vals))


def _special_sum(vals):
    """fsum's result for floats with infinities or NaNs among them."""
    special = 0.0
    inf_sum = 0.0
    for x in vals:
        if not math.isfinite(x):
            if math.isinf(x):
                inf_sum += x
            special += x
    if math.isnan(inf_sum):
        raise ValueError("-inf + inf in fsum")
    return special


def _round(partials):
    """The correctly rounded value of the exact sum of partials (from _msum_add)."""
    n = len(partials)
    if n == 0:
        return 0.0
    n -= 1
    hi = partials[n]
    lo = 0.0
    while n > 0:
        x = hi
        n -= 1
        y = partials[n]
        hi = x + y
        yr = hi - x
        lo = y - yr
        if lo != 0.0:
            break
    if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
        y = lo * 2.0
        x = hi + y
        yr = x - hi
        if y == yr:
            hi = x
    if not math.isfinite(hi):
        raise OverflowError("intermediate overflow in fsum")
    return hi


def _two_sum(a, b):
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def _split(a):
    t = 134217729.0 * a
    hi = t - (t - a)
    return hi, a - hi


def _two_prod(a, b):
    """a * b as p + e exactly (Dekker)."""
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def _int_parts(x):
    """The int x as one or two floats that add up to it exactly."""
    f = float(x)
    if -9007199254740992 <= x <= 9007199254740992:
        return [f]
    # f may be 2**63, which no int holds: take the remainder from half of it
    h = int(f * 0.5)
    return [f, float((x - h) - h)]


def _quotient(num, den):
    """(q, lo): q the correctly rounded value of sum(num) / sum(den) for lists
    of floats, lo what q lacks (to about 2**-53 of itself)."""
    d = _fsum(den)
    q = _fsum(num) / d
    if q == 0.0 or not math.isfinite(q):
        return q, 0.0
    rest = list(num)
    for y in den:
        p, e = _two_prod(q, y)
        rest.append(-p)
        rest.append(-e)
    r = _round(_exact(rest)) / d
    hi = q + r
    return hi, r - (hi - q)


def _sqrt_dd(hi, lo):
    """The square root of hi + lo (a double-double), correctly rounded."""
    if hi <= 0.0:
        return sqrt(hi)
    y = sqrt(hi)
    p, e = _two_prod(y, y)
    return y + (((hi - p) - e) + lo) / (2.0 * y)


_EPS = 1.1102230246251565e-16  # 2**-53


def _sum2(xs):
    """Sum2 (Ogita, Rump and Oishi): (s, c, bound) with s + c the sum of the
    floats xs as if added in twice the precision, within bound of it."""
    s = 0.0
    c = 0.0
    a = 0.0
    for x in xs:
        t = s + x
        bb = t - s
        c += (s - (t - bb)) + (x - bb)
        s = t
        a += x if x >= 0.0 else -x
    g = len(xs) * _EPS
    return s, c, 2.0 * g * g * a


def _half_ulps(q):
    """Half the gaps between q and its neighbours, toward zero and away."""
    m, e = math.frexp(q)
    h = math.ldexp(1.0, e - 54)
    if m == 0.5 or m == -0.5:
        return h * 0.5, h
    return h, h


def _div_ok(parts, bound, k, q):
    """Whether q is the correctly rounded S / k for every S within bound of
    sum(parts) (k a positive float)."""
    if q == 0.0 or q - q != 0.0:
        return False
    p, e = _two_prod(q, k)
    r = _round(_exact(parts + [-p, -e]))
    return (fabs(r) + bound) * 1.0000001 < _half_ulps(q)[0] * k


def _sqrt_ok(parts, bound, k, y):
    """Whether y is the correctly rounded square root of S / k for every S
    within bound of sum(parts)."""
    if y <= 0.0 or y - y != 0.0:
        return False
    hd, hu = _half_ulps(y)
    p, e = _two_prod(y, y)
    above = [-t for t in parts]
    below = list(parts)
    for t in (p, e, 2.0 * y * hu, hu * hu):
        a, b = _two_prod(t, k)
        above.append(a)
        above.append(b)
    for t in (p, e, -2.0 * y * hd, hd * hd):
        a, b = _two_prod(t, k)
        below.append(-a)
        below.append(-b)
    return (_round(_exact(above)) * 0.9999999 > bound and
            _round(_exact(below)) * 0.9999999 > bound)


def _float_mean(parts, n):
    """(hi, lo, bound): hi the correctly rounded mean of the n values whose
    exact sum is that of the floats parts, lo what hi lacks, bound how far
    n * (hi + lo) may be from that sum."""
    s, c, bound = _sum2(parts)
    q, lo = _quotient([s, c], [float(n)])
    if _div_ok([s, c], bound, float(n), q):
        return q, lo, bound
    q, lo = _quotient(_exact(parts), [float(n)])
    return q, lo, 0.0


# --- data as exact sums ------------------------------------------------------

def _kind(x):
    """'i' for an int or bool, 'f' for a float; TypeError for the rest."""
    t = type(x)
    if t is float:
        return "f"
    if t is int or t is bool:
        return "i"
    if isinstance(x, int):
        return "i"
    if isinstance(x, float):
        return "f"
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _kinds(data):
    """'f' when data holds a float, else 'i' (all ints); TypeError for the rest."""
    k = "i"
    for x in data:
        t = type(x)
        if t is float:
            k = "f"
        elif t is not int and t is not bool and _kind(x) == "f":
            k = "f"
    return k


def _special(data):
    """The sum of the infinities and NaNs in data (None when all are finite),
    added up as CPython adds them."""
    total = None
    for x in data:
        if type(x) is float and x - x != 0.0:
            total = x if total is None else total + x
        elif isinstance(x, float) and not math.isfinite(x):
            total = x if total is None else total + x
    return total


def _float_parts(data):
    """The floats (and pieces of big ints) that add up to sum(data) exactly."""
    parts = []
    for x in data:
        if type(x) is float:
            parts.append(x)
        elif isinstance(x, float):
            parts.append(float(x))
        else:
            x = int(x)
            if -9007199254740992 <= x <= 9007199254740992:
                parts.append(float(x))
            else:
                parts.extend(_int_parts(x))
    return parts


def _int_square(x):
    """The floats that add up to x * x exactly, for an int x."""
    parts = _int_parts(x)
    out = []
    for a in parts:
        for b in parts:
            p, e = _two_prod(a, b)
            out.append(p)
            out.append(e)
    return out


def _int_product(x, y):
    """The floats that add up to x * y exactly, for ints x and y."""
    out = []
    for a in _int_parts(x):
        for b in _int_parts(y):
            p, e = _two_prod(a, b)
            out.append(p)
            out.append(e)
    return out


def _exact_div(parts, den):
    """sum(parts) / den, for an exact integer sum(parts) and an int den > 0,
    as CPython converts the fraction: an int when den divides it, else the
    correctly rounded float."""
    q = _quotient(parts, _int_parts(den))[0]
    if not math.isfinite(q) or fabs(q) >= 9.2e18:
        return q
    qi = int(q)
    rest = list(parts)
    for t in _int_product(qi, den):
        rest.append(-t)
    r = _round(_exact(rest))
    if r != 0.0:
        qi += int(round(r / den))
        rest = list(parts)
        for t in _int_product(qi, den):
            rest.append(-t)
        if _round(_exact(rest)) != 0.0:
            return q
    return qi


def _int_sum(data):
    """The partials of the exact sum of the ints in data."""
    partials = []
    for x in data:
        for f in _int_parts(int(x)):
            _msum_add(partials, f)
    return partials


# --- averages ----------------------------------------------------------------

def mean(data):
    """Return the sample arithmetic mean of data.

    >>> mean([1, 2, 3, 4, 4])
    2.8

    If ``data`` is empty, StatisticsError will be raised.
    """
    data = list(data)
    n = len(data)
    kind = _kinds(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    if kind == "i":
        big = 4611686018427387904 // n
        total = 0
        for x in data:
            if x > big or x < -big:
                return _exact_div(_int_sum(data), n)
            total += x
        return _exact_div(_int_parts(total), n)
    sp = _special(data)
    if sp is not None:
        return sp / n
    return _float_mean(_float_parts(data), n)[0]


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean.

    This runs faster than the mean() function and it always returns a float.
    If the input dataset is empty, it raises a StatisticsError.

    >>> fmean([3.5, 4.0, 5.25])
    4.25
    """
    data = list(data)
    n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    weights = list(weights)
    num = _fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    den = _fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean.

    Raises a StatisticsError if the input dataset is empty,
    if it contains a zero, or if it contains a negative value.

    >>> round(geometric_mean([54, 24, 36]), 9)
    36.0
    """
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data.

    The harmonic mean is the reciprocal of the arithmetic mean of the
    reciprocals of the data.

    >>> harmonic_mean([40, 60])
    48.0
    """
    data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = [float(n)]
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        for w in weights:
            _kind(w)
            if w < 0:
                raise StatisticsError(errmsg)
        sum_weights = _float_parts(weights)
    terms = []
    for w, x in zip(weights, data):
        _kind(x)
        if x < 0:
            raise StatisticsError(errmsg)
        if w:
            if x == 0:
                return 0
            terms.append(w / x)
    total = _exact(_float_parts(terms))
    if _round(total) <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _quotient(sum_weights, total)[0]


def median(data):
    """Return the median (middle value) of numeric data.

    When the number of data points is odd, return the middle data point.
    When the number of data points is even, the median is interpolated by
    taking the average of the two middle values.
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        i = n // 2
        return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Estimates the median for numeric data binned around the midpoints
    of consecutive, fixed-width intervals."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point from discrete or nominal data.

    If there are multiple modes with same frequency, return the first one
    encountered.
    """
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _interpolate(a, wa, b, wb, n):
    """(a * wa + b * wb) / n, exact for ints as Python's ints are."""
    if isinstance(a, int) and isinstance(b, int):
        return _quotient(_exact(_int_product(a, wa) + _int_product(b, wb)), [float(n)])[0]
    return (a * wa + b * wb) / n


def quantiles(data, *, n=4, method="exclusive"):
    """Divide *data* into *n* continuous intervals with equal probability.

    Returns a list of (n - 1) cut points separating the intervals.
    """
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = _interpolate(data[j], n - delta, data[j + 1], delta, n)
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = _interpolate(data[j - 1], n - delta, data[j], delta, n)
            result.append(interpolated)
        return result
    raise ValueError("Unknown method: %r" % (method,))


# --- spread ------------------------------------------------------------------

def _ss(data, c):
    """The sum of squared deviations of data from its mean (or from c):
    (kind, value, scale, n). Kind "i": the sum is the exact integer sum of the
    floats value divided by the int scale; "f": it is the exact sum of the
    floats value; "s": value is the float CPython gets when infinities or NaNs
    are involved."""
    data = list(data)
    n = len(data)
    if c is not None:
        terms = []
        for x in data:
            d = x - c
            terms.append(d if isinstance(d, float) else int(d))
        if _kinds(terms) == "i":
            parts = []
            for d in terms:
                parts.extend(_int_square(d))
            return "i", _exact(parts), 1, n
        terms = [float(d * d) for d in terms]
        sp = _special(terms)
        if sp is not None:
            return "s", sp, 1, n
        a, b, bound = _sum2(terms)
        return "d", ([a, b], bound, lambda: _exact(terms)), 1, n
    kind = _kinds(data)
    if n == 0:
        return "i", [], 1, 0
    if kind == "i":
        # n * ss = n * sum(d*d) - sum(d)**2 for the deviations d from any c
        c0 = int(data[0])
        shift = 0.0
        for x in data:
            shift += x - c0
        shift /= n
        c1 = c0 + int(shift) if fabs(shift) < 9.2e18 else c0
        ds = [int(x) - c1 for x in data]
        # the common case in 64-bit ints: every d * d and n * sum(d * d) fit
        sd = 0
        sdd = 0
        limit = 4611686018427387904 // n
        for d in ds:
            if d > 3037000499 or d < -3037000499:
                sdd = -1
                break
            sd += d
            sdd += d * d
            if sdd > limit:
                sdd = -1
                break
        if sdd >= 0 and -3037000499 <= sd <= 3037000499:
            return "i", _int_parts(n * sdd - sd * sd), n, n
        sq = []
        for d in ds:
            sq.extend(_int_square(d))
        parts = []
        for t in _exact(sq):
            p, e = _two_prod(t, float(n))
            parts.append(p)
            parts.append(e)
        sd = _exact(_int_sum(ds))
        for a in sd:
            for b in sd:
                p, e = _two_prod(a, b)
                parts.append(-p)
                parts.append(-e)
        return "i", _exact(parts), n, n
    sp = _special(data)
    if sp is not None:
        return "s", sp, 1, n
    parts = _float_parts(data)

    def exact():
        mh, ml = _quotient(_exact(parts), [float(n)])
        if len(parts) == n:
            squares, small = _sq_dev(parts, mh)
        else:
            squares, small = _sq_dev_ints(data, mh)
        p, e = _two_prod(float(n) * ml, ml)
        squares.append(-p)
        squares.append(small - e)
        return _exact(squares)

    if len(parts) != n:
        return "f", exact(), 1, n
    mh, ml, mbound = _float_mean(parts, n)
    s, c, a, small, asmall = _sq_dev_fast(parts, mh)
    g = n * _EPS
    bound = (2.0 * g * g * a + 2.0 * (g + 4.0 * _EPS) * asmall +
             4.0 * fabs(ml) * mbound + 8.0 * g * ml * ml)
    p, e = _two_prod(float(n) * ml, ml)
    return "d", ([s, c, small, -p, -e], bound, exact), 1, n


def _sq_dev_fast(xs, m):
    """The squared deviations of the floats xs from m, summed with Sum2:
    (s, c, sum of the leading parts, sum of the rest, sum of the magnitudes
    of the rest)."""
    s = 0.0
    c = 0.0
    a = 0.0
    small = 0.0
    asmall = 0.0
    for x in xs:
        dh = x - m
        bb = dh - x
        dl = (x - (dh - bb)) + (-m - bb)
        p = dh * dh
        t = 134217729.0 * dh
        ah = t - (t - dh)
        al = dh - ah
        e = ((ah * ah - p) + 2.0 * ah * al) + al * al
        cross = 2.0 * dh * dl
        small += e + cross + dl * dl
        asmall += (e if e >= 0.0 else -e) + (cross if cross >= 0.0 else -cross) + dl * dl
        t = s + p
        bb = t - s
        c += (s - (t - bb)) + (p - bb)
        s = t
        a += p
    return s, c, a, small, asmall


def _sq_dev(xs, m):
    """The squared deviations of the floats xs from m: the partials of the
    exact sum of their leading parts, and the sum of the rest."""
    partials = []
    np = 0
    small = 0.0
    for x in xs:
        # d = x - m exactly as dh + dl
        dh = x - m
        bb = dh - x
        dl = (x - (dh - bb)) + (-m - bb)
        # dh * dh exactly as p + e (Dekker)
        p = dh * dh
        t = 134217729.0 * dh
        ah = t - (t - dh)
        al = dh - ah
        e = ((ah * ah - p) + 2.0 * ah * al) + al * al
        small += e + 2.0 * dh * dl + dl * dl
        # p into the exact partials
        i = 0
        j = 0
        while j < np:
            y = partials[j]
            j += 1
            hi = p + y
            if (p if p >= 0.0 else -p) < (y if y >= 0.0 else -y):
                lo = p - (hi - y)
            else:
                lo = y - (hi - p)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            p = hi
        if i < np:
            del partials[i:]
        partials.append(p)
        np = i + 1
    return partials, small


def _sq_dev_ints(data, m):
    """_sq_dev for data with ints too big for one float."""
    partials = []
    small = 0.0
    for x in data:
        if isinstance(x, float):
            dh, dl = _two_sum(x, -m)
        else:
            xp = _int_parts(int(x))
            dh, dl = _two_sum(xp[0], -m)
            if len(xp) > 1:
                dl += xp[1]
        p, e = _two_prod(dh, dh)
        _msum_add(partials, p)
        small += e + 2.0 * dh * dl + dl * dl
    return partials, small


def _var(kind, ss, scale, m):
    """ss / scale / m converted as CPython converts it."""
    if kind == "i":
        return _exact_div(ss, scale * m)
    if kind == "s":
        return ss / m
    if kind == "d":
        parts, bound, exact = ss
        q = _quotient(parts, [float(m)])[0]
        if _div_ok(parts, bound, float(m), q):
            return q
        ss = exact()
    return _quotient(ss, [float(m)])[0]


def _std(kind, ss, scale, m):
    """The square root of ss / scale / m, correctly rounded."""
    if kind == "s":
        return sqrt(ss / m)
    if kind == "i":
        v = _exact_div(ss, scale * m)
        if isinstance(v, int):
            r = math.isqrt(v)
            if r * r == v:
                return float(r)
        return _sqrt_dd(*_quotient(ss, _int_parts(scale * m)))
    if kind == "d":
        parts, bound, exact = ss
        y = _sqrt_dd(*_quotient(parts, [float(m)]))
        if _sqrt_ok(parts, bound, float(m), y):
            return y
        ss = exact()
    return _sqrt_dd(*_quotient(ss, [float(m)]))


def variance(data, xbar=None):
    """Return the sample variance of data.

    >>> variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
    1.3720238095238095
    """
    kind, ss, scale, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _var(kind, ss, scale, n - 1)


def pvariance(data, mu=None):
    """Return the population variance of ``data``.

    >>> pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])
    1.25
    """
    kind, ss, scale, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _var(kind, ss, scale, n)


def stdev(data, xbar=None):
    """Return the square root of the sample variance.

    >>> stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    1.0810874155219827
    """
    kind, ss, scale, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _std(kind, ss, scale, n - 1)


def pstdev(data, mu=None):
    """Return the square root of the population variance.

    >>> pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    0.986893273527251
    """
    kind, ss, scale, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _std(kind, ss, scale, n)


# --- relations between two inputs -------------------------------------------

def covariance(x, y, /):
    """Covariance: the sample covariance of two inputs *x* and *y*."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient for two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = _fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept for simple linear regression."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# --- the normal distribution -------------------------------------------------

def _normal_dist_inv_cdf(p, mu, sigma):
    # Wichura, M.J. (1988). "Algorithm AS241: The Percentage Points of the
    # Normal Distribution".  Applied Statistics. 37 (3): 477-484.
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r +
                     3.3430575583588128105e+4) * r +
                     6.7265770927008700853e+4) * r +
                     4.5921953931549871457e+4) * r +
                     1.3731693765509461125e+4) * r +
                     1.9715909503065514427e+3) * r +
                     1.3314166789178437745e+2) * r +
                     3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r +
                     2.8729085735721942674e+4) * r +
                     3.9307895800092710610e+4) * r +
                     2.1213794301586595867e+4) * r +
                     5.3941960214247511077e+3) * r +
                     6.8718700749205790830e+2) * r +
                     4.2313330701600911252e+1) * r +
                     1.0)
        x = num / den
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r +
                     2.27238449892691845833e-2) * r +
                     2.41780725177450611770e-1) * r +
                     1.27045825245236838258e+0) * r +
                     3.64784832476320460504e+0) * r +
                     5.76949722146069140550e+0) * r +
                     4.63033784615654529590e+0) * r +
                     1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.47593808499534494600e-4) * r +
                     1.51986665636164571966e-2) * r +
                     1.48103976427480074590e-1) * r +
                     6.89767334985100004550e-1) * r +
                     1.67638483018380384940e+0) * r +
                     2.05319162663775882187e+0) * r +
                     1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                     1.24266094738807843860e-3) * r +
                     2.65321895265761230930e-2) * r +
                     2.96560571828504891230e-1) * r +
                     1.78482653991729133580e+0) * r +
                     5.46378491116411436990e+0) * r +
                     6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.42151175831644588870e-7) * r +
                     1.84631831751005468180e-5) * r +
                     7.86869131145613259100e-4) * r +
                     1.48753612908506148525e-2) * r +
                     1.36929880922735805310e-1) * r +
                     5.99832206555887937690e-1) * r +
                     1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    """Normal distribution of a random variable"""

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma is the standard deviation."""
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Make a normal distribution instance from sample data."""
        data = list(data)
        sd = stdev(data)
        return cls(float(mean(data)), sd)

    def samples(self, n, *, seed=None):
        """Generate *n* samples for a given mean and standard deviation."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        """Probability density function.  P(x <= X < x+dx) / dx"""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """Cumulative distribution function.  P(X <= x)"""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * 1.4142135623730951)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p"""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * 1.4142135623730951))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev"""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean of the normal distribution."""
        return self._mu

    @property
    def median(self):
        """Return the median of the normal distribution"""
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation of the normal distribution."""
        return self._sigma

    @property
    def variance(self):
        """Square of the standard deviation."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """Add a constant or another NormalDist instance."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Subtract a constant or another NormalDist instance."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Multiply both mu and sigma by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Divide both mu and sigma by a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    def __radd__(x1, x2):
        return x1 + x2

    def __rsub__(x1, x2):
        return -(x1 - x2)

    def __rmul__(x1, x2):
        return x1 * x2

    def __eq__(x1, x2):
        """Two NormalDist objects are equal if their mu and sigma are both equal."""
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        """NormalDist objects hash equal if their mu and sigma are both equal."""
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)
